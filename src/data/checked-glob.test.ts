import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { checkFileBytes, folderProblems, hasFiles, type CheckedGlobOptions } from './checked-glob.ts';
import { strictDeep } from '../lib/content-rules/strict-schema.ts';
import { reportSchema } from '../schemas/report.ts';
import { sectionFields } from '../schemas/section.ts';
import { incidentFields, mentionFields } from '../schemas/incident.ts';
import { topicSchema } from '../schemas/topic.ts';
import { statisticFields, statisticValueFields } from '../schemas/statistic.ts';
import { formatProblem } from '../lib/content-rules/content-problem.ts';

// The checks each file meets as it loads (src/data/checked-glob.ts): its name, its bytes, its
// YAML, its schema and, for sections, its body. Each test takes a file of the smallest valid
// archive (test/fixtures/valid/), breaks one thing, and reads the problems as the build prints
// them, "file:line: field: what is wrong; expected …".

// The collections as src/content.config.ts declares them. Astro's reference() only exists
// inside Astro; it accepts an entry's id as a string, so a string stands in for it here.
const collections = {
  reports: { schema: strictDeep(reportSchema), frontmatterOnly: true },
  sections: { schema: strictDeep(z.object({ report: z.string(), ...sectionFields })), reportText: true },
  incidents: {
    schema: strictDeep(
      z.object({
        ...incidentFields,
        topics: z.array(z.string()).default([]),
        mentions: z.array(z.object({ section: z.string(), ...mentionFields })).min(1, 'every incident needs at least one mention'),
      }),
    ),
  },
  topics: { schema: strictDeep(topicSchema) },
  statistics: {
    schema: strictDeep(
      z.object({ ...statisticFields, values: z.array(z.object({ report: z.string(), section: z.string().optional(), ...statisticValueFields })).min(1) }),
    ),
  },
} satisfies Record<string, Omit<CheckedGlobOptions, 'pattern' | 'base'>>;

const valid = (path: string) => readFileSync(new URL(`../../test/fixtures/valid/${path}`, import.meta.url), 'utf8');

/** The problems of a fixture file, as printed, after replacing `from` with `to` in it (or writing `bytes`). */
function problems(path: string, from?: string | RegExp, to: string | ((match: string) => string) = ''): string[] {
  const collection = path.slice(0, path.indexOf('/')) as keyof typeof collections;
  const text = valid(path);
  const changed = from === undefined ? text : text.replace(from, to as string);
  if (from !== undefined && changed === text) throw new Error(`the change did not apply to ${path}`);
  return checkFileBytes(Buffer.from(changed), `content/${path}`, collections[collection]).map(formatProblem);
}

test('the valid fixture files pass, so the problems below are caused by the changes', () => {
  for (const path of [
    'reports/mini.mdx',
    'sections/mini/part-one.mdx',
    'sections/mini/part-two.mdx',
    'incidents/example-blocked.yaml',
    'topics/example-platform.yaml',
    'statistics/example-share.yaml',
  ]) {
    assert.deepEqual(problems(path), [], path);
  }
});

test('a score above its maximum names the file, the line, the field and the limit', () => {
  assert.deepEqual(problems('reports/mini.mdx', 'score: 14, max: 25', 'score: 26, max: 25'), [
    'content/reports/mini.mdx:20: scores.0.scores.1.score: A score 26 exceeds its maximum 25',
  ]);
});

test('a date written in words is refused with the expected form', () => {
  assert.deepEqual(problems('reports/mini.mdx', 'start: "2014-06"', 'start: "June 2014"'), [
    'content/reports/mini.mdx:12: coverage.start: is "June 2014"; expected a date as YYYY, YYYY-MM or YYYY-MM-DD, optionally prefixed with ~ for "approximate"',
    'content/reports/mini.mdx:12: coverage.start: is "June 2014"; expected a calendar date that exists',
  ]);
});

test('a note marked missing that has text is refused', () => {
  assert.deepEqual(problems('sections/mini/part-one.mdx', '{ n: 2, status: missing }', '{ n: 2, status: missing, text: "invented" }'), [
    'content/sections/mini/part-one.mdx:8: notes.1.text: note 2 is marked missing, so it must not have text',
  ]);
});

test('an unknown incident category is refused with the list of categories', () => {
  const [problem, ...rest] = problems('incidents/example-blocked.yaml', 'categories: [blocking]', 'categories: [censorship]');
  assert.match(
    problem!,
    /^content\/incidents\/example-blocked\.yaml:3: categories\.0: is "censorship"; expected one of "shutdown-or-disruption"\|.*"blocking"/,
  );
  assert.deepEqual(rest, []);
});

