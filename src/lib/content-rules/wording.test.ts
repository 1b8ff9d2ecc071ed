import { test } from 'node:test';
import assert from 'node:assert/strict';
import { capitalise, listJoin, missingYearRuns, numberWord, yearRange } from './wording.ts';

test('counts are words up to twelve, then digits', () => {
  assert.equal(numberWord(5), 'five');
  assert.equal(numberWord(6), 'six');
  assert.equal(numberWord(13), '13');
  assert.equal(capitalise(numberWord(1)), 'One');
});

test('lists read as prose', () => {
  assert.equal(listJoin([]), '');
  assert.equal(listJoin(['a']), 'a');
  assert.equal(listJoin(['a', 'b']), 'a and b');
  assert.equal(listJoin(['a', 'b', 'c']), 'a, b and c');
});

test('a range of years', () => {
  assert.equal(yearRange([2013, 2007, 2020]), '2007–2020');
  assert.equal(yearRange([2015]), '2015');
});

test('missingYearRuns names each gap between the first and last year, a run as a range', () => {
  assert.deepEqual(missingYearRuns([2012, 2013, 2015, 2019, 2020]), ['2014', '2016–2018']);
  assert.deepEqual(missingYearRuns([2013, 2014]), []);
  assert.deepEqual(missingYearRuns([2020]), []);
});
