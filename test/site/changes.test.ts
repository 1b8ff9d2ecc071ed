import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Parser from 'rss-parser';
import { parse as parseYaml } from 'yaml';
import { pageByFile, resolveUrlPath, siteBase, siteDir } from './site.ts';

// /changes/ shows exactly the corrections recorded in content/corrections/, and its feed,
// read by a feed parser, carries each of them and every report and incident added since the first edition.

const correctionFiles = readdirSync('content/corrections').filter((f) => f.endsWith('.yaml'));
const corrections = correctionFiles.map((f) => ({ id: f.replace(/\.yaml$/, ''), ...parseYaml(readFileSync(join('content/corrections', f), 'utf8')) }));
// Reports and incidents that carry an `added:` day, as "reports/<id>/" and "incidents/<id>/".
const added = ['reports', 'incidents'].flatMap((dir) =>
  readdirSync(join('content', dir))
    .filter((f) => /^added:/m.test(readFileSync(join('content', dir, f), 'utf8')))
    .map((f) => `${dir}/${f.replace(/\.(yaml|mdx)$/, '')}/`),
);

test('/changes/ lists exactly the recorded corrections', () => {
  const page = pageByFile('changes/index.html');
  assert.ok(page);
  const listed = page.root
    .querySelectorAll('ol.changes > li')
    .map((li) => li.id.replace(/^correction-/, ''))
    .sort();
  assert.deepEqual(listed, corrections.map((c) => c.id).sort());
  for (const c of corrections)
    assert.match(page.root.querySelector(`[id="correction-${c.id}"]`)!.text, new RegExp(c.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
});

test('/changes/ links to every added report and incident', () => {
  const links = new Set(
    pageByFile('changes/index.html')!
      .root.querySelectorAll('a')
      .map((a) => a.getAttribute('href')),
  );
  for (const path of added) assert.ok(links.has(siteBase + path), `/changes/ does not link to ${siteBase + path}`);
});

test('the feed parses and carries every correction and every added report and incident', async () => {
  const feed = await new Parser().parseString(readFileSync(join(siteDir, 'changes/feed.xml'), 'utf8'));
  assert.match(feed.title ?? '', /changes and corrections/);
  assert.equal(feed.items.length, corrections.length + added.length);
  const titles = feed.items.map((i) => i.title);
  for (const c of corrections) assert.ok(titles.includes(`Correction: ${c.title}`), c.id);
  const links = feed.items.map((i) => new URL(i.link!).pathname);
  for (const path of added) assert.ok(links.includes(siteBase + path), `the feed does not announce ${path}`);
  for (const item of feed.items) assert.ok(item.link && item.pubDate, `${item.title} has a link and a date`);
});

test('every feed item links to a built page, and its fragment to an element of that page', async () => {
  const feed = await new Parser().parseString(readFileSync(join(siteDir, 'changes/feed.xml'), 'utf8'));
  const origin = new URL(feed.link!).origin;
  const broken: string[] = [];
  for (const item of feed.items) {
    const url = new URL(item.link!);
    if (url.origin !== origin || !url.pathname.startsWith(siteBase)) {
      broken.push(`${item.link}: not under the site's address ${origin}${siteBase}`);
      continue;
    }
    const file = resolveUrlPath(url.pathname);
    if (!file) {
      broken.push(`${item.link}: no page ${url.pathname} in ${siteDir}`);
      continue;
    }
    const id = decodeURIComponent(url.hash.slice(1));
    if (id && !pageByFile(file)?.root.querySelector(`[id="${id}"]`)) broken.push(`${item.link}: ${file} has no element with id "${id}"`);
  }
  assert.deepEqual(broken, [], `${broken.length} of ${feed.items.length} feed links do not resolve`);
});
