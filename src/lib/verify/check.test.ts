import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkQuotation, searchTerms, type Search } from './check.ts';

/** A distinct word for each number: 17 → "bh" doubled into "bhbhbh". */
const name = (i: number) => (String.fromCharCode(97 + (i % 26)) + String.fromCharCode(97 + Math.floor(i / 26) + 7)).repeat(3);

const corpus = [
  { id: '/a/#p1', text: 'In July 2014, the government blocked access to LiveJournal for several weeks.' },
  { id: '/a/#p2', text: 'The government said that the blocking of websites was lawful.' },
  { id: '/b/#note-3', text: 'Казахтелеком, annual report, 2014.' },
  ...Array.from({ length: 30 }, (_, i) => ({ id: `/c/#p${i}`, text: `The government spoke about the ${name(i)} region.` })),
];

/** A search over the corpus as the index answers: passages holding every word of the query (case-insensitive). */
function fakeSearch(loads: string[]): Search {
  return async (query) => {
    const words = query.toLowerCase().split(' ');
    return corpus
      .filter((c) => words.every((w) => c.text.toLowerCase().split(/[^\p{L}\p{N}]+/u).includes(w)))
      .map((c) => ({ id: c.id, load: async () => (loads.push(c.id), c) }));
  };
}

test('search terms: the rarest-looking words, longest first, no common words or short ones', () => {
  assert.deepEqual(searchTerms(['the', 'government', 'blocked', 'access', 'to', 'LiveJournal']), ['LiveJournal', 'government', 'blocked']);
  assert.deepEqual(searchTerms(['In', 'July', '2014', 'about', 'it']), ['July', '2014']);
  assert.deepEqual(searchTerms(['Казахтелеком', 'annual']), ['Казахтелеком', 'annual']);
});

test('a quotation found word for word needs one lookup', async () => {
  const loads: string[] = [];
  const outcome = await checkQuotation('the government blocked access to LiveJournal', fakeSearch(loads));
  assert.equal(outcome.verdict?.found, true);
  assert.equal(outcome.verdict?.candidate.id, '/a/#p1');
  assert.deepEqual(outcome.queries, ['LiveJournal']);
  assert.deepEqual(loads, ['/a/#p1']);
});

test('a quotation whose rarest word was changed is still placed, by its next rarest word', async () => {
  const outcome = await checkQuotation('the government blocked access to Facebook for several weeks', fakeSearch([]));
  assert.equal(outcome.verdict?.found, false);
  assert.equal(outcome.verdict?.candidate.id, '/a/#p1');
  assert.ok(outcome.queries.length > 1);
});

test('a common word with too many passages is narrowed by the next rarest', async () => {
  const loads: string[] = [];
  const outcome = await checkQuotation(`The government spoke about the ${name(17)} region.`, fakeSearch(loads), { perQuery: 5 });
  assert.equal(outcome.verdict?.found, true);
  assert.equal(outcome.verdict?.candidate.id, '/c/#p17');
  assert.ok(loads.length <= 5, `loaded ${loads.length} passages`);
});

test('a Cyrillic name is found', async () => {
  const outcome = await checkQuotation('Казахтелеком, annual report', fakeSearch([]));
  assert.equal(outcome.verdict?.found, true);
  assert.equal(outcome.verdict?.candidate.id, '/b/#note-3');
});

test('a sentence from no passage: no verdict when nothing holds its words, the nearest when something does', async () => {
  assert.equal((await checkQuotation('Zebras graze quietly on the steppe', fakeSearch([]))).verdict, undefined);
  const near = await checkQuotation('The government said nothing whatsoever', fakeSearch([]));
  assert.equal(near.verdict?.found, false);
  assert.ok(near.verdict!.similarity < 0.75);
});

test('a quotation without words is not looked up', async () => {
  const outcome = await checkQuotation(' … ', fakeSearch([]));
  assert.equal(outcome.verdict, undefined);
  assert.deepEqual(outcome.queries, []);
});
