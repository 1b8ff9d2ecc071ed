import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkReviews, lastReview, reviewCountsText, type Review, type ReviewEntry, type ReviewFile } from './reviews.ts';

// A small sample of review records (the real ones are in content/review/).
const reviews: Review[] = [
  { review: 'First full review of every incident', issue: 9, date: '2026-11-23', files: ['incident-review-a-i.yaml'] },
  { review: 'Second full review of every incident', issue: 20, date: '2026-12-04', files: ['incident-review-2-a.yaml', 'incident-review-2-b.yaml'] },
];
const incidents = new Set(['a-blocked-2015', 'b-arrested-2016', 'c-launched-2010']);
const entry = (incident: string, result: ReviewEntry['result']): ReviewEntry => ({
  incident,
  result,
  checked: 'Searched all five reports for the names and dates.',
});
const first: ReviewFile = { entries: [entry('a-blocked-2015', 'corrected'), entry('b-arrested-2016', 'unchanged')] };

test('a review counts only once its files are present: before the second review is merged, the first is the last', () => {
  const { problems, counts } = checkReviews(reviews, new Map([['incident-review-a-i.yaml', first]]), incidents);
  assert.deepEqual(problems, []);
  assert.equal(counts.length, 1);
  assert.deepEqual(lastReview(counts), {
    review: 'First full review of every incident',
    date: '2026-11-23',
    files: ['incident-review-a-i.yaml'],
    checked: 2,
    corrected: 1,
    unchanged: 1,
    added: 0,
  });
});

test('once its files are merged, the second review is the last, with its checked, corrected and added counts', () => {
  const files = new Map<string, ReviewFile>([
    ['incident-review-a-i.yaml', first],
    ['incident-review-2-a.yaml', { entries: [entry('a-blocked-2015', 'unchanged'), entry('c-launched-2010', 'added')] }],
    ['incident-review-2-b.yaml', { entries: [entry('b-arrested-2016', 'corrected')] }],
  ]);
  const { problems, counts } = checkReviews(reviews, files, incidents);
  assert.deepEqual(problems, []);
  const last = lastReview(counts)!;
  assert.equal(last.date, '2026-12-04');
  assert.deepEqual([last.checked, last.corrected, last.unchanged, last.added], [3, 1, 1, 1]);
});

test('an entry for a slug that is not an incident, an incident twice, a bad result or an unknown field fails, at its entry', () => {
  const files = new Map<string, ReviewFile>([
    ['incident-review-a-i.yaml', first],
    ['incident-review-2-a.yaml', { entries: [entry('no-such-incident', 'unchanged'), entry('a-blocked-2015', 'unchanged')] }],
    ['incident-review-2-b.yaml', { entries: [entry('a-blocked-2015', 'corrected')] }],
  ]);
  const { problems } = checkReviews(reviews, files, incidents);
  assert.deepEqual(
    problems.map((p) => [p.file, p.path.join('.')]),
    [
      ['incident-review-2-a.yaml', '0.incident'],
      ['incident-review-2-b.yaml', '0.incident'],
    ],
  );
  assert.match(problems[0]!.message, /^"no-such-incident" is not an incident; expected the slug of a file in content\/incidents\//);
  assert.match(problems[1]!.message, /a-blocked-2015 is already recorded in this review \(incident-review-2-a\.yaml\)/);

  // A file its schema refuses (src/schemas/review.ts) is reported where the schema points; none of its entries is counted.
  const bad = checkReviews(reviews, new Map([['incident-review-a-i.yaml', { issues: [{ path: [0, 'result'], message: 'Invalid option' }] }]]), incidents);
  assert.deepEqual(
    bad.problems.map((p) => [p.file, p.path.join('.'), p.message]),
    [['incident-review-a-i.yaml', '0.result', 'Invalid option; expected entries { incident, result: corrected | unchanged | added, checked }']],
  );
  assert.equal(bad.counts[0]!.checked, 0);
});

test('a review file that no review names fails; so does a file named by two reviews', () => {
  const stray = checkReviews(reviews, new Map([['incident-review-extra.yaml', first]]), incidents);
  assert.match(stray.problems[0]!.message, /^is not named by any review in content\/review\/reviews\.yaml/);
  const twice = checkReviews([...reviews, { ...reviews[0]!, review: 'Again' }], new Map(), incidents);
  assert.match(twice.problems[0]!.message, /incident-review-a-i\.yaml is already named by review 1/);
});

test('reviewCountsText says how many incidents were checked, corrected, added and left unchanged', () => {
  const counts = { review: 'Second', date: '2026-12-04', files: [], checked: 178, corrected: 20, unchanged: 146, added: 12 };
  assert.equal(reviewCountsText(counts), '178 incidents checked: 20 corrected, 12 added, 146 unchanged.');
  assert.equal(reviewCountsText({ ...counts, checked: 1, corrected: 1, unchanged: 0, added: 0 }), '1 incident checked: 1 corrected, 0 unchanged.');
});
