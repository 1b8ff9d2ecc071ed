import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  disagreementProblems,
  droppedHedges,
  hedgeIn,
  numbersIn,
  unflaggedDateDisagreement,
  unsupportedSummaryNumbers,
  unsupportedTitleNumbers,
} from './incident-rules.ts';

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
  assert.deepEqual(
    unsupportedSummaryNumbers({ summary: 'Blocked on 12 May 2015.', date: '2015-05-12', mentions: [mention({ quote: 'The site was blocked.' })] }),
    [],
  );
});

test('a note the quoted passage cites supports its numbers; a note it does not cite does not', () => {
  const cited = mention({ quote: 'The operator doubled the speed in July 2015.' });
  const summary = 'The speed doubled; the article the report cites is dated July 1, 2014.';
  assert.deepEqual(
    unsupportedSummaryNumbers({ summary, date: '2015-07', mentions: [{ ...cited, noteTexts: ['“Speed increases,” Kapital, July 1, 2014.'] }] }),
    [],
  );
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

// Titles meet the summary's rule (issue 20).

test('a title number that no quote gives is rejected, naming the title', () => {
  const quote = 'In 2011, access to 125 websites was blocked. Courts had banned access to nearly 950 websites in 2011–2012.';
  const problems = unsupportedTitleNumbers({ title: 'Courts ban hundreds of websites', date: '2011', mentions: [mention({ quote })] });
  assert.equal(problems.length, 1);
  assert.match(
    problems[0]!,
    /^title: states the number 100, which no quoted passage, cited note or date of this incident gives; expected every number in the title/,
  );
});

test('a title with a range, "nearly 950", an ordinal or a year from the date passes', () => {
  const quote = 'Courts had banned access to nearly 950 websites in 2011–2012, the 1st such count.';
  for (const title of ['Courts ban nearly 950 websites in 2011–2012', 'The 1st count of banned websites', 'Websites banned in 2013']) {
    assert.deepEqual(unsupportedTitleNumbers({ title, date: '2013', mentions: [mention({ quote })] }), [], title);
  }
  assert.equal(unsupportedTitleNumbers({ title: 'Courts ban 951 websites', date: '2013', mentions: [mention({ quote })] }).length, 1);
});

// Hedges carry over (issue 20).

const hedged = { quote: 'In July 2019, a gay man was reportedly catfished over VK and then tortured.', section: 'fotn-2020/c7', paragraph: 'p4' };

test('hedgeIn finds the hedges of the one list, as whole words, in any case', () => {
  assert.equal(hedgeIn('Reportedly, the problem was present.'), 'Reportedly');
  assert.equal(hedgeIn('It was widely believed to be regime-inspired.'), 'widely believed');
  assert.equal(hedgeIn('According to the lawsuit, emails were stolen.'), 'According to');
  assert.equal(hedgeIn('The authorities may have blocked it.'), 'may have');
  assert.equal(hedgeIn('Mobile networks were disrupted; unreported elsewhere.'), undefined);
});

test('a title and summary that state as fact what the only quote hedges are rejected, naming the field and the hedged words', () => {
  const problems = droppedHedges({
    title: 'Gay man catfished over VK and tortured',
    summary: 'A gay man was lured through VK and tortured.',
    mentions: [hedged],
  });
  assert.equal(problems.length, 2);
  assert.match(
    problems[0]!,
    /^title: states as fact what mention 1 \(fotn-2020\/c7 p4\) hedges: “In July 2019, a gay man was reportedly catfished over VK and then tortured\.”, and no mention states it plainly; expected the title to hedge or attribute it too/,
  );
  assert.match(problems[1]!, /^summary: /);
});

test('a title and summary that hedge or attribute pass', () => {
  assert.deepEqual(
    droppedHedges({
      title: 'Gay man reportedly catfished over VK and tortured',
      summary: 'The report says a gay man was lured through VK.',
      mentions: [hedged],
    }),
    [],
  );
  assert.deepEqual(
    droppedHedges({ title: 'Users complained of trouble reaching Facebook', summary: 'Users claim it was tortured, allegedly.', mentions: [hedged] }),
    [],
  );
});

test('another mention that states the event plainly (no hedge word) lifts the rule', () => {
  const plain = { quote: 'In July 2019, a gay man was catfished over VK and tortured.' };
  assert.deepEqual(
    droppedHedges({ title: 'Gay man catfished over VK and tortured', summary: 'A gay man was lured and tortured.', mentions: [hedged, plain] }),
    [],
  );
});

test('`plainly` must be words of a quote with no hedge, and only where a quote hedges', () => {
  const quote = 'In December 2014, the bank provided a credit to Altel. The government cites the alleged lack of frequencies.';
  const base = { title: 'State loan for Altel', summary: 'The bank lent Altel money.', mentions: [{ quote }] };
  assert.equal(droppedHedges(base).length, 2);
  assert.deepEqual(droppedHedges({ ...base, plainly: 'In December 2014, the bank provided a credit to Altel.' }), []);
  assert.match(droppedHedges({ ...base, plainly: 'In December 2014, the bank lent Altel a credit.' })[0]!, /^plainly: is not word for word in any quote/);
  assert.match(droppedHedges({ ...base, plainly: 'The government cites the alleged lack of frequencies.' })[0]!, /^plainly: holds the hedge “alleged”/);
  assert.match(
    droppedHedges({
      ...base,
      mentions: [{ quote: 'In December 2014, the bank provided a credit to Altel.' }],
      plainly: 'In December 2014, the bank provided a credit to Altel.',
    })[0]!,
    /^plainly: is given, but no quote hedges/,
  );
});
