import { test } from 'node:test';
import assert from 'node:assert/strict';
import { disagreementProblems, numbersIn, unflaggedDateDisagreement, unsupportedSummaryNumbers } from './incident-rules.ts';

const mention = (over: Partial<{ report: string; section: string; paragraph: string; quote: string; date: string }> = {}) => ({
  report: 'fotn-2015',
  section: 'fotn-2015/limits-on-content',
  paragraph: 'p1',
  quote: 'In May 2015, 80 criminal cases were opened.',
  ...over,
});

test('numbersIn reads digits, grouped thousands, decimals and number words', () => {
  assert.deepEqual(numbersIn('80 cases, 1,000 sites, 5.1 Mbps, eighty people, twice'), ['80', '1000', '5.1', '80', '2']);
});

test('a summary number that a quote prints, in digits or words, is supported', () => {
  const problems = unsupportedSummaryNumbers({ summary: 'Eighty criminal cases were opened.', date: '2015-05', mentions: [mention()] });
  assert.deepEqual(problems, []);
});

test('a summary number that no quote or date gives is rejected, naming the number', () => {
  const problems = unsupportedSummaryNumbers({ summary: 'Ninety criminal cases were opened in 2016.', date: '2015-05', mentions: [mention()] });
  assert.equal(problems.length, 2);
  assert.match(problems[0]!, /^summary: states the number 90/);
  assert.match(problems[1]!, /number 2016/);
});

test('the incident date supports its own year, month and day', () => {
  assert.deepEqual(unsupportedSummaryNumbers({ summary: 'Blocked on 12 May 2015.', date: '2015-05-12', mentions: [mention({ quote: 'The site was blocked.' })] }), []);
});

test('a note the quoted passage cites supports its numbers; a note it does not cite does not', () => {
  const cited = mention({ quote: 'The operator doubled the speed in July 2015.' });
  const summary = 'The speed doubled; the article the report cites is dated July 1, 2014.';
  assert.deepEqual(unsupportedSummaryNumbers({ summary, date: '2015-07', mentions: [{ ...cited, noteTexts: ['“Speed increases,” Kapital, July 1, 2014.'] }] }), []);
  assert.equal(unsupportedSummaryNumbers({ summary, date: '2015-07', mentions: [cited] }).length, 2);
});

test('a report named by its year is not a number about the event, only when that report mentions it', () => {
  const base = { date: '2015-05', mentions: [mention({ quote: 'The site was blocked.' })] };
  assert.deepEqual(unsupportedSummaryNumbers({ ...base, summary: 'Freedom on the Net 2020 says the site was blocked.', reportYears: [2020] }), []);
  assert.equal(unsupportedSummaryNumbers({ ...base, summary: 'The 2013 report says the site was blocked.', reportYears: [2020] }).length, 1);
});

test('a disagreement needs two mentions that exist', () => {
  assert.match(disagreementProblems({ about: 'figure', mentions: [1] }, [mention(), mention()])[0]!, /at least two mentions/);
  assert.match(disagreementProblems({ about: 'figure', mentions: [1, 3] }, [mention(), mention()])[0]!, /3 is not a mention/);
});

test('a disagreement between two quotes of the same passage is rejected', () => {
  const problems = disagreementProblems({ about: 'figure', mentions: [1, 2] }, [mention(), mention({ quote: 'Another part of it.' })]);
  assert.match(problems[0]!, /same passage/);
});

test('a date disagreement whose dates are compatible is rejected', () => {
  const accounts = [mention({ date: '2004' }), mention({ report: 'fotn-2013', section: 'fotn-2013/x', date: '2004-05' })];
  assert.match(disagreementProblems({ about: 'date', mentions: [1, 2] }, accounts)[0]!, /compatible dates/);
});

test('a date disagreement with conflicting dates from two reports passes', () => {
  const accounts = [mention({ date: '2015-05-12' }), mention({ report: 'fotn-2020', section: 'fotn-2020/b1', date: '2018' })];
  assert.deepEqual(disagreementProblems({ about: 'date', mentions: [1, 2] }, accounts), []);
});

test('conflicting mention dates must be flagged or explained', () => {
  const accounts = [mention({ date: '2011-12' }), mention({ report: 'fotn-2020', section: 'fotn-2020/a3', date: '2012' })];
  assert.match(unflaggedDateDisagreement({}, accounts)[0]!, /^mentions: give dates that cannot all be true/);
  assert.deepEqual(unflaggedDateDisagreement({ compatible: 'Adopted in December 2011, in force in 2012.' }, accounts), []);
});