test('a disagreement flag that lists one mention is refused', () => {
  const disagreement = 'disagreement: { about: account, text: "Only one account is listed here, which is not a disagreement.", mentions: [1] }';
  assert.deepEqual(
    problems('incidents/example-blocked.yaml', /^summary: .*$/m, (line) => `${line}\n${disagreement}`),
    ['content/incidents/example-blocked.yaml:9: disagreement.mentions: a disagreement needs the positions of at least two mentions whose accounts differ'],
  );
});

test('a statistic value without a kind is refused, naming the field and the kinds', () => {
  const [problem, ...rest] = problems('statistics/example-share.yaml', 'kind: official-claim, ', '');
  assert.match(problem!, /^content\/statistics\/example-share\.yaml:6: values\.0\.kind: is missing; expected one of "measured"\|/);
  assert.deepEqual(rest, []);
});

test('a misspelt field is named, with "did you mean", instead of being dropped', () => {
  const section = problems(
    'sections/mini/part-one.mdx',
    'level: 1',
    'level: 1\nnotesStatment: "Why the notes are missing."\nindicatr: { code: A1, question: "q", max: 6, score: 3 }',
  );
  assert.equal(section.length, 2, section.join('\n'));
  assert.match(
    section[0]!,
    /^content\/sections\/mini\/part-one\.mdx:6: notesStatment: unknown field; did you mean "notesStatement"\? expected one of "report", "order"/,
  );
  assert.match(section[1]!, /^content\/sections\/mini\/part-one\.mdx:7: indicatr: unknown field; did you mean "indicator"\? expected one of/);
  const incident = problems('incidents/example-blocked.yaml', 'summary:', 'sumary:');
  assert.equal(incident.length, 2, incident.join('\n'));
  assert.equal(incident[0], 'content/incidents/example-blocked.yaml:1: summary: is missing; expected string');
  assert.match(incident[1]!, /^content\/incidents\/example-blocked\.yaml:8: sumary: unknown field; did you mean "summary"\? expected one of/);
});

test('"titel" for "title" names titel, suggests title, and says title is missing, without markup', () => {
  const found = problems('sections/mini/part-one.mdx', 'title: "Part One"', 'titel: "Part One"');
  assert.equal(found.length, 2, found.join('\n'));
  assert.equal(found[0], 'content/sections/mini/part-one.mdx:2: title: is missing; expected string');
  assert.match(found[1]!, /^content\/sections\/mini\/part-one\.mdx:4: titel: unknown field; did you mean "title"\?/);
  assert.doesNotMatch(found.join('\n'), /\*\*/);
});

test('a section with an empty body fails', () => {
  assert.deepEqual(problems('sections/mini/part-two.mdx', /---\n\n[\s\S]*$/, '---\n\n'), [
    "content/sections/mini/part-two.mdx:8: body: is empty; expected the section's report text, one Markdown paragraph per paragraph",
  ]);
});

test('a paragraph of 1 MB fails with its length and the limit', () => {
  assert.deepEqual(problems('sections/mini/part-two.mdx', /---\n\n/, `---\n\n${'word '.repeat(200_000)}\n\n`), [
    'content/sections/mini/part-two.mdx:9: body: paragraph is 999,999 characters long; expected at most 5,000 (a paragraph this long is almost always paragraphs run together by the extraction)',
  ]);
});

test('raw HTML, a script, an event handler and a javascript: link in a body fail, naming the line', () => {
  const found = problems(
    'sections/mini/part-two.mdx',
    /---\n\n/,
    '---\n\n<script>alert(1)</script>\n\nText <img src=x onerror=alert(1)> here.\n\nA [link](javascript:alert(1)) and [another](data:text/html,x).\n\n',
  ).map((p) => p.split(';')[0]);
  assert.deepEqual(found, [
    'content/sections/mini/part-two.mdx:9: body: raw HTML or JSX "<script" is not allowed',
    'content/sections/mini/part-two.mdx:9: body: raw HTML or JSX "</script" is not allowed',
    'content/sections/mini/part-two.mdx:11: body: raw HTML or JSX "<img" is not allowed',
    'content/sections/mini/part-two.mdx:13: body: link target "javascript:alert(1" is not allowed',
    'content/sections/mini/part-two.mdx:13: body: link target "data:text/html,x" is not allowed',
  ]);
});

test('JSX, expressions and import/export in a body fail', () => {
  const found = problems('sections/mini/part-two.mdx', /---\n\n/, '---\n\nimport X from "./x.js"\n\nexport const y = 1\n\n<X />\n\nA sum {1 + 1}.\n\n').map(
    (p) => p.split(';')[0],
  );
  assert.deepEqual(found, [
    'content/sections/mini/part-two.mdx:9: body: "import X from "./x.js"" is an ES module statement',
    'content/sections/mini/part-two.mdx:11: body: "export const y = 1" is an ES module statement',
    'content/sections/mini/part-two.mdx:13: body: raw HTML or JSX "<X" is not allowed',
    'content/sections/mini/part-two.mdx:15: body: "{" at column 7 starts or ends an MDX expression',
    'content/sections/mini/part-two.mdx:15: body: "}" at column 13 starts or ends an MDX expression',
  ]);
});

