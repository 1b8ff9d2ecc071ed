import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareDates, formatPartialDate, parsePartialDate, precisionLabel, waybackTimestamp } from './partial-date.ts';

test('each precision is parsed from the shape of the string', () => {
  assert.deepEqual(parsePartialDate('2014-04-23'), { year: 2014, month: 4, day: 23, precision: 'day', approximate: false });
  assert.deepEqual(parsePartialDate('2015-02'), { year: 2015, month: 2, precision: 'month', approximate: false });
  assert.deepEqual(parsePartialDate('2012'), { year: 2012, precision: 'year', approximate: false });
  assert.deepEqual(parsePartialDate('~2007'), { year: 2007, precision: 'year', approximate: true });
});

test('malformed and impossible dates are rejected', () => {
  assert.throws(() => parsePartialDate('2015-2'), /not a partial date/);
  assert.throws(() => parsePartialDate('May 2015'), /not a partial date/);
  assert.throws(() => parsePartialDate('2015-13'), /not a partial date/);
  assert.throws(() => parsePartialDate('2015-02-30'), /does not exist/);
  assert.doesNotThrow(() => parsePartialDate('2016-02-29'));
});

test('labels never claim more precision than the date has', () => {
  assert.equal(formatPartialDate('2014-04-23'), '23 April 2014');
  assert.equal(formatPartialDate('2015-02'), 'February 2015');
  assert.equal(formatPartialDate('2012'), '2012');
  assert.equal(formatPartialDate('~2007'), 'c. 2007');
});

test('a coarser date sorts before the finer dates inside it', () => {
  const dates = ['2015-03', '2015-02-14', '~2015', '2015', '2014-12-31', '2015-02'];
  assert.deepEqual([...dates].sort(compareDates), ['2014-12-31', '2015', '~2015', '2015-02', '2015-02-14', '2015-03']);
});

test('wayback timestamps have 14 digits: the known ones, then the first moment they can mean', () => {
  assert.equal(waybackTimestamp('2013-07-02'), '20130702000000');
  assert.equal(waybackTimestamp('2015-03'), '20150301000000');
  assert.equal(waybackTimestamp('2015'), '20150101000000');
  assert.equal(waybackTimestamp('~2013'), '20130101000000');
  assert.throws(() => waybackTimestamp('2015-13'));
});

test('the precision label says what the date does not give', () => {
  assert.equal(precisionLabel('2014-04-23'), 'exact day');
  assert.equal(precisionLabel('2015-02'), 'month only');
  assert.equal(precisionLabel('~2007'), 'approximate, year only');
});
