import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { anchorsIn, buildIn, fixtureCopy, removeFixture } from './build-fixture.ts';

// Published anchors never move. An author edits a copy of the valid fixture step by step,
// runs `npm run anchors` after each edit, records the removal as a correction, and builds once;
// the built pages keep every published anchor on its text. (What the build says when a step is
// missed, a paragraph the lockfile does not record or a retired anchor without its correction,
// is unit-tested in src/lib/content-rules/gate.test.ts; the lockfile's updates in
// src/lib/anchors/paragraph-anchors.test.ts.) The same build shows the pages that only the
// fixture has: a moved topic's old address, and a paragraph marked as cut off by the source.

test('an author inserts a paragraph, removes another, runs `npm run anchors` and builds: every published anchor keeps its text', (t) => {
  const dir = fixtureCopy();
  t.after(() => removeFixture(dir));
  const partOne = join(dir, 'sections/mini/part-one.mdx');
  const edit = (file: string, from: string, to: string) => {
    const text = readFileSync(file, 'utf8');
    assert.notEqual(text.replace(from, to), text, `the edit did not apply to ${file}`);
    writeFileSync(file, text.replace(from, to));
  };

  // A paragraph inserted above the first, and one added after it, recorded on one day …
  edit(partOne, '\nA first paragraph', '\nA paragraph inserted above the first.\n\nA first paragraph');
  writeFileSync(partOne, `${readFileSync(partOne, 'utf8')}\nA third paragraph, to be removed.\n`);
  const added = anchorsIn(dir, '2026-11-23');
  assert.ok(added.ok, added.output);
  assert.match(added.output, /^fixture\/anchors\/mini\/part-one\.yaml: new p2, p3$/m);
  // … then the added one removed on another, with its correction.
  edit(partOne, '\nA third paragraph, to be removed.\n', '');
  const removed = anchorsIn(dir, '2027-01-10');
  assert.ok(removed.ok, removed.output);
  assert.match(removed.output, /^fixture\/anchors\/mini\/part-one\.yaml: .*p3/m);
  writeFileSync(
    join(dir, 'corrections/2027-01-10-removed.yaml'),
    [
      'date: "2027-01-10"',
      'kind: report-text',
      'title: "A duplicated paragraph is removed"',
      'targets: ["reports/mini/part-one/#p3"]',
      'what: "The third paragraph of Part One is removed."',
      'why: "It was a duplicate made in extraction."',
      '',
    ].join('\n'),
  );
  // The second part's paragraph is cut off in the source (the page marks it; the text stays as written).
  edit(
    join(dir, 'sections/mini/part-two.mdx'),
    'level: 2',
    'level: 2\ntruncatedParagraphs:\n  - { paragraph: p1, evidence: "The fixture source stops here." }',
  );

  const built = buildIn(dir);
  assert.ok(built.ok, built.output);
  // Quietly: no warnings from third parties, no list of routes.
  assert.doesNotMatch(built.output, /MODULE_LEVEL_DIRECTIVE|├─|generating static routes/);

  const page = (path: string) => parse(readFileSync(join(dir, 'dist', path, 'index.html'), 'utf8'));
  const one = page('reports/mini/part-one');
  const text = (id: string) => one.querySelector(`#${id}`)?.text.replace(/\s+/g, ' ').trim();
  // The paragraph's words, then its own links (permalink and Cite) under its number; the
  // incident that quotes p1 still links from it.
  assert.equal(text('p1'), 'A first paragraph that cites a note.Note 1 And another.Note 2Paragraph 1Cite paragraph 1Incident described here: Example blocked');
  assert.equal(text('p2'), 'A paragraph inserted above the first.Paragraph 2Cite paragraph 2');
  assert.deepEqual(
    one.querySelectorAll('.report-text [id^=p]').map((el) => el.id),
    ['p2', 'p1', 'p3'],
  );
  const retired = one.querySelector('#p3')!;
  assert.equal(retired.classList.contains('retired-anchor'), true);
  assert.equal(retired.text, '¶3 was removed on 10 January 2027 (see the corrections).');
  assert.equal(retired.querySelector('a')?.getAttribute('href'), '/changes/#correction-2027-01-10-removed');
  assert.match(one.querySelector('.corrections')!.text, /A duplicated paragraph is removed/);

  assert.match(
    page('reports/mini/part-two').toString(),
    /<p id="p1" class="truncated"><span class="para-text">A second paragraph with no notes\.<span class="truncation-mark" data-pagefind-ignore>\[The source breaks off here\.\]<\/span><\/span>/,
  );

  const moved = page('topics/example-site');
  assert.equal(moved.querySelector('main a')?.getAttribute('href'), '/topics/example-platform/');
  assert.equal(moved.querySelector('meta[http-equiv=refresh]')?.getAttribute('content'), '0; url=/topics/example-platform/');
});
