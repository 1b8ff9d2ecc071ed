import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkReportText } from './section-body.ts';

const messages = (body: string) => checkReportText(body, 10).map((p) => `${p.line}: ${p.message.split(';')[0]}`);

test('report text passes: paragraphs, lists, quotes, markers, http(s) links, escaped braces', () => {
  assert.deepEqual(messages('A paragraph.[^1]\n\n- an item\n- another\n\n> quoted\n\nSee [a site](https://example.org) and \\{this\\}.'), []);
});

test('an empty body fails', () => {
  assert.deepEqual(messages('\n  \n'), ['10: is empty']);
});

test('HTML, JSX, expressions, ESM, images and other link targets fail on their line', () => {
  assert.deepEqual(messages('<script>alert(1)</script>'), ['10: raw HTML or JSX "<script" is not allowed', '10: raw HTML or JSX "</script" is not allowed']);
  assert.deepEqual(messages('ok\n\nText <img src=x onerror=alert(1)>'), ['12: raw HTML or JSX "<img" is not allowed']);
  assert.deepEqual(messages('<!-- hidden -->'), ['10: raw HTML or JSX "<!--" is not allowed']);
  assert.deepEqual(messages('A {1 + 1}'), ['10: "{" at column 3 starts or ends an MDX expression', '10: "}" at column 9 starts or ends an MDX expression']);
  assert.deepEqual(messages('import X from "x"'), ['10: "import X from "x"" is an ES module statement']);
  assert.deepEqual(messages('[x](javascript:alert(1))'), ['10: link target "javascript:alert(1" is not allowed']);
  assert.deepEqual(messages('[x](/relative)'), ['10: link target "/relative" is not allowed']);
  assert.deepEqual(messages('[x]: data:text/html,x'), ['10: link target "data:text/html,x" is not allowed']);
  assert.deepEqual(messages('![a](https://example.org/a.png)'), ['10: an image "![a](…" is not allowed']);
});

test('a paragraph over 5,000 characters fails with its length', () => {
  assert.deepEqual(messages(`short\n\n${'x'.repeat(5001)}`), ['12: paragraph is 5,001 characters long']);
  assert.deepEqual(messages('x'.repeat(5000)), []);
});
