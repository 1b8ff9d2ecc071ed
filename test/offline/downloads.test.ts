import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pageByFile, pages } from '../site/site.ts';
import { parseRedirectRules } from '../../src/lib/offline/paths.ts';
import { contentReleases, downloadsDir, reportIds, zipName } from './files.ts';

// Rule: /downloads/ offers each report's HTML, EPUB and PDF and the whole-site zip, named by
// the archive's edition, and the size and SHA-256 it shows for each, and SHA256SUMS gives,
// are those of the file it links to. Each earlier edition's name is listed and leads here.
// Each report's overview links to its offline files.

const page = pageByFile('downloads/index.html')!;
// The downloads list: /downloads/, then /downloads/page/2/ … when the reports do not fit on one.
const listPages = [page, ...pages().filter((p) => /^downloads\/page\/\d+\/index\.html$/.test(p.file))];
const rows = listPages.flatMap((p) => p.root.querySelectorAll('tr[data-download]'));

test('the list gives HTML, EPUB and PDF for each report, and its first page the whole-site zip after them', () => {
  const names = rows.map((r) => r.getAttribute('data-download'));
  for (const id of reportIds) for (const ext of ['html', 'epub', 'pdf']) assert.ok(names.includes(`${id}.${ext}`), `${id}.${ext} not listed`);
  assert.equal(page.root.querySelectorAll('tr[data-download]').at(-1)?.getAttribute('data-download'), zipName);
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

test("each report's overview links to its three offline files", () => {
  for (const id of reportIds) {
    const hrefs = pageByFile(`reports/${id}/index.html`)!
      .root.querySelectorAll('.edition-links a')
      .map((a) => a.getAttribute('href'));
    for (const ext of ['html', 'epub', 'pdf'])
      assert.ok(
        hrefs.some((h) => h?.endsWith(`/downloads/${id}.${ext}`)),
        `${id}: no link to its ${ext}`,
      );
  }
});

test('SHA256SUMS gives every download with the SHA-256 the page shows, in the form sha256sum -c reads', () => {
  const lines = readFileSync(join(downloadsDir, 'SHA256SUMS'), 'utf8').split('\n');
  assert.equal(lines.pop(), '');
  const sums = new Map(
    lines.map((line) => {
      const match = line.match(/^([0-9a-f]{64})  ([\w.-]+)$/);
      assert.ok(match, `SHA256SUMS: "${line}"`);
      return [match[2]!, match[1]!];
    }),
  );
  const shown = rows.filter((r) => r.querySelector('[data-download-sha256] code'));
  assert.deepEqual([...sums.keys()].sort(), shown.map((r) => r.getAttribute('data-download')!).sort());
  for (const [name, sha256] of sums)
    assert.equal(
      createHash('sha256')
        .update(readFileSync(join(downloadsDir, name)))
        .digest('hex'),
      sha256,
      name,
    );
});

test('every earlier edition is listed, and its name leads to the downloads page', () => {
  const earlier = contentReleases()
    .slice(0, -1)
    .map((day) => `archive-${day}.zip`);
  const listed = page.root.querySelectorAll('[data-superseded]').map((el) => el.getAttribute('data-superseded'));
  assert.deepEqual(listed.sort(), earlier.sort());
  const rules = parseRedirectRules(readFileSync(join(downloadsDir, '..', '_redirects'), 'utf8'));
  for (const name of earlier) assert.equal(rules.get(`${page.url.replace(/downloads\/$/, '')}downloads/${name}`), page.url, name);
});
