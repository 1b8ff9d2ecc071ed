import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normaliseCharacters, normaliseText } from './normalise.ts';

test('curly and typographic quotes become straight ones', () => {
  assert.equal(normaliseText('“Don’t,” he said, ‘quote’ „low‟ «guillemets»'), `"Don't," he said, 'quote' "low" "guillemets"`);
});

test('en and em dashes, the minus sign and hyphen variants become "-"', () => {
  assert.equal(normaliseText('2014–2015 — a fall of −3 ‐ non‑breaking'), '2014-2015 - a fall of -3 - non-breaking');
});

test('every run of white space, line breaks and no-break spaces included, becomes one space, trimmed', () => {
  assert.equal(normaliseText('  one\u00a0two\n\nthree\t four  '), 'one two three four');
});

test('text is put in Unicode NFC: a decomposed letter equals its composed form', () => {
  assert.equal(normaliseText('Ә\u0301 cafe\u0301'), 'Ә\u0301 café'.normalize('NFC'));
  assert.equal(normaliseText('cafe\u0301'), 'caf\u00e9');
});

test('nothing else changes: case, other punctuation, ellipses', () => {
  assert.equal(normaliseText('The KNB… said [sic]; (yes)!'), 'The KNB… said [sic]; (yes)!');
});

test('the character normalisation keeps length for quotes and dashes, and spacing as it is', () => {
  assert.equal(normaliseCharacters(' a – “b” '), ' a - "b" ');
});
