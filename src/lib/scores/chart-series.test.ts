import { test } from 'node:test';
import assert from 'node:assert/strict';
import { datePosition, percentOfMax, reversalMarkers, scoreHistorySeries, statisticChart } from './chart-series.ts';

test('a freedom value is a percentage of its maximum, to one decimal', () => {
  assert.equal(percentOfMax(58, 100), 58);
  assert.equal(percentOfMax(2, 6), 33.3);
  assert.equal(percentOfMax(14, 25), 56);
});

test('the score history has one line per code, in the order given, each point a year and its percentage', () => {
  const rows = [
    { year: 2012, code: 'total', freedom: 42, max: 100 },
    { year: 2012, code: 'A', freedom: 10, max: 25 },
    { year: 2020, code: 'total', freedom: 32, max: 100 },
    { year: 2020, code: 'A', freedom: 12, max: 25 },
  ];
  const series = scoreHistorySeries(rows, [
    { code: 'A', label: 'A. Obstacles to Access', short: 'A. Access' },
    { code: 'total', label: 'Total', short: 'Total' },
  ]);
  assert.deepEqual(series, [
    {
      key: 'A',
      label: 'A. Obstacles to Access',
      endLabel: 'A. Access',
      points: [
        { x: 2012, y: 40 },
        { x: 2020, y: 48 },
      ],
    },
    {
      key: 'total',
      label: 'Total',
      endLabel: 'Total',
      points: [
        { x: 2012, y: 42 },
        { x: 2020, y: 32 },
      ],
    },
  ]);
});

test('a scale reversal is a rule half a year before its first year on the new scale', () => {
  assert.deepEqual(reversalMarkers([2019]), [{ x: 2018.5, label: 'Scale reversed, 2019' }]);
  assert.deepEqual(reversalMarkers([]), []);
});

test('a dated value sits at its year, a month-dated one that many twelfths in', () => {
  assert.equal(datePosition('2013'), 2013);
  assert.equal(datePosition('2013-01'), 2013);
  assert.equal(datePosition('2013-07'), 2013.5);
  assert.equal(datePosition('2013-07-15'), 2013.5);
});

const label = (kind: string) => kind.toUpperCase();

test('a statistic chart sorts its values by date and draws one line per kind, leaving out kinds with no value', () => {
  const chart = statisticChart(
    [
      { date: '2015', value: 54, kind: 'measured' },
      { date: '2013-07', value: 50, kind: 'planned' },
      { date: '2012', value: 40, kind: 'measured' },
    ],
    ['measured', 'claimed', 'planned'],
    label,
  );
  assert.deepEqual(
    chart.values.map((v) => v.date),
    ['2012', '2013-07', '2015'],
  );
  assert.deepEqual(chart.series, [
    {
      key: 'measured',
      label: 'MEASURED',
      endLabel: 'MEASURED',
      points: [
        { x: 2012, y: 40 },
        { x: 2015, y: 54 },
      ],
    },
    { key: 'planned', label: 'PLANNED', endLabel: 'PLANNED', points: [{ x: 2013.5, y: 50 }] },
  ]);
  assert.deepEqual(chart.xDomain, [2012, 2015]);
  assert.deepEqual(chart.yTicks, [0, 20, 40, 60]);
});

test("a statistic chart's axis runs past a month-dated last value to the next whole year, and spans at least a year", () => {
  assert.deepEqual(
    statisticChart(
      [
        { date: '2012', value: 1, kind: 'k' },
        { date: '2014-03', value: 2, kind: 'k' },
      ],
      ['k'],
      label,
    ).xDomain,
    [2012, 2015],
  );
  assert.deepEqual(statisticChart([{ date: '2014', value: 1, kind: 'k' }], ['k'], label).xDomain, [2014, 2015]);
});

test('a month-dated point is placed to two decimals', () => {
  const chart = statisticChart([{ date: '2014-02', value: 1, kind: 'k' }], ['k'], label);
  assert.deepEqual(chart.series[0]!.points, [{ x: 2014.08, y: 1 }]);
});
