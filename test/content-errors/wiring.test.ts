import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildFixture, type FixtureChange } from './build-fixture.ts';

// The content rules are unit-tested where they live: the checks each file meets as it loads in
// src/data/checked-glob.test.ts, the rules between entries (the gate) in
// src/lib/content-rules/gate.test.ts. These few fixture runs check the wiring: that the build
// and `npm run check:content` run those checks on real files and stop, printing every problem
// once, in the form "file:line: field: what is wrong; expected …", and that both report the same.
// (All runs of check:content stay in this one file: it writes the project's .astro folder.)

/** The problems a run printed, one per line, in the standard form. */
const problemLines = (output: string) => output.split('\n').filter((line) => /^fixture\/\S+?(:\d+)?: /.test(line));

test('a file the loader refuses stops check:content, with the problems of every collection in one list', () => {
  const bytes = Buffer.concat([
    Buffer.from('name: "Example '),
    Buffer.from([0xff, 0xfe]),
    Buffer.from('"\nkind: platform\ndescription: "A fixture platform."\n'),
  ]);
  const result = buildFixture(
    [
      { file: 'incidents/example-blocked.yaml', renameTo: 'incidents/example-blocked.yml' },
      { file: 'topics/example-platform.yaml', write: bytes },
      { file: 'sections/mini/part-one.mdx', from: 'title: "Part One"', to: 'titel: "Part One"' },
    ],
    'check',
  );
  assert.equal(result.ok, false);
  // (The fields a section may have are listed after "expected one of"; the schema's own test keeps that list.)
  assert.deepEqual(
    problemLines(result.output).map((line) => line.replace(/ expected one of .*/, ' expected one of …')),
    [
      'fixture/incidents/example-blocked.yml: file name: "example-blocked.yml" does not match "*.yaml", so it would be ignored; expected a *.yaml file in fixture/incidents/',
      'fixture/sections/mini/part-one.mdx:2: title: is missing; expected string',
      'fixture/sections/mini/part-one.mdx:4: titel: unknown field; did you mean "title"? expected one of …',
      'fixture/topics/example-platform.yaml:1: encoding: byte 0xff at byte offset 15 is not valid UTF-8; expected a file saved as UTF-8',
    ],
  );
  // Not Astro's own words for what the loader caught first (glob() would skip the .yml file and crash on the bytes).
  assert.doesNotMatch(result.output, /No such file or directory|Cannot read properties|Stack trace|\*\*/);
});

// Problems between entries, one of each kind the build once found only as it rendered pages
// (a misquote, a note the paragraph does not cite, a theme naming a missing paragraph, a move
// without its correction) and some it always found before any page.
const incident = 'incidents/example-blocked.yaml';
const brokenBetweenEntries: FixtureChange[] = [
  { file: 'sections/mini/part-one.mdx', from: 'And another.[^2]', to: 'And another.[^2][^3]' },
  { file: incident, from: 'quote: "A first paragraph that cites a note."', to: 'quote: "A first paragraph which cites a note."' },
  { file: incident, from: 'quote: "A second paragraph with no notes."', to: 'quote: "A second paragraph with no notes.", notes: [1]' },
  { file: incident, from: 'topics: [example-platform]', to: 'topics: [no-such-topic]' },
  { file: 'themes/example-question.yaml', from: 'paragraphs: [p1]', to: 'paragraphs: [p1, p7]' },
  { file: 'statistics/example-share.yaml', from: 'paragraph: "p1"', to: 'paragraph: "p300"' },
  { file: 'corrections/2026-11-23-example-platform-renamed.yaml', from: '"topics/example-site/", ', to: '' },
];
const problemsBetweenEntries = [
  'fixture/incidents/example-blocked.yaml:7: topics.0: "no-such-topic" is not a topic; expected a file content/topics/no-such-topic.yaml',
  'fixture/incidents/example-blocked.yaml:10: mentions.0.quote: (mini/part-one) not found word for word in p1; expected an exact extract of that paragraph (without note markers)',
  'fixture/incidents/example-blocked.yaml:11: mentions.1.notes: (mini/part-two) note 1 is not cited in p1; expected one of []',
  'fixture/moves/example-site.yaml:3: date: no correction records this move; expected a file in content/corrections/ dated 2026-11-23 whose targets include "topics/example-site/"',
  'fixture/sections/mini/part-one.mdx:11: body: marker [^3] has no note; expected an entry with n: 3 under notes',
  'fixture/statistics/example-share.yaml:6: values.0.paragraph: mini/part-one has no p300; expected one of its paragraph anchors (p1)',
  'fixture/themes/example-question.yaml:7: passages.0.paragraphs.1: "p7" is not a paragraph of mini/part-one; expected one of p1 (content/anchors/mini/part-one.yaml)',
];
let built: string | undefined;

test('problems between entries stop the build before any page, each printed once, first, with nothing but the summary around them', () => {
  const result = buildFixture(brokenBetweenEntries);
  assert.equal(result.ok, false);
  built = result.output;
  assert.deepEqual(problemLines(result.output), problemsBetweenEntries);
  const before = result.output.slice(0, result.output.indexOf("Content does not follow the archive's rules (7 problems):"));
  assert.doesNotMatch(before, /\S/, `printed before the problems:\n${before}`);
  // No second print, no page, no route list, no stack, and not Astro's own log of the dangling topic.
  assert.doesNotMatch(result.output, /MODULE_LEVEL_DIRECTIVE|├─|generating static routes|Stack trace|Invalid content reference/);
});

// (That check:content passes a valid corpus, saying "no problems", is the sixth-report test's.)
test('npm run check:content reports exactly what the build reports, without building pages', () => {
  const checked = buildFixture(brokenBetweenEntries, 'check');
  assert.equal(checked.ok, false);
  assert.deepEqual(problemLines(checked.output), problemLines(built ?? buildFixture(brokenBetweenEntries).output));
});
