import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkQuotation, searchTerms, type Load, type Postings } from './check.ts';
import { buildWordIndex, lookup, shardOf } from './word-index.ts';

/** A distinct word for each number. */
const name = (i: number) => (String.fromCharCode(97 + (i % 26)) + String.fromCharCode(104 + Math.floor(i / 26))).repeat(3);

const corpus = [
  { key: 'a#p1', text: 'In July 2014, the government blocked access to LiveJournal for several weeks.' },
  { key: 'a#p2', text: 'The government said that the blocking of websites was lawful.' },
  { key: 'b#note-3', text: 'Казахтелеком, annual report, 2014, http://www.telecom.kz/report/2014.html.' },
  ...Array.from({ length: 70 }, (_, i) => ({ key: `c#p${i}`, text: `The government spoke about the ${name(i)} region.` })),
];

/** The corpus through the real word index, counting what is loaded. */
function fake() {
  const { shardCount, shards } = buildWordIndex(corpus);
  const shardsRead = new Set<number>();
  const loaded: string[] = [];
  const postings: Postings = async (key) => {
    shardsRead.add(shardOf(key, shardCount));
    return lookup(shards[shardOf(key, shardCount)]!, key);
  };
  const load: Load = async (key) => {
    loaded.push(key);
    return { id: key, text: corpus.find((c) => c.key === key)!.text };
  };
  return { postings, load, loaded, shardsRead };
}

test('search terms: distinct, not common, longest first', () => {
  assert.deepEqual(searchTerms(['the', 'government', 'blocked', 'access', 'to', 'LiveJournal']), ['LiveJournal', 'government', 'blocked', 'access']);
  assert.deepEqual(searchTerms(['In', 'July', '2014', 'about', 'it', 'July']), ['July', '2014']);
});

test('an exact sentence is found, comparing only the passages that hold its words', async () => {
  const f = fake();
  const outcome = await checkQuotation('the government blocked access to LiveJournal', f.postings, f.load);
  assert.equal(outcome.verdict?.found, true);
  assert.equal(outcome.verdict?.candidate.id, 'a#p1');
  assert.ok(f.loaded.length <= 8 && f.loaded[0] === 'a#p1', `loaded ${f.loaded.join(', ')}`);
});

test('a quotation with a changed word is placed by its other words, and the change is found', async () => {
  const f = fake();
  const outcome = await checkQuotation('the government blocked access to Facebook for several weeks', f.postings, f.load);
  assert.equal(outcome.verdict?.found, false);
  assert.equal(outcome.verdict?.candidate.id, 'a#p1');
  assert.deepEqual(outcome.absent, ['Facebook']);
});

test('the rare word decides among many passages holding a common one', async () => {
  const f = fake();
  const outcome = await checkQuotation(`The government spoke about the ${name(57)} region.`, f.postings, f.load, { candidates: 3 });
  assert.equal(outcome.verdict?.found, true);
  assert.equal(outcome.verdict?.candidate.id, 'c#p57');
  assert.deepEqual(outcome.common, ['government', 'region', 'spoke']);
  assert.ok(f.loaded.length <= 3);
});

test('a Cyrillic name is found, and a note with its URL in full', async () => {
  const f = fake();
  assert.equal((await checkQuotation('Казахтелеком, annual report', f.postings, f.load)).verdict?.candidate.id, 'b#note-3');
  assert.equal((await checkQuotation('annual report, 2014, http://www.telecom.kz/report/2014.html', f.postings, f.load)).verdict?.found, true);
});

test('a sentence from no passage: no verdict when no passage holds its words, the nearest when one does', async () => {
  const f = fake();
  const none = await checkQuotation('Zebras graze quietly on steppes, constructor', f.postings, f.load);
  assert.equal(none.verdict, undefined);
  assert.deepEqual(none.absent.sort(), ['Zebras', 'constructor', 'graze', 'quietly', 'steppes'].sort());
  const near = await checkQuotation('The blocking of zebras was lawful in winter', f.postings, f.load);
  assert.equal(near.verdict?.candidate.id, 'a#p2');
  assert.equal(near.verdict?.found, false);
});

test('a quotation without words is not looked up', async () => {
  const f = fake();
  const outcome = await checkQuotation(' … ', f.postings, f.load);
  assert.equal(outcome.verdict, undefined);
  assert.equal(f.shardsRead.size, 0);
});
