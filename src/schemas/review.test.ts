import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { categoryCuesSchema, categoryReviewSchema, reviewFile, reviewsSchema } from './review.ts';

const read = (name: string) => parse(readFileSync(new URL(`../../content/review/${name}`, import.meta.url), 'utf8'));
const entry = { incident: 'a-blocked-2015', result: 'unchanged', checked: 'Searched all five reports for the names and dates.' };

test('content/review/reviews.yaml fits its schema; a review is dated to the day', () => {
  const parsed = reviewsSchema.safeParse(read('reviews.yaml'));
  assert.ok(parsed.success, parsed.error?.message);
  assert.equal(reviewsSchema.safeParse([{ review: 'First full review', date: '2026-11', files: ['incident-review-a-i.yaml'] }]).success, false);
});

test('a review file with an unknown result or field gives its issues, where the schema points', () => {
  assert.deepEqual(reviewFile([entry]), { entries: [entry] });
  const bad = reviewFile([
    { ...entry, result: 'fixed' },
    { ...entry, note: 'x' },
  ]);
  assert.ok('issues' in bad);
  assert.deepEqual(bad.issues.map((i) => i.path.join('.')).sort(), ['0.result', '1']);
});

test('the category cue table and the review list fit their schemas; an unknown category is refused', () => {
  const table = categoryCuesSchema.safeParse(read('category-cues.yaml'));
  assert.ok(table.success, table.error?.message);
  assert.ok(categoryReviewSchema.safeParse(read('category-review.yaml')).success);
  assert.equal(categoryCuesSchema.safeParse({ ...table.data, protest: { suggest: ['rally'] } }).success, false);
});
