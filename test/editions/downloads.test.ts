import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pageByFile } from '../site/site.ts';
import { downloadsDir, reportIds } from './editions.ts';

// Rule: /downloads/ offers each report's HTML, EPUB and PDF and the whole-site zip, and the
// size and SHA-256 it shows for each are those of the file it links to. Each report's
// overview links to its editions.

const page = pageByFile('downloads/index.html')!;
const rows = page.root.querySelectorAll('tr[data-download]');

test('the page lists HTML, EPUB and PDF for each report, then the whole-site zip', () => {
  const names = rows.map((r) => r.getAttribute('data-download'));
  for (const id of reportIds) for (const ext of ['html', 'epub', 'pdf']) assert.ok(names.includes(`${id}.${ext}`), `${id}.${ext} not listed`);
  assert.match(names.at(-1)!, /^archive-\d{4}-\d{2}-\d{2}\.zip$/);
  assert.equal(names.length, reportIds.length * 3 + 1);
});

test('each row shows the real size and SHA-256 of the file it links to', () => {
  for (const row of rows) {
    const name = row.getAttribute('data-download')!;
    const link = row.querySelector('a');
    assert.ok(link, `${name}: no link (was the file made?)`);
    assert.ok(link.getAttribute('href')!.endsWith(`/downloads/${name}`), `${name}: links to ${link.getAttribute('href')}`);
    const bytes = readFileSync(join(downloadsDir, name));
    assert.equal(row.querySelector('[data-download-size]')!.getAttribute('data-bytes'), String(bytes.length), `${name}: size`);
    assert.equal(row.querySelector('[data-download-sha256] code')?.text, createHash('sha256').update(bytes).digest('hex'), `${name}: SHA-256`);
  }
});

test("each report's overview links to its three editions", () => {
  for (const id of reportIds) {
    const hrefs = pageByFile(`reports/${id}/index.html`)!.root.querySelectorAll('.edition-links a').map((a) => a.getAttribute('href'));
    for (const ext of ['html', 'epub', 'pdf']) assert.ok(hrefs.some((h) => h?.endsWith(`/downloads/${id}.${ext}`)), `${id}: no link to its ${ext}`);
  }
});
