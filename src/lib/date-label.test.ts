import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { dateLabelText } from './date-label.ts';
import { parsePartialDate } from './partial-date.ts';

test('a single date states its precision once', () => {
  assert.equal(dateLabelText('2012'), '2012 (year only)');
  assert.equal(dateLabelText('2014-04-23'), '23 April 2014 (exact day)');
  assert.equal(dateLabelText('~2007'), 'c. 2007 (approximate, year only)');
});

test('a range with equally precise ends states the precision once, for both', () => {
  assert.equal(dateLabelText('2011', '2012'), '2011 – 2012 (years only)');
  assert.equal(dateLabelText('2014-03', '2014-05'), 'March 2014 – May 2014 (months only)');
  assert.equal(dateLabelText('2019-06-09', '2019-06-12'), '9 June 2019 – 12 June 2019 (exact days)');
});

test('a range whose ends differ in precision states each end’s own precision', () => {
  assert.equal(dateLabelText('2014', '2014-07'), '2014 (year only) – July 2014 (month only)');
  assert.equal(dateLabelText('~2007', '2008'), 'c. 2007 (approximate, year only) – 2008 (year only)');
});

test('without precision the label is the dates alone', () => {
  assert.equal(dateLabelText('2014', '2014-07', false), '2014 – July 2014');
});

/** The precision words a label may use for a date of this precision. */
const words = (value: string) => {
  const d = parsePartialDate(value);
  const word = { day: 'exact day', month: 'month only', year: 'year only' }[d.precision];
  return (d.approximate ? 'approximate, ' : '') + word;
};

test('no incident’s date label contradicts the precision of either end', () => {
  const dir = join(process.env.ARCHIVE_CONTENT_DIR ?? 'content', 'incidents');
  const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
  assert.ok(files.length > 0, 'no incidents found');
  let ranges = 0;
  for (const file of files) {
    const { date, endDate } = parse(readFileSync(join(dir, file), 'utf8')) as { date: string; endDate?: string };
    const label = dateLabelText(String(date), endDate === undefined ? undefined : String(endDate));
    const stated = [...label.matchAll(/\(([^()]+)\)/g)].map((m) => m[1]!);
    if (endDate === undefined) {
      assert.deepEqual(stated, [words(String(date))], `${file}: "${label}"`);
      continue;
    }
    ranges++;
    const [a, b] = [words(String(date)), words(String(endDate))];
    if (a === b) {
      // One statement for both ends, in the plural: "years only" covers 2011 and 2012.
      const plural = a.replace('exact day', 'exact days').replace('month only', 'months only').replace('year only', 'years only');
      assert.deepEqual(stated, [plural], `${file}: "${label}"`);
    } else {
      // Each end carries its own precision, directly after its own words.
      assert.deepEqual(stated, [a, b], `${file}: "${label}"`);
      const [left, right] = label.split(' – ');
      assert.ok(left!.endsWith(`(${a})`) && right!.endsWith(`(${b})`), `${file}: "${label}"`);
    }
  }
  assert.ok(ranges > 0, 'no incident has a date range, so the range rule was never exercised');
});
