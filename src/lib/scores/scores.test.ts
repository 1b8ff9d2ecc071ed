import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deriveMissingIndicator, freedomValue } from './scores.ts';

test('a lower-is-freer score is turned around; a higher-is-freer one is kept', () => {
  assert.equal(freedomValue(61, 100, 'lower-is-freer'), 39);
  assert.equal(freedomValue(14, 25, 'lower-is-freer'), 11);
  assert.equal(freedomValue(32, 100, 'higher-is-freer'), 32);
});

test('scores outside the scale are refused', () => {
  assert.throws(() => freedomValue(26, 25, 'lower-is-freer'), RangeError);
  assert.throws(() => freedomValue(-1, 25, 'higher-is-freer'), RangeError);
});

test('2020 C3 is 2 of 6: the C total 11 less the seven printed C indicators', () => {
  const printed = [
    { code: 'C1', score: 1 },
    { code: 'C2', score: 0 },
    { code: 'C4', score: 1 },
    { code: 'C5', score: 2 },
    { code: 'C6', score: 2 },
    { code: 'C7', score: 2 },
    { code: 'C8', score: 1 },
  ];
  assert.equal(deriveMissingIndicator(11, printed, 6), 2);
});

test('no derivation when the arithmetic does not fit the scale', () => {
  assert.equal(deriveMissingIndicator(3, [{ code: 'C1', score: 5 }], 6), undefined);
  assert.equal(deriveMissingIndicator(20, [{ code: 'C1', score: 1 }], 6), undefined);
});
