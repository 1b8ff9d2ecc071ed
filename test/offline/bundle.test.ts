import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { parse } from 'node-html-parser';
import { checkBag } from '../../src/lib/offline/bagit.ts';
import { OFFLINE_SEARCH_NOTICE } from '../../src/lib/offline/bundle.ts';
import { downloadsDir, releaseDate, zipName } from './files.ts';

// Rule: the whole-site zip is named by the archive's edition and is a valid BagIt bag
// (RFC 8493; src/lib/offline/bagit.ts checks the RFC's rules) with the site under data/ for file://:
// every link and resource is relative, names index.html explicitly and is in the zip; no
// script, no search index, no zip in the zip; the search page says search is unavailable
// offline. (Chromium opens data/index.html from file:// in e2e/offline.spec.ts.)

const MAX_BYTES = 8 * 1024 * 1024;
const bytes = readFileSync(join(downloadsDir, zipName));
const files = unzipSync(bytes);
const bagDir = zipName.replace(/\.zip$/, '');
const folder = `${bagDir}/data`;
const names = Object.keys(files);

test("the zip is named by the archive's edition, and is the only one", () => {
  assert.deepEqual(
    readdirSync(downloadsDir).filter((f) => f.endsWith('.zip')),
    [zipName],
  );
});

test('the zip is one folder, a bag with the home page under data/, and stays small', () => {
  assert.ok(names.every((n) => n.startsWith(`${bagDir}/`)));
  assert.ok(files[`${folder}/index.html`]);
  assert.ok(bytes.length < MAX_BYTES, `${zipName} is ${bytes.length} bytes`);
});

test('the zip is a valid BagIt bag: every file listed with its right checksum, the Oxum right, nothing outside the manifests', () => {
  const bag = names.map((n) => ({ path: n.slice(bagDir.length + 1), bytes: files[n]! }));
  assert.deepEqual(checkBag(bag), []);
  const info = strFromU8(files[`${bagDir}/bag-info.txt`]!);
  assert.match(info, new RegExp(`^Bagging-Date: ${releaseDate}$`, 'm'));
  assert.match(info, new RegExp(`^External-Identifier: https?://\\S+/downloads/${zipName.replace(/\./g, '\\.')}$`, 'm'));
  assert.match(info, /^Source-Organization: Kazakhstan Internet Freedom Archive$/m);
  assert.match(info, /^License: CC BY 4\.0/m);
});

test('every entry is dated the edition day at 00:00, a Unix file rw-r--r--', () => {
  // Walk the central directory from the end-of-central-directory record (no zip comment).
  const [y, m, d] = releaseDate.split('-').map(Number) as [number, number, number];
  const wantDate = ((y - 1980) << 9) | (m << 5) | d;
  const buffer = Buffer.from(bytes);
  const end = buffer.length - 22;
  assert.equal(buffer.readUInt32LE(end), 0x06054b50);
  const count = buffer.readUInt16LE(end + 10);
  let at = buffer.readUInt32LE(end + 16);
  for (let i = 0; i < count; i++) {
    assert.equal(buffer.readUInt32LE(at), 0x02014b50);
    const name = buffer.toString('utf8', at + 46, at + 46 + buffer.readUInt16LE(at + 28));
    assert.equal(buffer.readUInt16LE(at + 12), 0, `${name}: time`);
    assert.equal(buffer.readUInt16LE(at + 14), wantDate, `${name}: date`);
    assert.equal(buffer.readUInt32LE(at + 38) >>> 16, 0o100644, `${name}: permissions`);
    at += 46 + buffer.readUInt16LE(at + 28) + buffer.readUInt16LE(at + 30) + buffer.readUInt16LE(at + 32);
  }
  assert.equal(count, names.length);
});

test('no search index, EPUB, PDF or zip inside; the one-file reports are', () => {
  assert.deepEqual(
    names.filter((n) => /\/pagefind\/|\.(zip|epub|pdf)$/.test(n)),
    [],
  );
  assert.ok(names.some((n) => /\/downloads\/[^/]+\.html$/.test(n)));
});

test('every link, form and resource of every page is relative and in the zip, fragments too', () => {
  const pages = new Map(names.filter((n) => n.endsWith('.html')).map((n) => [n, parse(strFromU8(files[n]!))]));
  const problems: string[] = [];
  for (const [name, root] of pages) {
    for (const el of root.querySelectorAll('[href], [src], form[action]')) {
      const value = el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('action')!;
      if (/^[a-z]+:/i.test(value)) continue; // https:, mailto: — links out
      if (value.startsWith('/')) {
        problems.push(`${name}: absolute path ${value}`);
        continue;
      }
      const [pathAndQuery, fragment] = value.split('#');
      const path = decodeURI(pathAndQuery!.split('?')[0]!);
      const target = path ? posix.normalize(posix.join(posix.dirname(name), path)) : name;
      if (path.endsWith('/') || !files[target]) problems.push(`${name}: ${value} is not a file in the zip`);
      else if (fragment && target.endsWith('.html') && !pages.get(target)!.getElementById(decodeURIComponent(fragment)))
        problems.push(`${name}: ${value}: no #${fragment}`);
    }
    if (root.querySelectorAll('script[src]').length) problems.push(`${name}: a script file (cannot load from file://)`);
  }
  assert.deepEqual(problems.slice(0, 20), []);
});

test('the search page says search is unavailable offline', () => {
  const search = parse(strFromU8(files[`${folder}/search/index.html`]!));
  assert.ok(search.querySelector('main .offline-notice')?.text.includes(OFFLINE_SEARCH_NOTICE));
});
