import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { makeOfflineFiles } from '../../src/integrations/offline.ts';

// Rule: the offline files (src/integrations/offline.ts: EPUB, PDF, the zip as a BagIt bag, sizes
// and checksums, SHA256SUMS, _redirects) are byte-identical when made twice over the same
// build, and every file is dated by the archive's release, never by the clock. It runs here on a
// small fixture site, twice, a few seconds apart; `npm run bench:repro` builds the whole site
// twice and compares every file.

const EDITION = '2001-02-03'; // a day no test will ever run on
const SITE = 'https://archive.example/';

const edition = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>R1</title><style>body { font-family: serif }</style></head>
<body><main id="top"><h1>Report one</h1><nav><a href="#s1">Section</a></nav>
<section id="s1" class="edition-section level-1"><h2>Section</h2><div class="report-text"><p id="s1-p1">Қазақстан: a paragraph.</p></div></section>
<section class="colophon"><h2 id="colophon">Colophon</h2><dl><dt>Edition</dt><dd>${EDITION}</dd></dl></section></main></body></html>`;

const row = (name: string) =>
  `<tr data-download="${name}"><th>f</th><td><a href="/downloads/${name}">${name}</a></td><td data-download-size>not yet made</td><td data-download-sha256>not yet made</td></tr>`;
const downloads = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Downloads</title><link rel="canonical" href="${SITE}downloads/"></head>
<body><main><h1>Downloads</h1><table>${['r1.html', 'r1.epub', 'r1.pdf', `archive-${EDITION}.zip`].map(row).join('')}</table>
<ul><li data-superseded="archive-2001-01-01.zip">archive-2001-01-01.zip</li></ul></main></body></html>`;

function fixture(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kifa-repro-'));
  const files: Record<string, string> = {
    'index.html':
      '<!doctype html><html lang="en"><head><title>Home</title></head><body><main><a href="/reports/r1/">R1</a> <a href="/downloads/">Downloads</a></main></body></html>',
    'reports/r1/index.html':
      '<!doctype html><html lang="en"><head><title>R1</title></head><body><main><a href="/downloads/r1.pdf">PDF</a></main></body></html>',
    'data/rows.json': '[{"a":1}]\n',
    'downloads/index.html': downloads,
    'downloads/r1.html': edition,
    'pagefind/pagefind.js': 'left out\n',
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const walk = (dir: string): string[] => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
const sums = (dir: string) => Object.fromEntries(walk(dir).map((f) => [relative(dir, f), createHash('sha256').update(readFileSync(f)).digest('hex')]));
const makeOffline = (dir: string) => makeOfflineFiles({ outDir: dir, siteRoot: SITE, log: () => {}, warn: () => {} });

test('two runs of the offline step over the same site give byte-identical files, dated by the edition', async () => {
  const source = fixture();
  const first = mkdtempSync(join(tmpdir(), 'kifa-repro-a-'));
  const second = mkdtempSync(join(tmpdir(), 'kifa-repro-b-'));
  try {
    cpSync(source, first, { recursive: true });
    cpSync(source, second, { recursive: true });
    await makeOffline(first);
    await new Promise((resolve) => setTimeout(resolve, 2100)); // past a zip's 2-second clock
    await makeOffline(second);
    const a = sums(first);
    const b = sums(second);
    assert.ok(a[`downloads/archive-${EDITION}.zip`] && a['downloads/r1.epub'] && a['downloads/SHA256SUMS'] && a['_redirects'], Object.keys(a).join(', '));
    const differ = Object.keys({ ...a, ...b }).filter((f) => a[f] !== b[f]);
    assert.deepEqual(differ, [], 'files that differ between two runs');

    // Nothing made holds the day or the moment it was made: not in any file, nor inside the zip and EPUB.
    const now = new Date();
    const today = now.toISOString().slice(0, 10);
    const stamps = [
      today,
      today.replaceAll('-', ''),
      `${now.getFullYear()}${String(now.getMonth() + 1).padStart(2, '0')}${String(now.getDate()).padStart(2, '0')}`,
    ];
    const texts: [string, string][] = walk(first).map((f) => [relative(first, f), readFileSync(f, 'latin1')]);
    for (const zipped of [`downloads/archive-${EDITION}.zip`, 'downloads/r1.epub']) {
      for (const [name, bytes] of Object.entries(unzipSync(readFileSync(join(first, zipped))))) texts.push([`${zipped}:${name}`, strFromU8(bytes)]);
    }
    const dated = texts.filter(([, text]) => stamps.some((s) => text.includes(s))).map(([name]) => name);
    assert.deepEqual(dated, [], "files that hold today's date");
    assert.match(readFileSync(join(first, `downloads/archive-${EDITION}.zip`), 'latin1'), /bagit\.txt/);
    assert.match(readFileSync(join(first, '_redirects'), 'utf8'), /^\/downloads\/archive-2001-01-01\.zip \/downloads\/ 302$/m);
  } finally {
    for (const dir of [source, first, second]) rmSync(dir, { recursive: true, force: true });
  }
});
