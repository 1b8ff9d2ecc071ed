import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { SearchState } from '../../lib/search/query.ts';
import { KIND } from '../../lib/search/kinds.ts';
import { fakePagefind, type FakeRecord } from './fake-pagefind.ts';
import { filterCounts } from './filter-counts.ts';

const record = (id: string, report: string, kind: string, text = 'bloggers detained'): FakeRecord => ({
  id,
  text,
  score: 1,
  filters: { report: [report], year: [report.slice(-4)], kind: [kind] },
});
const records = [
  record('a', 'FOTN 2013', KIND.text),
  record('f', 'FOTN 2013', KIND.note),
  record('b', 'FOTN 2015', KIND.text),
  record('c', 'FOTN 2015', KIND.note),
  record('d', 'FOTN 2020', KIND.note),
  record('e', 'FOTN 2020', KIND.text, 'an unrelated passage'),
];
const years = [2013, 2015, 2020];
const state: SearchState = { q: 'detained', filters: { report: ['FOTN 2015'], kind: [KIND.note], category: [], topic: [], theme: [] }, from: 2014 };

test("each filter's values are counted as if that filter were not set, with the other filters kept", async () => {
  const counts = await filterCounts(fakePagefind(records), state, years);
  // Notes from 2014 on, by report: any other report may be added to the one chosen (not the 2013 note, out of range).
  assert.deepEqual(counts.report, { 'FOTN 2015': 1, 'FOTN 2020': 1 });
  // The 2015 report from 2014 on, by kind.
  assert.deepEqual(counts.kind, { [KIND.text]: 1, [KIND.note]: 1 });
});

test('years are counted as if no range were set, with the other filters kept', async () => {
  const counts = await filterCounts(fakePagefind(records), { ...state, filters: { ...state.filters, report: [], kind: [KIND.text] } }, years);
  assert.deepEqual(counts.year, { '2013': 1, '2015': 1 });
  assert.deepEqual(counts.report, { 'FOTN 2015': 1 });
});

test('only the query is counted, and a filter no result has is counted as empty', async () => {
  const counts = await filterCounts(fakePagefind(records), { ...state, q: 'nothing holds this' }, years);
  assert.deepEqual(counts, { report: {}, kind: {}, category: {}, topic: {}, theme: {}, year: {} });
});
