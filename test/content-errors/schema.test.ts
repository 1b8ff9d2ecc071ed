import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildFixture } from './build-fixture.ts';

// Bad files and frontmatter stop the build with "file:line: field: what is wrong; expected …".
// (`astro sync` runs the same loader checks and schema validation as the build, faster.)

const sync = (change: Parameters<typeof buildFixture>[0]) => buildFixture(change, 'sync');

test('the valid fixture passes, so the failures below are caused by the changes', () => {
  const result = buildFixture(undefined, 'sync');
  assert.ok(result.ok, result.output);
});

test('a score above its maximum names the file, the line, the field and the limit', () => {
  const result = sync({ file: 'reports/mini.mdx', from: 'score: 14, max: 25', to: 'score: 26, max: 25' });
  assert.equal(result.ok, false);
  assert.match(result.output, /fixture\/reports\/mini\.mdx:20: scores\.0\.scores\.1\.score: A score 26 exceeds its maximum 25/);
});

test('a date written in words is refused with the expected form', () => {
  const result = sync({ file: 'reports/mini.mdx', from: 'start: "2014-06"', to: 'start: "June 2014"' });
  assert.equal(result.ok, false);
  assert.match(result.output, /fixture\/reports\/mini\.mdx:12: coverage\.start: is "June 2014"; expected a date as YYYY, YYYY-MM or YYYY-MM-DD/);
});

test('a note marked missing that has text is refused', () => {
  const result = sync({ file: 'sections/mini/part-one.mdx', from: '{ n: 2, status: missing }', to: '{ n: 2, status: missing, text: "invented" }' });
  assert.equal(result.ok, false);
  assert.match(result.output, /fixture\/sections\/mini\/part-one\.mdx:8: notes\.1\.text: note 2 is marked missing, so it must not have text/);
});

test('an unknown incident category is refused with the list of categories', () => {
  const result = sync({ file: 'incidents/example-blocked.yaml', from: 'categories: [blocking]', to: 'categories: [censorship]' });
  assert.equal(result.ok, false);
  assert.match(result.output, /fixture\/incidents\/example-blocked\.yaml:3: categories\.0: is "censorship"; expected one of .*"blocking"/);
});

test('a misspelt field is named, with "did you mean", instead of being dropped', () => {
  const result = sync([
    { file: 'sections/mini/part-one.mdx', from: 'level: 1', to: 'level: 1\nnotesStatment: "Why the notes are missing."\nindicatr: { code: A1, question: "q", max: 6, score: 3 }' },
    { file: 'incidents/example-blocked.yaml', from: 'summary:', to: 'sumary:' },
  ]);
  assert.equal(result.ok, false);
  assert.match(result.output, /fixture\/sections\/mini\/part-one\.mdx:6: notesStatment: unknown field; did you mean "notesStatement"\? expected one of/);
  assert.match(result.output, /fixture\/sections\/mini\/part-one\.mdx:7: indicatr: unknown field; did you mean "indicator"\?/);
  assert.match(result.output, /fixture\/incidents\/example-blocked\.yaml:8: sumary: unknown field; did you mean "summary"\?/);
});

test('"titel" for "title" names titel, suggests title, and says title is missing, without markup', () => {
  const result = sync({ file: 'sections/mini/part-one.mdx', from: 'title: "Part One"', to: 'titel: "Part One"' });
  assert.equal(result.ok, false);
  assert.match(result.output, /fixture\/sections\/mini\/part-one\.mdx:4: titel: unknown field; did you mean "title"\?/);
  assert.match(result.output, /fixture\/sections\/mini\/part-one\.mdx:\d+: title: is missing; expected string/);
  assert.doesNotMatch(result.output, /\*\*/);
});

