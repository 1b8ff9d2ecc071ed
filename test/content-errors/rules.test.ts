import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { basename, dirname } from 'node:path';
import { tmpdir } from 'node:os';
import { buildFixture, FIXTURE_PREFIX } from './build-fixture.ts';

// Rules that tie entries together are checked once, before any page is rendered
// (src/data/check-content.ts), and reported as "file:line: field: what is wrong; expected …".

test('the valid fixture builds, quietly, so the failures below are caused by the changes', () => {
  const result = buildFixture();
  assert.ok(result.ok, result.output);
  assert.doesNotMatch(result.output, /MODULE_LEVEL_DIRECTIVE/);
  assert.doesNotMatch(result.output, /├─|generating static routes/);
});

test('a content error is printed once, first, with nothing but the build summary around it', () => {
  const result = buildFixture({ file: 'sections/mini/part-one.mdx', from: 'And another.[^2]', to: 'And another.[^2] A third.[^3]' });
  assert.equal(result.ok, false);
  const problem = 'fixture/sections/mini/part-one.mdx:11: body: marker [^3] has no note; expected an entry with n: 3 under notes';
  assert.equal(result.output.split(problem).length - 1, 1, result.output);
  const before = result.output.slice(0, result.output.indexOf('Content does not follow'));
  assert.doesNotMatch(before, /\S/, `printed before the problem:\n${before}`);
  assert.doesNotMatch(result.output, /MODULE_LEVEL_DIRECTIVE|├─|Stack trace/);
});

test('a section of a report that does not exist fails the build', () => {
  const result = buildFixture({ file: 'sections/mini/part-two.mdx', from: 'report: "mini"', to: 'report: "nope"' });
  assert.equal(result.ok, false);
  assert.match(result.output, /fixture\/sections\/mini\/part-two\.mdx:2: report: "nope" is not a report; expected one of mini/);
});

test('a key development pointing at a missing section fails the build', () => {
  const result = buildFixture({ file: 'reports/mini.mdx', from: 'sections: [part-two]', to: 'sections: [part-three]' });
  assert.equal(result.ok, false);
  assert.match(result.output, /fixture\/reports\/mini\.mdx:26: keyDevelopments\.items\.0\.sections: "part-three" is not a section of this report/);
});

test('categories that do not add up to the total name the report file and the field', () => {
  const result = buildFixture({ file: 'reports/mini.mdx', from: 'score: 23, max: 35', to: 'score: 22, max: 35' });
  assert.equal(result.ok, false);
  assert.match(result.output, /fixture\/reports\/mini\.mdx:19: scores\.0\.scores\.0\.score: 2015: categories sum to 60, total is 61; expected the parts as printed to add up/);
});

test('an incident quote that is not word for word in its paragraph fails the build', () => {
  const result = buildFixture({ file: 'incidents/example-blocked.yaml', from: 'quote: "A first paragraph that cites a note."', to: 'quote: "A first paragraph which cites a note."' });
  assert.equal(result.ok, false);
  assert.match(result.output, /fixture\/incidents\/example-blocked\.yaml:10: mentions\.0\.quote: \(mini\/part-one\) not found word for word in p1/);
  assert.equal(result.output.split('not found word for word').length - 1, 1, result.output);
});

test('an incident pointing at a topic that does not exist fails the build', () => {
  const result = buildFixture({ file: 'incidents/example-blocked.yaml', from: 'topics: [example-platform]', to: 'topics: [no-such-topic]' });
  assert.equal(result.ok, false);
  assert.match(result.output, /fixture\/incidents\/example-blocked\.yaml:7: topics\.0: "no-such-topic" is not a topic/);
  assert.doesNotMatch(result.output, /Invalid content reference/);
});

test('a statistic naming a report that does not exist fails the build (and is not published)', () => {
  const result = buildFixture({ file: 'statistics/example-share.yaml', from: 'report: mini', to: 'report: fotn-2099' });
  assert.equal(result.ok, false);
  assert.match(result.output, /fixture\/statistics\/example-share\.yaml:6: values\.0\.report: "fotn-2099" is not a report; expected one of mini/);
});

test('a statistic pointing at a paragraph, section or note that does not exist fails the build', () => {
  const result = buildFixture([
    { file: 'statistics/example-share.yaml', from: 'paragraph: "p1"', to: 'paragraph: "p300", note: 9' },
  ]);
  assert.equal(result.ok, false);
  assert.match(result.output, /fixture\/statistics\/example-share\.yaml:6: values\.0\.paragraph: mini\/part-one has no p300; expected one of its paragraph anchors \(p1\)/);
  assert.match(result.output, /fixture\/statistics\/example-share\.yaml:6: values\.0\.note: mini\/part-one has no note 9; expected one of its notes \(1, 2\)/);
  const wrongSection = buildFixture({ file: 'statistics/example-share.yaml', from: 'section: "mini/part-one"', to: 'section: "mini/part-nine"' });
  assert.match(wrongSection.output, /fixture\/statistics\/example-share\.yaml:6: values\.0\.section: "mini\/part-nine" is not a section/);
});

