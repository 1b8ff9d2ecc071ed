import { test } from 'node:test';
import assert from 'node:assert/strict';
import { missingRunsOf } from './check.ts';
import { words, type SourceBlock } from './source-reading.ts';

const block = (text: string, line = 1): SourceBlock => ({ lines: [line, line], text, tabular: false });
const source = [block('one two three four five six', 1), block('seven eight', 2)];

test('every run of a source block found in a published text: nothing missing', () => {
  assert.deepEqual(missingRunsOf(source, ['One, two three four five six. Seven eight!'], words, 4, 1), []);
});

test('a changed word is the first run that misses, one per block', () => {
  assert.deepEqual(missingRunsOf(source, ['one two three four fife six seven eight'], words, 4, 1), ['L1–1: “two three four five”']);
});

test('a run is found only within one published text, never across two', () => {
  assert.deepEqual(missingRunsOf(source, ['one two three', 'four five six seven eight'], words, 4, 1), ['L1–1: “one two three four”']);
});

test('a block shorter than a run must appear whole, on token boundaries', () => {
  assert.deepEqual(missingRunsOf(source, ['one two three four five six', 'seventeen eight'], words, 4, 1), ['L2–2: “seven eight”']);
  assert.deepEqual(missingRunsOf(source, ['one two three four five six', 'and seven eight'], words, 4, 1), []);
});

test('a block shorter than the minimum is not checked', () => {
  assert.deepEqual(missingRunsOf(source, ['one two three four five six'], words, 4, 3), []);
});