test('a section with an empty body fails', () => {
  const result = sync({ file: 'sections/mini/part-two.mdx', from: /---\n\n[\s\S]*$/, to: '---\n\n' });
  assert.equal(result.ok, false);
  assert.match(result.output, /fixture\/sections\/mini\/part-two\.mdx:\d+: body: is empty; expected the section's report text/);
});

test('a paragraph of 1 MB fails with its length and the limit', () => {
  const result = sync({ file: 'sections/mini/part-two.mdx', from: /---\n\n/, to: `---\n\n${'word '.repeat(200_000)}\n\n` });
  assert.equal(result.ok, false);
  assert.match(result.output, /fixture\/sections\/mini\/part-two\.mdx:\d+: body: paragraph is 999,999 characters long; expected at most 5,000/);
});

test('raw HTML, a script, an event handler and a javascript: link in a body fail, naming the line', () => {
  const result = sync({
    file: 'sections/mini/part-two.mdx',
    from: /---\n\n/,
    to: '---\n\n<script>alert(1)</script>\n\nText <img src=x onerror=alert(1)> here.\n\nA [link](javascript:alert(1)) and [another](data:text/html,x).\n\n',
  });
  assert.equal(result.ok, false);
  assert.match(result.output, /fixture\/sections\/mini\/part-two\.mdx:9: body: raw HTML or JSX "<script" is not allowed; expected report text only/);
  assert.match(result.output, /fixture\/sections\/mini\/part-two\.mdx:11: body: raw HTML or JSX "<img" is not allowed/);
  assert.match(result.output, /fixture\/sections\/mini\/part-two\.mdx:13: body: link target "javascript:alert\(1" is not allowed; expected an http:\/\/ or https:\/\/ address/);
  assert.match(result.output, /fixture\/sections\/mini\/part-two\.mdx:13: body: link target "data:text\/html,x" is not allowed/);
});

test('a report file with a body fails: MDX would run it, and the text belongs in sections', () => {
  const result = sync({ file: 'reports/mini.mdx', write: `${'---\n'}kind: country-profile\ntitle: "T"\n---\n\nexport const x = 1\n` });
  assert.equal(result.ok, false);
  assert.match(result.output, /fixture\/reports\/mini\.mdx:6: body: is not empty; expected frontmatter only/);
});

test('JSX, expressions and import/export in a body fail', () => {
  const result = sync({ file: 'sections/mini/part-two.mdx', from: /---\n\n/, to: '---\n\nimport X from "./x.js"\n\nexport const y = 1\n\n<X />\n\nA sum {1 + 1}.\n\n' });
  assert.equal(result.ok, false);
  assert.match(result.output, /part-two\.mdx:9: body: "import X from "\.\/x\.js"" is an ES module statement/);
  assert.match(result.output, /part-two\.mdx:11: body: "export const y = 1" is an ES module statement/);
  assert.match(result.output, /part-two\.mdx:13: body: raw HTML or JSX "<X" is not allowed/);
  assert.match(result.output, /part-two\.mdx:15: body: "\{" at column 7 starts or ends an MDX expression/);
});

test('content files with the wrong extension fail instead of being skipped', () => {
  const result = sync([
    { file: 'incidents/example-blocked.yaml', renameTo: 'incidents/example-blocked.yml' },
    { file: 'sections/mini/part-two.mdx', renameTo: 'sections/mini/part-two.md' },
  ]);
  assert.equal(result.ok, false);
  assert.match(result.output, /fixture\/incidents\/example-blocked\.yml: file name: "example-blocked\.yml" does not match "\*\.yaml", so it would be ignored; expected a \*\.yaml file/);
  assert.match(result.output, /fixture\/sections\/mini\/part-two\.md: file name: "mini\/part-two\.md" does not match "\*\/\*\.mdx", so it would be ignored; expected a \*\.mdx file/);
});

test('bytes that are not UTF-8 are named by byte offset', () => {
  const bytes = Buffer.concat([Buffer.from('name: "Example '), Buffer.from([0xff, 0xfe]), Buffer.from('"\nkind: platform\ndescription: "A fixture platform."\n')]);
  const result = sync({ file: 'topics/example-platform.yaml', write: bytes });
  assert.equal(result.ok, false);
  assert.match(result.output, /fixture\/topics\/example-platform\.yaml:1: encoding: byte 0xff at byte offset 15 is not valid UTF-8; expected a file saved as UTF-8/);
  assert.doesNotMatch(result.output, /No such file or directory/);
});

test('an empty topic file is named', () => {
  const result = sync({ file: 'topics/empty.yaml', write: '' });
  assert.equal(result.ok, false);
  assert.match(result.output, /fixture\/topics\/empty\.yaml:1: \(file\): is empty; expected the fields of the collection/);
  assert.doesNotMatch(result.output, /Cannot read properties/);
});
