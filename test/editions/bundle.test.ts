import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { parse } from 'node-html-parser';
import { OFFLINE_SEARCH_NOTICE } from '../../src/lib/offline-bundle.ts';
import { downloadsDir } from './editions.ts';

// Rule: the whole-site zip holds the site for file://: every link and resource is relative,
// names index.html explicitly and is in the zip; no script, no search index, no zip in the
// zip; the search page says search is unavailable offline. (Chromium opens it from file:// in
// e2e/offline-bundle.spec.ts.)

const MAX_BYTES = 8 * 1024 * 1024;
const zipName = readdirSync(downloadsDir).find((f) => /^archive-\d{4}-\d{2}-\d{2}\.zip$/.test(f))!;
const bytes = readFileSync(join(downloadsDir, zipName));
const files = unzipSync(bytes);
const folder = zipName.replace(/\.zip$/, '');
const names = Object.keys(files);

test('the zip is one folder with the home page, and stays small', () => {
  assert.ok(names.every((n) => n.startsWith(`${folder}/`)));
  assert.ok(files[`${folder}/index.html`]);
  assert.ok(bytes.length < MAX_BYTES, `${zipName} is ${bytes.length} bytes`);
});

test('no search index, EPUB, PDF or zip inside; the one-file editions are', () => {
  assert.deepEqual(names.filter((n) => /\/pagefind\/|\.(zip|epub|pdf)$/.test(n)), []);
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
      else if (fragment && target.endsWith('.html') && !pages.get(target)!.getElementById(decodeURIComponent(fragment))) problems.push(`${name}: ${value}: no #${fragment}`);
    }
    if (root.querySelectorAll('script[src]').length) problems.push(`${name}: a script file (cannot load from file://)`);
  }
  assert.deepEqual(problems.slice(0, 20), []);
});

test('the search page says search is unavailable offline', () => {
  const search = parse(strFromU8(files[`${folder}/search/index.html`]!));
  assert.ok(search.querySelector('main .offline-notice')?.text.includes(OFFLINE_SEARCH_NOTICE));
});
