import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCsv, toCsv } from './csv.ts';

test('fields with commas, quotes and line breaks are quoted, and read back the same', () => {
  const rows = [
    { a: 'plain', b: 'with, comma', c: 'say "hi"\nthen go' },
    { a: 2, b: ['x', 'y'], c: undefined },
  ];
  const csv = toCsv(['a', 'b', 'c'], rows);
  assert.equal(csv, 'a,b,c\r\nplain,"with, comma","say ""hi""\nthen go"\r\n2,x; y,\r\n');
  assert.deepEqual(parseCsv(csv), [
    { a: 'plain', b: 'with, comma', c: 'say "hi"\nthen go' },
    { a: '2', b: 'x; y', c: '' },
  ]);
});

test('booleans and numbers are written as text', () => {
  assert.equal(toCsv(['d', 'n'], [{ d: false, n: 0 }]), 'd,n\r\nfalse,0\r\n');
});
