import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pageYears, reportPagePath, reportPages } from './report-pages.ts';

const report = (id: string, year: number) => ({ id, year });
const yearOf = (r: { year: number }) => r.year;

test('a short list is one page, grouped by year in the order given', () => {
  const pages = reportPages([report('a', 2020), report('b', 2015), report('c', 2015)], yearOf, 50);
  assert.equal(pages.length, 1);
  assert.deepEqual(
    pages[0]!.groups.map((g) => [g.year, g.items.map((r) => r.id), g.continued]),
    [
      [2020, ['a'], false],
      [2015, ['b', 'c'], false],
    ],
  );
  assert.equal(pageYears(pages[0]!), '2020–2015');
});

test('a long list is split into pages of the given size, every item on exactly one page', () => {
  const items = Array.from({ length: 7 }, (_, i) => report(`r${i}`, i < 5 ? 2020 : 2013));
  const pages = reportPages(items, yearOf, 3);
  assert.deepEqual(
    pages.map((p) => p.number),
    [1, 2, 3],
  );
  assert.deepEqual(
    pages.flatMap((p) => p.groups.flatMap((g) => g.items.map((r) => r.id))),
    items.map((r) => r.id),
  );
  // 2020 runs from page 1 into page 2, where it is marked as continued; 2013 starts on page 2.
  assert.deepEqual(
    pages[1]!.groups.map((g) => [g.year, g.continued]),
    [
      [2020, true],
      [2013, false],
    ],
  );
  assert.deepEqual(
    pages[2]!.groups.map((g) => [g.year, g.continued]),
    [[2013, true]],
  );
  assert.equal(pageYears(pages[0]!), '2020');
  assert.equal(pageYears(pages[1]!), '2020–2013');
});

test('no reports give no pages; a page size below one is refused', () => {
  assert.deepEqual(reportPages([], yearOf), []);
  assert.throws(() => reportPages([report('a', 2020)], yearOf, 0), /perPage is 0/);
});

test('page 1 is /reports/ itself, the others are under /reports/page/', () => {
  assert.equal(reportPagePath(1), 'reports/');
  assert.equal(reportPagePath(2), 'reports/page/2/');
});