test('a report file with a body fails: MDX would run it, and the text belongs in sections', () => {
  const found = problems('reports/mini.mdx', /---\n$/, '---\n\nexport const x = 1\n');
  assert.deepEqual(found, [
    "content/reports/mini.mdx:31: body: is not empty; expected frontmatter only (the report's text goes in content/sections/<report>/)",
  ]);
});

test('bytes that are not UTF-8 are named by byte offset', () => {
  const bytes = Buffer.concat([
    Buffer.from('name: "Example '),
    Buffer.from([0xff, 0xfe]),
    Buffer.from('"\nkind: platform\ndescription: "A fixture platform."\n'),
  ]);
  assert.deepEqual(checkFileBytes(bytes, 'content/topics/example-platform.yaml', collections.topics).map(formatProblem), [
    'content/topics/example-platform.yaml:1: encoding: byte 0xff at byte offset 15 is not valid UTF-8; expected a file saved as UTF-8',
  ]);
});

test('an empty file, YAML that does not parse, and a file that is not fields are named', () => {
  const check = (text: string) => checkFileBytes(Buffer.from(text), 'content/topics/empty.yaml', collections.topics).map(formatProblem);
  assert.deepEqual(check(''), ['content/topics/empty.yaml:1: (file): is empty; expected the fields of the collection (see src/schemas/)']);
  // (The YAML parser's own words, up to its first line break, then what is expected.)
  assert.match(check('name: "x').join('\n'), /^content\/topics\/empty\.yaml:1: yaml: Missing closing "quote[^\n]*; expected valid YAML$/);
  assert.deepEqual(check('- a list\n'), ['content/topics/empty.yaml:1: (file): is not a set of fields; expected "field: value" lines']);
  assert.deepEqual(checkFileBytes(Buffer.from('no frontmatter\n'), 'content/sections/mini/x.mdx', collections.sections).map(formatProblem), [
    'content/sections/mini/x.mdx:1: frontmatter: none found; expected the file to start with a "---" line, the YAML fields, and another "---" line',
  ]);
});

test('content files with the wrong extension fail instead of being skipped', (t) => {
  const root = mkdtempSync(join(tmpdir(), 'checked-glob-'));
  t.after(() => rmSync(root, { recursive: true, force: true }));
  mkdirSync(join(root, 'content/incidents'), { recursive: true });
  mkdirSync(join(root, 'content/sections/mini'), { recursive: true });
  writeFileSync(join(root, 'content/incidents/example-blocked.yml'), valid('incidents/example-blocked.yaml'));
  writeFileSync(join(root, 'content/sections/mini/part-two.md'), valid('sections/mini/part-two.mdx'));
  writeFileSync(join(root, 'content/sections/mini/part-one.mdx'), valid('sections/mini/part-one.mdx'));
  assert.deepEqual(folderProblems(root, { pattern: '*.yaml', base: 'content/incidents', ...collections.incidents }).map(formatProblem), [
    'content/incidents/example-blocked.yml: file name: "example-blocked.yml" does not match "*.yaml", so it would be ignored; expected a *.yaml file in content/incidents/',
  ]);
  assert.deepEqual(folderProblems(root, { pattern: '*/*.mdx', base: 'content/sections', ...collections.sections }).map(formatProblem), [
    'content/sections/mini/part-two.md: file name: "mini/part-two.md" does not match "*/*.mdx", so it would be ignored; expected a *.mdx file in content/sections/',
  ]);
});

test('hasFiles: a missing or empty folder, or one without a matching file, has none (an optional collection is then empty, quietly)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'checked-glob-'));
  try {
    assert.equal(hasFiles(join(dir, 'moves'), '*.yaml'), false, 'missing folder');
    mkdirSync(join(dir, 'moves'));
    assert.equal(hasFiles(join(dir, 'moves'), '*.yaml'), false, 'empty folder');
    writeFileSync(join(dir, 'moves', '.gitkeep'), '');
    writeFileSync(join(dir, 'moves', 'notes.txt'), '');
    assert.equal(hasFiles(join(dir, 'moves'), '*.yaml'), false, 'hidden and non-matching files');
    writeFileSync(join(dir, 'moves', 'old-slug.yaml'), 'from: incidents/a/\n');
    assert.equal(hasFiles(join(dir, 'moves'), '*.yaml'), true);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
