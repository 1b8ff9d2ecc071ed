import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildFixture } from './build-fixture.ts';

// The guards on the archive's own words about an incident (src/lib/content-rules/incident-rules.ts) stop
// the build. The fixture incident has two mentions, dated 2015-02 and 2015: compatible dates,
// so it needs no flag. Each test breaks one thing and checks the message names the file and field.

const file = 'incidents/example-blocked.yaml';
const summary = 'summary: "A fixture incident that the tests use to check references."';

test('a summary with a number that no quote gives fails, naming the file and summary', () => {
  const result = buildFixture({ file, from: summary, to: 'summary: "A fixture incident that blocked 125 sites, as the tests use it."' });
  assert.equal(result.ok, false);
  assert.match(result.output, /incidents\/example-blocked\.yaml:\d+: summary: states the number 125, which no quoted passage, cited note or date of this incident gives/);
});

test('a summary with a number written in words that no quote gives fails too', () => {
  const result = buildFixture({ file, from: summary, to: 'summary: "A fixture incident that blocked three sites, as the tests use it."' });
  assert.equal(result.ok, false);
  assert.match(result.output, /incidents\/example-blocked\.yaml:\d+: summary: states the number 3,/);
});

test('a disagreement flag that lists one mention fails', () => {
  const result = buildFixture({
    file,
    from: summary,
    to: `${summary}\ndisagreement: { about: account, text: "Only one account is listed here, which is not a disagreement.", mentions: [1] }`,
  });
  assert.equal(result.ok, false);
  assert.match(result.output, /incidents\/example-blocked\.yaml/);
  assert.match(result.output, /disagreement\.mentions/);
  assert.match(result.output, /at least two mentions/);
});

test('a date disagreement flag over compatible dates fails', () => {
  const result = buildFixture({
    file,
    from: summary,
    to: `${summary}\ndisagreement: { about: date, text: "Part One says February 2015; Part Two says 2015.", mentions: [1, 2] }`,
  });
  assert.equal(result.ok, false);
  assert.match(result.output, /incidents\/example-blocked\.yaml:\d+: disagreement\.about: is "date", but the listed mentions give compatible dates \(2015-02, 2015\)/);
});

test('mentions whose dates cannot both be true, with no flag, fail', () => {
  const result = buildFixture({ file, from: 'date: "2015" }', to: 'date: "2014" }' });
  assert.equal(result.ok, false);
  assert.match(result.output, /incidents\/example-blocked\.yaml:\d+: mentions: give dates that cannot all be true \(mention 1: 2015-02; mention 2: 2014\)/);
});

test('the same conflicting dates pass once a disagreement shows them', () => {
  const result = buildFixture({
    file,
    from: `${summary}\nmentions:\n  - { section: "mini/part-one", paragraph: "p1", quote: "A first paragraph that cites a note.", notes: [1], date: "2015-02" }\n  - { section: "mini/part-two", paragraph: "p1", quote: "A second paragraph with no notes.", date: "2015" }`,
    to: `${summary}\ndisagreement: { about: date, text: "Part One says February 2015; Part Two says 2014.", mentions: [1, 2] }\nmentions:\n  - { section: "mini/part-one", paragraph: "p1", quote: "A first paragraph that cites a note.", notes: [1], date: "2015-02" }\n  - { section: "mini/part-two", paragraph: "p1", quote: "A second paragraph with no notes.", date: "2014" }`,
  });
  assert.ok(result.ok, result.output);
});