test('two sections with the same order: both files are named, and the message says "duplicate"', () => {
  const result = buildFixture({ file: 'sections/mini/part-two.mdx', from: 'order: 1', to: 'order: 0' });
  assert.equal(result.ok, false);
  assert.match(result.output, /fixture\/sections\/mini\/part-one\.mdx:3: order: duplicate order 0, also used by fixture\/sections\/mini\/part-two\.mdx/);
  assert.match(result.output, /fixture\/sections\/mini\/part-two\.mdx:3: order: duplicate order 0, also used by fixture\/sections\/mini\/part-one\.mdx/);
});

test('a gap in the order blames the section after the gap, and no other', () => {
  const result = buildFixture({ file: 'sections/mini/part-two.mdx', from: 'order: 1', to: 'order: 2' });
  assert.equal(result.ok, false);
  assert.match(result.output, /fixture\/sections\/mini\/part-two\.mdx:3: order: is 2, but no section has order 1; expected 1/);
  assert.doesNotMatch(result.output, /part-one\.mdx:\d+: order/);
});

test('a missing source file names the report that names it, and the field', () => {
  const result = buildFixture({ file: 'reports/mini.mdx', from: 'sourceFile: "900_0000000000000000.txt"', to: 'sourceFile: "901_0000000000000000.txt"' });
  assert.equal(result.ok, false);
  assert.match(result.output, /fixture\/reports\/mini\.mdx:9: sourceFile: "901_0000000000000000\.txt" is not in content\/sources\/; expected the report's raw source text/);
});

test('fixture builds leave no folder behind in the temporary directory', () => {
  // (Other processes may be creating fixture folders of their own, so check this build's.)
  const result = buildFixture({ file: 'reports/mini.mdx', from: 'score: 23, max: 35', to: 'score: 22, max: 35' });
  assert.ok(basename(result.dir).startsWith(FIXTURE_PREFIX) && dirname(result.dir) === tmpdir());
  assert.equal(existsSync(result.dir), false, `${result.dir} is left behind`);
});

test('a paragraph marked truncated is marked on the page, and the body stays as written', () => {
  let html = '';
  const result = buildFixture(
    { file: 'sections/mini/part-two.mdx', from: 'level: 2', to: 'level: 2\ntruncatedParagraphs:\n  - { paragraph: p1, evidence: "The fixture source stops here." }' },
    'build',
    (outDir) => {
      html = readFileSync(join(outDir, 'reports', 'mini', 'part-two', 'index.html'), 'utf8');
    },
  );
  assert.ok(result.ok, result.output);
  assert.match(html, /<p id="p1" class="truncated">.*<span class="truncation-mark" data-pagefind-ignore>\[The source breaks off here\.\]<\/span><\/span>/s);
});

test('a truncated paragraph that does not exist fails the build', () => {
  const result = buildFixture({ file: 'sections/mini/part-two.mdx', from: 'level: 2', to: 'level: 2\ntruncatedParagraphs: [{ paragraph: p9, evidence: "x" }]' });
  assert.equal(result.ok, false);
  assert.match(result.output, /fixture\/sections\/mini\/part-two\.mdx:6: truncatedParagraphs\.0\.paragraph: this section has no p9; expected one of its paragraph anchors \(p1\)/);
});

test('npm run check:content finds the same problems without building pages', () => {
  const result = buildFixture({ file: 'statistics/example-share.yaml', from: 'paragraph: "p1"', to: 'paragraph: "p300"' }, 'check');
  assert.equal(result.ok, false);
  assert.match(result.output, /fixture\/statistics\/example-share\.yaml:6: values\.0\.paragraph: mini\/part-one has no p300; expected one of its paragraph anchors \(p1\)/);
  const clean = buildFixture(undefined, 'check');
  assert.ok(clean.ok, clean.output);
  assert.match(clean.output, /Content checked: no problems/);
});

test('a theme naming a paragraph its section does not have fails the build', () => {
  const result = buildFixture({ file: 'themes/example-question.yaml', from: 'paragraphs: [p1]', to: 'paragraphs: [p1, p7]' });
  assert.equal(result.ok, false);
  assert.match(result.output, /themes\/example-question\.yaml:\d+: passages\.0\.paragraphs\.1: "p7" is not a paragraph of mini\/part-one; expected one of p1/);
});

test('a paragraph recorded as general that also belongs to a theme fails the build', () => {
  const result = buildFixture({ file: 'themes-general.yaml', from: 'section: "mini/part-two"', to: 'section: "mini/part-one"' });
  assert.equal(result.ok, false);
  assert.match(result.output, /themes-general\.yaml:\d+: passages\.0: mini\/part-one p1 is recorded as general but belongs to the theme "example-question"/);
});

test('what a report says its source prints about reuse must stand on the source line it names', () => {
  const result = buildFixture({ file: 'reports/mini.mdx', from: 'reuse: { printed: null }', to: 'reuse: { printed: "© Fixture Publisher", line: 1 }' });
  assert.equal(result.ok, false);
  assert.match(result.output, /fixture\/reports\/mini\.mdx:\d+: reuse\.printed: “© Fixture Publisher” is not on line 1 of the source \(it reads “Fixture Publisher”\); expected the words exactly as printed there/);
});
