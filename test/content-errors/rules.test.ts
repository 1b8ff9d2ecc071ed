import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildFixture } from './build-fixture.ts';

// Rules that tie entries together are checked when the pages are built.

test('the valid fixture builds, so the failures below are caused by the changes', () => {
  const result = buildFixture();
  assert.ok(result.ok, result.output);
});

test('a note marker without a note fails the build, naming the file', () => {
  const result = buildFixture({ file: 'sections/mini/part-one.mdx', from: 'And another.[^2]', to: 'And another.[^2] A third.[^3]' });
  assert.equal(result.ok, false);
  assert.match(result.output, /sections\/mini\/part-one\.mdx: body: marker \[\^3\] has no note; expected an entry with n: 3 under notes/);
});

test('a section of a report that does not exist fails the build', () => {
  const result = buildFixture({ file: 'sections/mini/part-two.mdx', from: 'report: "mini"', to: 'report: "nope"' });
  assert.equal(result.ok, false);
  assert.match(result.output, /sections\/mini\/part-two\.mdx: report: "nope" is not a report; expected one of mini/);
});

test('a key development pointing at a missing section fails the build', () => {
  const result = buildFixture({ file: 'reports/mini.mdx', from: 'sections: [part-two]', to: 'sections: [part-three]' });
  assert.equal(result.ok, false);
  assert.match(result.output, /reports\/mini\.mdx: keyDevelopments\.items\.sections: "part-three" is not a section of this report/);
});

test('categories that do not add up to the total fail the build', () => {
  const result = buildFixture({ file: 'reports/mini.mdx', from: 'score: 23, max: 35', to: 'score: 22, max: 35' });
  assert.equal(result.ok, false);
  assert.match(result.output, /Scores do not add up:\s+mini 2015: categories sum to 60, total is 61/);
});

test('an incident quote that is not word for word in its paragraph fails the build', () => {
  const result = buildFixture({ file: 'incidents/example-blocked.yaml', from: 'quote: "A first paragraph that cites a note."', to: 'quote: "A first paragraph which cites a note."' });
  assert.equal(result.ok, false);
  assert.match(result.output, /incidents\/example-blocked\.yaml: mention of mini\/part-one: quote: not found word for word in p1/);
});

test('an incident pointing at a topic that does not exist fails the build', () => {
  const result = buildFixture({ file: 'incidents/example-blocked.yaml', from: 'topics: [example-platform]', to: 'topics: [no-such-topic]' });
  assert.equal(result.ok, false);
  assert.match(result.output, /incidents\/example-blocked\.yaml: topics\.0: "no-such-topic" is not a topic/);
});

test('a theme naming a paragraph its section does not have fails the build', () => {
  const result = buildFixture({ file: 'themes/example-question.yaml', from: 'paragraphs: [p1]', to: 'paragraphs: [p1, p7]' });
  assert.equal(result.ok, false);
  assert.match(result.output, /themes\/example-question\.yaml: passages\.0\.paragraphs\.1: "p7" is not a paragraph of mini\/part-one; expected one of p1/);
});

test('a paragraph recorded as general that also belongs to a theme fails the build', () => {
  const result = buildFixture({ file: 'themes-general.yaml', from: 'section: "mini/part-two"', to: 'section: "mini/part-one"' });
  assert.equal(result.ok, false);
  assert.match(result.output, /themes-general\.yaml: passages\.0: mini\/part-one p1 is recorded as general but belongs to the theme "example-question"/);
});
