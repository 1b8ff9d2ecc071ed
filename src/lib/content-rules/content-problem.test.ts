import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bodyPart, closestName, ContentError, editDistance, formatProblem, invalidUtf8Offset, lineOfField, unknownFieldMessage } from './content-problem.ts';

test('a problem reads file:line: field: message', () => {
  assert.equal(
    formatProblem({ file: 'a.yaml', line: 3, field: 'title', message: 'is missing; expected a string' }),
    'a.yaml:3: title: is missing; expected a string',
  );
  assert.equal(formatProblem({ file: 'a.yaml', field: 'file name', message: 'x' }), 'a.yaml: file name: x');
});

test('a content error lists each problem once, by file and line, without a stack trace', () => {
  const error = new ContentError([
    { file: 'b.yaml', line: 2, field: 'x', message: 'm' },
    { file: 'a.yaml', line: 9, field: 'y', message: 'n' },
    { file: 'b.yaml', line: 2, field: 'x', message: 'm' },
  ]);
  assert.equal(error.message.split('\n').slice(1).join('\n'), 'a.yaml:9: y: n\nb.yaml:2: x: m');
  assert.equal(error.stack, '');
});

test('"did you mean" finds a near miss and stays quiet for a stranger', () => {
  assert.equal(editDistance('titel', 'title'), 2);
  assert.equal(closestName('notesStatment', ['notes', 'notesStatement']), 'notesStatement');
  assert.equal(closestName('sumary', ['summary', 'title']), 'summary');
  assert.equal(closestName('colour', ['title', 'date']), undefined);
  assert.match(unknownFieldMessage('indicatr', ['title', 'indicator']), /^unknown field; did you mean "indicator"\? expected one of "title", "indicator"$/);
});

test('the first byte that is not UTF-8 is found', () => {
  assert.equal(invalidUtf8Offset(Buffer.from('plain ascii, “quotes” and ё')), undefined);
  assert.equal(invalidUtf8Offset(Buffer.from([0x61, 0x62, 0xff])), 2);
  assert.equal(invalidUtf8Offset(Buffer.from([0x61, 0xe2, 0x80])), 1); // cut-off sequence
  assert.equal(invalidUtf8Offset(Buffer.from([0xc0, 0x80])), 0); // overlong
  assert.equal(invalidUtf8Offset(Buffer.from([0xed, 0xa0, 0x80])), 0); // surrogate
});

test('a field is found on its line, in YAML and in frontmatter', () => {
  const yaml = 'title: "x"\nvalues:\n  - { report: a, paragraph: p1 }\n  - report: b\n    paragraph: p2\n';
  assert.equal(lineOfField(yaml, 'a.yaml', ['title']), 1);
  assert.equal(lineOfField(yaml, 'a.yaml', ['values', 0, 'paragraph']), 3);
  assert.equal(lineOfField(yaml, 'a.yaml', ['values', 1, 'paragraph']), 5);
  assert.equal(lineOfField(yaml, 'a.yaml', [], 'values'), 2);
  const mdx = '---\nreport: "x"\norder: 0\n---\n\nText.\n';
  assert.equal(lineOfField(mdx, 'a.mdx', ['order']), 3);
  assert.deepEqual(bodyPart(mdx), { body: '\nText.\n', firstLine: 5 });
});
