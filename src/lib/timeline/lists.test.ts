import { test } from 'node:test';
import assert from 'node:assert/strict';
import { incidentLists, listPath, pageYears, type ListedIncident } from './lists.ts';

const incident = (id: string, date: string, categories: string[] = ['blocking'], reports: string[] = ['fotn-2015']): ListedIncident => ({
  id,
  date,
  categories,
  reports,
});

const ids = (groups: { items: { id: string }[] }[]) => groups.map((g) => g.items.map((i) => i.id));

test('one list per year, years and incidents in timeline order (a year-only date before the dates inside it)', () => {
  const lists = incidentLists([incident('c', '2015-03-02'), incident('a', '2014'), incident('b', '2015'), incident('d', '2015-03')], 'year');
  assert.deepEqual([...lists.keys()], ['2014', '2015']);
  const [page] = lists.get('2015')!;
  assert.deepEqual(ids(page!.groups), [['b', 'd', 'c']]);
  assert.equal(page!.total, 3);
  assert.equal(page!.pageCount, 1);
});

test('an incident stands in the list of each of its categories and reports', () => {
  const all = [incident('a', '2014', ['blocking', 'surveillance'], ['fotn-2015', 'fotn-2020']), incident('b', '2016', ['blocking'], ['fotn-2020'])];
  const categories = incidentLists(all, 'category');
  assert.deepEqual(ids(categories.get('blocking')![0]!.groups), [['a'], ['b']]);
  assert.deepEqual(ids(categories.get('surveillance')![0]!.groups), [['a']]);
  const reports = incidentLists(all, 'report');
  assert.deepEqual(ids(reports.get('fotn-2020')![0]!.groups), [['a'], ['b']]);
  assert.deepEqual(ids(reports.get('fotn-2015')![0]!.groups), [['a']]);
});

test('a report named twice by one incident lists it once', () => {
  const lists = incidentLists([incident('a', '2014', ['blocking'], ['fotn-2015', 'fotn-2015'])], 'report');
  assert.equal(lists.get('fotn-2015')![0]!.total, 1);
});

test('a long list runs over pages of a fixed size, a year split by a page break marked continued', () => {
  const all = [incident('a', '2013'), incident('b', '2014'), incident('c', '2014-02'), incident('d', '2014-03'), incident('e', '2015')];
  const pages = incidentLists(all, 'category', 2).get('blocking')!;
  assert.deepEqual(
    pages.map((p) => p.number),
    [1, 2, 3],
  );
  assert.ok(pages.every((p) => p.pageCount === 3 && p.total === 5));
  assert.deepEqual(
    pages.map((p) => ids(p.groups)),
    [[['a'], ['b']], [['c', 'd']], [['e']]],
  );
  assert.deepEqual(
    pages.map((p) => p.groups.map((g) => g.continued)),
    [[false, false], [true], [false]],
  );
  assert.deepEqual(
    pages.map((p) => pageYears(p)),
    ['2013–2014', '2014', '2015'],
  );
});

test('no incidents give no lists, and a page size below one is refused', () => {
  assert.equal(incidentLists([], 'year').size, 0);
  assert.throws(() => incidentLists([incident('a', '2014')], 'year', 0), RangeError);
});

test("a list's first page is its own path; later pages are under page/", () => {
  assert.equal(listPath('year', '2015'), 'incidents/year/2015/');
  assert.equal(listPath('category', 'blocking', 2), 'incidents/category/blocking/page/2/');
});
