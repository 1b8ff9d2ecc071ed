import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { anchorsIn, buildIn, fixtureCopy, removeFixture } from './build-fixture.ts';

// Published anchors never move: a paragraph inserted above them, or one removed, leaves
// every earlier link pointing at the same text. Each test edits a copy of the valid fixture
// as an author would, runs `npm run anchors`, rebuilds and reads the pages.

const section = (dir: string) => join(dir, 'sections/mini/part-one.mdx');
const page = (dir: string) => parse(readFileSync(join(dir, 'dist/reports/mini/part-one/index.html'), 'utf8'));
const textOf = (dir: string, id: string) => page(dir).querySelector(`#${id}`)?.text.replace(/\s+/g, ' ').trim();

test('a paragraph inserted at the top gets a new id, and every published anchor keeps its text', (t) => {
  const dir = fixtureCopy();
  t.after(() => removeFixture(dir));
  assert.ok(buildIn(dir).ok);
  const before = { p1: textOf(dir, 'p1') };

  writeFileSync(section(dir), readFileSync(section(dir), 'utf8').replace('\nA first paragraph', '\nA paragraph inserted above the first.\n\nA first paragraph'));
  const stale = buildIn(dir);
  assert.equal(stale.ok, false, 'the build must stop until the lockfile records the new paragraph');
  assert.match(stale.output, /sections\/mini\/part-one\.mdx: body: paragraph 1 \(“A paragraph inserted above the first\.”\) has no permanent anchor; expected the lockfile to record it: run `npm run anchors`/);

  const anchors = anchorsIn(dir, '2027-01-10');
  assert.match(anchors.output, /anchors\/mini\/part-one\.yaml: new p2/);
  const built = buildIn(dir);
  assert.ok(built.ok, built.output);
  assert.equal(textOf(dir, 'p1'), before.p1);
  // The paragraph's words, then its own links (permalink and Cite) under its new number.
  assert.match(textOf(dir, 'p2')!, /^A paragraph inserted above the first\.Paragraph 2Cite paragraph 2$/);
  assert.deepEqual(page(dir).querySelectorAll('.report-text [id^=p]').map((el) => el.id), ['p2', 'p1']);
});

test('a removed paragraph keeps its anchor as a retired one that says where the text went', (t) => {
  const dir = fixtureCopy();
  t.after(() => removeFixture(dir));
  // Start from a section of two paragraphs, then remove the second.
  writeFileSync(section(dir), `${readFileSync(section(dir), 'utf8')}\nA second paragraph, to be removed.\n`);
  anchorsIn(dir, '2026-11-23');
  writeFileSync(section(dir), readFileSync(section(dir), 'utf8').replace('\nA second paragraph, to be removed.\n', ''));
  anchorsIn(dir, '2027-01-10');

  const unrecorded = buildIn(dir);
  assert.equal(unrecorded.ok, false, 'a retired anchor needs a correction');
  assert.match(unrecorded.output, /anchors\/mini\/part-one\.yaml: p2: removed on 2027-01-10 with no correction; expected a file in content\/corrections\/ dated 2027-01-10 whose targets include "reports\/mini\/part-one\/#p2"/);

  appendFileSync(join(dir, 'corrections/2027-01-10-removed.yaml'), [
    'date: "2027-01-10"', 'kind: report-text', 'title: "A duplicated paragraph is removed"',
    'targets: ["reports/mini/part-one/#p2"]', 'what: "The second paragraph of Part One is removed."', 'why: "It was a duplicate made in extraction."', '',
  ].join('\n'));
  const built = buildIn(dir);
  assert.ok(built.ok, built.output);
  const retired = page(dir).querySelector('#p2');
  assert.equal(retired?.classList.contains('retired-anchor'), true);
  assert.match(retired!.text, /^¶2 was removed on 10 January 2027 \(see the corrections\)\.$/);
  assert.equal(retired!.querySelector('a')?.getAttribute('href'), '/changes/#correction-2027-01-10-removed');
  assert.match(page(dir).querySelector('.corrections')!.text, /A duplicated paragraph is removed/);
});

test('a renamed topic leaves a page at its old address that links to the new one', (t) => {
  const dir = fixtureCopy();
  t.after(() => removeFixture(dir));
  const built = buildIn(dir);
  assert.ok(built.ok, built.output);
  const moved = parse(readFileSync(join(dir, 'dist/topics/example-site/index.html'), 'utf8'));
  assert.equal(moved.querySelector('main a')?.getAttribute('href'), '/topics/example-platform/');
  assert.equal(moved.querySelector('meta[http-equiv=refresh]')?.getAttribute('content'), '0; url=/topics/example-platform/');
});

test('a move without its correction fails the build', (t) => {
  const dir = fixtureCopy();
  t.after(() => removeFixture(dir));
  writeFileSync(join(dir, 'corrections/2026-11-23-example-platform-renamed.yaml'), readFileSync(join(dir, 'corrections/2026-11-23-example-platform-renamed.yaml'), 'utf8').replace('"topics/example-site/", ', ''));
  const built = buildIn(dir);
  assert.equal(built.ok, false);
  assert.match(built.output, /moves\/example-site\.yaml:\d+: date: no correction records this move; expected a file in content\/corrections\/ dated 2026-11-23 whose targets include "topics\/example-site\/"/);
});
