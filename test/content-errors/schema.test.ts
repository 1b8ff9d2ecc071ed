import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildFixture } from './build-fixture.ts';

// Bad frontmatter stops the build with the file, the field and what was expected.
// (`astro sync` runs the same schema validation as the build, faster.)

test('the valid fixture passes, so the failures below are caused by the changes', () => {
  const result = buildFixture(undefined, 'sync');
  assert.ok(result.ok, result.output);
});

test('a score above its maximum names the file, the field and the limit', () => {
  const result = buildFixture({ file: 'reports/mini.mdx', from: 'score: 14, max: 25', to: 'score: 26, max: 25' }, 'sync');
  assert.equal(result.ok, false);
  assert.match(result.output, /reports\/mini\.mdx/);
  assert.match(result.output, /scores\.0\.scores\.1\.score/);
  assert.match(result.output, /A score 26 exceeds its maximum 25/);
});

test('a date written in words is refused with the expected form', () => {
  const result = buildFixture({ file: 'reports/mini.mdx', from: 'start: "2014-06"', to: 'start: "June 2014"' }, 'sync');
  assert.equal(result.ok, false);
  assert.match(result.output, /reports\/mini\.mdx/);
  assert.match(result.output, /coverage\.start/);
  assert.match(result.output, /expected a date as YYYY, YYYY-MM or YYYY-MM-DD/);
});

test('a note marked missing that has text is refused', () => {
  const result = buildFixture({ file: 'sections/mini/part-one.mdx', from: '{ n: 2, status: missing }', to: '{ n: 2, status: missing, text: "invented" }' }, 'sync');
  assert.equal(result.ok, false);
  assert.match(result.output, /sections\/mini\/part-one\.mdx/);
  assert.match(result.output, /notes\.1\.text/);
  assert.match(result.output, /note 2 is marked missing, so it must not have text/);
});

test('an unknown incident category is refused with the list of categories', () => {
  const result = buildFixture({ file: 'incidents/example-blocked.yaml', from: 'categories: [blocking]', to: 'categories: [censorship]' }, 'sync');
  assert.equal(result.ok, false);
  assert.match(result.output, /incidents\/example-blocked\.yaml/);
  assert.match(result.output, /categories\.0/);
  assert.match(result.output, /expected one of .*"blocking"/);
});
