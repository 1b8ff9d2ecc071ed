import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gunzipSync, strFromU8, unzipSync } from 'fflate';
import { parse } from 'node-html-parser';
import { fixtureCopy, removeFixture, runInFixture } from '../content-errors/build-fixture.ts';

// Rule: a site served under a sub-path is `npm run build` with its address only
// (SITE_URL=https://fixture.example/archive/): every internal link and #fragment resolves under
// the base and none escapes it, and the search index and the offline files are made, with
// links that carry the base. Built once, from the small fixture (test/fixtures/valid), with a
// later correction added so that one zip is superseded and _redirects holds a rule.

const SITE_URL = 'https://fixture.example/archive/';
const BASE = '/archive/';
const dir = fixtureCopy();
after(() => removeFixture(dir));
const out = join(dir, 'dist');
const correction = readFileSync(join(dir, 'corrections/2026-11-23-example-platform-renamed.yaml'), 'utf8');
writeFileSync(join(dir, 'corrections/2026-11-30-later.yaml'), correction.replace('date: "2026-11-23"', 'date: "2026-11-30"'));
const build = runInFixture(dir, ['node_modules/astro/bin/astro.mjs', 'build'], { SITE_URL, OFFLINE_PDF: '' });

const walk = (folder: string): string[] =>
  readdirSync(folder).flatMap((name) => (statSync(join(folder, name)).isDirectory() ? walk(join(folder, name)) : [join(folder, name)]));
const files = () => walk(out).map((f) => relative(out, f).split(sep).join('/'));

test('the fixture builds under a sub-path with nothing but its address', () => {
  assert.ok(build.ok, build.output);
});

test('the site checks of links and #fragments pass on the sub-path build', () => {
  // test/site/links.test.ts, run on this build: every internal link stays under the base and
  // resolves to a built file, every #fragment to an id on its page.
  // (Without NODE_TEST_CONTEXT, which node --test sets for its own children: with it, the inner
  // run would report to this one's runner instead of failing.)
  const { NODE_TEST_CONTEXT: _, ...env } = process.env;
  const run = spawnSync(process.execPath, ['--test', 'test/site/links.test.ts'], { encoding: 'utf8', env: { ...env, OUT_DIR: out, SITE_URL } });
  assert.equal(run.status, 0, `${run.stdout}\n${run.stderr}`);
});

test('the search index is made, and every URL in it carries the base', () => {
  assert.ok(existsSync(join(out, 'pagefind/pagefind.js')), 'pagefind/pagefind.js');
  assert.ok(!existsSync(join(out, 'pagefind/topics.json')), 'pagefind/topics.json is for the indexer only, and removed');
  const topicNames: { url: string }[] = JSON.parse(readFileSync(join(out, 'pagefind/topic-names.json'), 'utf8'));
  assert.ok(topicNames.length > 0);
  for (const { url } of topicNames) assert.ok(url.startsWith(`${BASE}topics/`), url);
  // Each Pagefind fragment is one record, gzipped: {"url": …}.
  const fragments = files().filter((f) => f.startsWith('pagefind/fragment/'));
  assert.ok(fragments.length > 0, 'no fragments in the index');
  const urls = fragments.map((f) => {
    const text = strFromU8(gunzipSync(readFileSync(join(out, f))));
    return JSON.parse(text.slice(text.indexOf('{'))).url as string;
  });
  assert.deepEqual(
    urls.filter((url) => !url.startsWith(BASE)),
    [],
    'index URLs outside the base',
  );
  assert.ok(
    urls.some((url) => url.startsWith(`${BASE}reports/mini/part-one/#p1`)),
    urls.join(', '),
  );
});

test('the offline files are made, and their links and rules carry the base', () => {
  const downloads = files().filter((f) => f.startsWith('downloads/') && !f.endsWith('index.html'));
  for (const file of ['downloads/mini.html', 'downloads/mini.epub', 'downloads/mini.pdf', 'downloads/archive-2026-11-30.zip', 'downloads/SHA256SUMS']) {
    assert.ok(downloads.includes(file), `${file} missing; made: ${downloads.join(', ')}`);
  }
  // The one-file HTML links back to the site at its address, base included.
  const oneFile = readFileSync(join(out, 'downloads/mini.html'), 'utf8');
  const siteLinks = parse(oneFile)
    .querySelectorAll('a[href^="https://fixture.example/"]')
    .map((a) => a.getAttribute('href')!);
  assert.ok(siteLinks.length > 0, 'the one-file HTML links to the site');
  assert.deepEqual(
    siteLinks.filter((href) => !href.startsWith(SITE_URL)),
    [],
  );
  // The zip's pages link relatively (they open from disk), never to the root of the disk.
  const zip = unzipSync(readFileSync(join(out, 'downloads/archive-2026-11-30.zip')));
  const pages = Object.entries(zip).filter(([name]) => name.endsWith('.html'));
  assert.ok(pages.length > 5, 'pages in the zip');
  const rooted = pages.flatMap(([name, bytes]) =>
    parse(strFromU8(bytes))
      .querySelectorAll('a[href], link[href], img[src]')
      .map((el) => el.getAttribute('href') ?? el.getAttribute('src')!)
      .filter((link) => link.startsWith('/'))
      .map((link) => `${name}: ${link}`),
  );
  assert.deepEqual(rooted, []);
  // The superseded zip's old name leads to the downloads page, under the base.
  assert.match(readFileSync(join(out, '_redirects'), 'utf8'), /^\/archive\/downloads\/archive-2026-11-23\.zip \/archive\/downloads\/ 302$/m);
  // The downloads page links to every file under the base.
  const hrefs = parse(readFileSync(join(out, 'downloads/index.html'), 'utf8'))
    .querySelectorAll('tr[data-download] a')
    .map((a) => a.getAttribute('href'));
  assert.ok(hrefs.includes(`${BASE}downloads/mini.pdf`) && hrefs.includes(`${BASE}downloads/archive-2026-11-30.zip`), hrefs.join(', '));
});
