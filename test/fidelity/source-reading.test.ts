import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readSource, words, wordsAndPunctuation, type SourceReading } from './source-reading.ts';

const base: SourceReading = { report: 'x', file: 'x.txt', wrapped: true, furniture: [], repairs: [] };

test('wrapped lines join, soft hyphens go and listed real hyphens stay', () => {
  const raw = 'The govern-\nment is state-\ncontrolled.\n\nNext para';
  assert.deepEqual(readSource(raw, { ...base, keepLineEndHyphens: [2] }), [
    { lines: [1, 3], text: 'The government is state-controlled.', tabular: false },
    { lines: [5, 5], text: 'Next para', tabular: false },
  ]);
});

test('furniture lines are left out and unwrapped text keeps one block per line', () => {
  const raw = 'One.\nTwo.\n3\nFour.';
  assert.deepEqual(
    readSource(raw, { ...base, wrapped: false, furniture: [{ lines: [3, 3], reason: 'page number' }] }).map((b) => b.text),
    ['One.', 'Two.', 'Four.'],
  );
});

test('a repair that does not match its line is an error, not a silent pass', () => {
  assert.throws(() => readSource('abc', { ...base, repairs: [{ line: 1, from: 'xyz', to: 'q', reason: 'r' }] }), /repair expects "xyz"/);
});

test('markers given as a pattern are taken out before comparing', () => {
  assert.deepEqual(readSource('Text.[12] More', { ...base, markerPattern: /\[\d+\]/g }), [{ lines: [1, 1], text: 'Text. More', tabular: false }]);
});

test('words ignore case, punctuation and short numbers that may be note markers', () => {
  assert.deepEqual(words('In 2015, the ISP’s share was 70 percent.¹'), ['in', '2015', 'the', 'isp', 's', 'share', 'was', 'percent']);
});

test('the punctuation reading keeps quotes and stops, so straight and curly quotes differ', () => {
  assert.notDeepEqual(wordsAndPunctuation('the "state"'), wordsAndPunctuation('the “state”'));
  assert.deepEqual(wordsAndPunctuation('*Daily Mail*'), ['daily', 'mail']);
});

test('a tabular range becomes blocks of its own, flagged for a word-by-word check', () => {
  const blocks = readSource('Intro text\nTotal 58 59\nStatus FREE\nBody', { ...base, tabular: [{ lines: [2, 3], reason: 'score table' }] });
  assert.deepEqual(
    blocks.map((b) => [b.text, b.tabular]),
    [
      ['Intro text', false],
      ['Total 58 59 Status FREE', true],
      ['Body', false],
    ],
  );
});

test('bullet glyphs and list dashes at a line start are layout; a dash inside a line is text', () => {
  const blocks = readSource('• One\n- Two - three\n\uF0B7 Four', { ...base, wrapped: false });
  assert.deepEqual(
    blocks.map((b) => b.text),
    ['One', 'Two - three', 'Four'],
  );
});

test('printed note numbers in the note list are shown as the note number, not as text', () => {
  const blocks = readSource('Body 1. item\n\n 1. See X.\n 2. Ibid.', { ...base, wrapped: false, noteList: { lines: [3, 4], numberPattern: /^\s*\d+\.\s/ } });
  assert.deepEqual(
    blocks.map((b) => b.text),
    ['Body 1. item', 'See X.', 'Ibid.'],
  );
});
