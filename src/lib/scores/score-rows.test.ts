import { test } from 'node:test';
import assert from 'node:assert/strict';
import { oneRowPerYear, scaleChangeYears, scoreRows, sumProblems, type ReportScores } from './score-rows.ts';

const fotn2015: ReportScores = {
  id: 'fotn-2015',
  direction: 'lower-is-freer',
  years: [
    {
      year: 2015,
      scores: [
        { code: 'A', label: 'Obstacles to Access', score: 14, max: 25 },
        { code: 'total', label: 'Total Score', score: 61, max: 100 },
        { code: 'B', label: 'Limits on Content', score: 23, max: 35 },
        { code: 'C', label: 'Violations of User Rights', score: 24, max: 40 },
      ],
    },
  ],
  indicators: [],
};

test('rows follow the open-data contract, with the freedom value on one direction', () => {
  const [total] = scoreRows([fotn2015]);
  assert.deepEqual(total, {
    report: 'fotn-2015',
    year: 2015,
    code: 'total',
    label: 'Total Score',
    score: 61,
    max: 100,
    scale: 'lower-is-freer',
    freedom: 39,
    derived: false,
  });
  assert.deepEqual(
    scoreRows([fotn2015]).map((r) => r.code),
    ['total', 'A', 'B', 'C'],
  );
});

test('indicator rows carry their question and whether they were derived', () => {
  const rows = scoreRows([
    {
      id: 'x',
      direction: 'higher-is-freer',
      years: [],
      indicators: [{ year: 2020, code: 'C3', question: 'Are individuals penalized?', score: 2, max: 6, derived: true }],
    },
  ]);
  assert.deepEqual(rows[0], {
    report: 'x',
    year: 2020,
    code: 'C3',
    label: 'Are individuals penalized?',
    score: 2,
    max: 6,
    scale: 'higher-is-freer',
    freedom: 2,
    derived: true,
  });
});

test('parts that add up raise no problem; parts that do not are named', () => {
  assert.deepEqual(sumProblems(scoreRows([fotn2015])), []);
  const broken = { ...fotn2015, years: [{ ...fotn2015.years[0]!, scores: fotn2015.years[0]!.scores.map((s) => (s.code === 'A' ? { ...s, score: 15 } : s)) }] };
  assert.deepEqual(sumProblems(scoreRows([broken])), ['fotn-2015 2015: categories sum to 62, total is 61']);
});

test('indicators are checked against their category, scores and maxima both', () => {
  const report: ReportScores = {
    id: 'y',
    direction: 'higher-is-freer',
    years: [{ year: 2020, scores: [{ code: 'C', label: 'C', score: 3, max: 10 }] }],
    indicators: [
      { year: 2020, code: 'C1', question: 'q', score: 1, max: 6, derived: false },
      { year: 2020, code: 'C2', question: 'q', score: 1, max: 3, derived: false },
    ],
  };
  assert.deepEqual(sumProblems(scoreRows([report])), [
    'y 2020: C indicators sum to 2, category is 3',
    'y 2020: C indicator maxima sum to 9, category maximum is 10',
  ]);
});

test('the year the scale turned around is the first year printed on the new scale', () => {
  assert.deepEqual(
    scaleChangeYears([
      { year: 2013, scale: 'lower-is-freer' },
      { year: 2012, scale: 'lower-is-freer' },
      { year: 2015, scale: 'lower-is-freer' },
      { year: 2020, scale: 'higher-is-freer' },
      { year: 2019, scale: 'higher-is-freer' },
    ]),
    [2019],
  );
  assert.deepEqual(scaleChangeYears([{ year: 2019, scale: 'higher-is-freer' }]), []);
});

test('a year printed by two reports is shown once, from the report that comes first (newest)', () => {
  const rows = [
    { report: 'fotn-2013', year: 2012, code: 'total' },
    { report: 'fotn-2013', year: 2013, code: 'total' },
    { report: 'fotn-2013-copy', year: 2013, code: 'total' },
    { report: 'fotn-2014', year: 2013, code: 'total' },
    { report: 'fotn-2014', year: 2013, code: 'A' },
  ];
  assert.deepEqual(oneRowPerYear(rows, ['fotn-2014', 'fotn-2013', 'fotn-2013-copy']), [rows[0], rows[3], rows[4]]);
  // Rows without duplicates pass through unchanged.
  assert.deepEqual(oneRowPerYear(rows.slice(0, 2), []), rows.slice(0, 2));
});
