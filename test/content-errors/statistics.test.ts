import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildFixture } from './build-fixture.ts';

// A statistic value must say what kind of figure it is, and must name a report, section,
// paragraph and note that exist (src/data/statistics.ts). Each test breaks one thing in the
// fixture's one value and checks the message names the file and the field.

const file = 'statistics/example-share.yaml';

test('a statistic value without a kind is refused, naming the field and the kinds', () => {
  const result = buildFixture({ file, from: 'kind: official-claim, ', to: '' }, 'sync');
  assert.equal(result.ok, false);
  assert.match(result.output, /statistics\/example-share\.yaml/);
  assert.match(result.output, /values\.0\.kind/);
  assert.match(result.output, /expected one of .*"measured"/);
});

test('a statistic naming a paragraph that does not exist fails the build', () => {
  const result = buildFixture({ file, from: 'paragraph: "p1"', to: 'paragraph: "p9"' });
  assert.equal(result.ok, false);
  assert.match(result.output, /statistics\/example-share\.yaml:\d+: values\.0\.paragraph: mini\/part-one has no p9; expected one of its paragraph anchors \(p1\)/);
});

test('a statistic naming a section that does not exist fails the build', () => {
  const result = buildFixture({ file, from: 'section: "mini/part-one"', to: 'section: "mini/part-three"' });
  assert.equal(result.ok, false);
  assert.match(result.output, /statistics\/example-share\.yaml:\d+: values\.0\.section: "mini\/part-three" is not a section/);
});

test('a statistic naming a report that does not exist fails the build', () => {
  const result = buildFixture({ file, from: 'report: mini,', to: 'report: nope,' });
  assert.equal(result.ok, false);
  assert.match(result.output, /statistics\/example-share\.yaml:\d+: values\.0\.report: "nope" is not a report/);
});

test('a statistic citing a note its section does not have fails the build', () => {
  const result = buildFixture({ file, from: 'by: "Fixture" }', to: 'by: "Fixture", note: 3 }' });
  assert.equal(result.ok, false);
  assert.match(result.output, /statistics\/example-share\.yaml:\d+: values\.0\.note: mini\/part-one has no note 3; expected one of its notes \(1, 2\)/);
});
