import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  boxesOverlap,
  chartTexts,
  POINT_RADIUS,
  lineChart,
  niceTicks,
  overlappingTexts,
  spreadLabels,
  textBox,
  wrapWords,
  xTickAngle,
  yearsWithData,
} from './chart.ts';

const options = {
  width: 200,
  height: 120,
  padding: { top: 10, right: 10, bottom: 10, left: 10 },
  xDomain: [2012, 2020] as [number, number],
  yDomain: [0, 100] as [number, number],
  yTicks: [0, 50, 100],
  xTicks: [2012, 2020],
};

test('points land where their values say, with y growing upwards', () => {
  const chart = lineChart(
    [
      {
        key: 't',
        label: 'Total',
        points: [
          { x: 2020, y: 32 },
          { x: 2012, y: 42 },
        ],
      },
    ],
    options,
  );
  const [first, last] = chart.series[0]!.points;
  assert.deepEqual([first!.x, first!.y, first!.cx, first!.cy], [2012, 42, 10, 68]);
  assert.deepEqual([last!.x, last!.y, last!.cx, last!.cy], [2020, 32, 190, 78]);
  assert.deepEqual(
    chart.yTicks.map((t) => t.position),
    [110, 60, 10],
  );
});

test('a line across missing years is dashed; one between consecutive years is solid', () => {
  const chart = lineChart(
    [
      {
        key: 't',
        label: 'T',
        points: [
          { x: 2012, y: 42 },
          { x: 2013, y: 41 },
          { x: 2015, y: 39 },
        ],
      },
    ],
    options,
  );
  assert.deepEqual(
    chart.series[0]!.segments.map((s) => s.dashed),
    [false, true],
  );
});

test('ticks are round numbers covering the maximum', () => {
  assert.deepEqual(niceTicks(100), [0, 25, 50, 75, 100]);
  assert.deepEqual(niceTicks(84.2), [0, 25, 50, 75, 100]);
  assert.deepEqual(niceTicks(7), [0, 2, 4, 6, 8]);
});

test('a series of fewer than three points is shown as labelled values, not as a line', () => {
  const chart = lineChart(
    [
      {
        key: 'two',
        label: 'Two',
        points: [
          { x: 2013, y: 40 },
          { x: 2015, y: 60 },
        ],
      },
      {
        key: 'three',
        label: 'Three',
        points: [
          { x: 2012, y: 1 },
          { x: 2013, y: 2 },
          { x: 2014, y: 3 },
        ],
      },
    ],
    options,
  );
  const [two, three] = chart.series;
  assert.equal(two!.mode, 'values');
  assert.deepEqual(two!.segments, []);
  assert.deepEqual(
    two!.valueLabels.map((l) => l.text),
    ['40', '60'],
  );
  assert.equal(three!.mode, 'line');
  assert.equal(three!.segments.length, 2);
  assert.deepEqual(three!.valueLabels, []);
});

test('each line is named at its end, and names that would collide are moved apart', () => {
  const chart = lineChart(
    [
      {
        key: 'a',
        label: 'A. Obstacles to Access',
        endLabel: 'A',
        points: [
          { x: 2012, y: 40 },
          { x: 2013, y: 41 },
          { x: 2020, y: 40 },
        ],
      },
      {
        key: 'b',
        label: 'B. Limits on Content',
        endLabel: 'B',
        points: [
          { x: 2012, y: 40 },
          { x: 2013, y: 41 },
          { x: 2020, y: 41 },
        ],
      },
    ],
    { ...options, width: 400, height: 300, fontSize: 12, labelEnds: true },
  );
  const [a, b] = chart.series.map((s) => s.endLabel!);
  assert.deepEqual([a!.text, b!.text], ['A', 'B']);
  assert.ok(a!.x > chart.series[0]!.points.at(-1)!.cx, 'the name sits to the right of the last point');
  assert.ok(Math.abs(a!.y - b!.y) >= 12 * 1.15 - 0.1, `names ${a!.y} and ${b!.y} overlap`);
  assert.ok(a!.x + 12 * 0.72 <= chart.width, 'room is made on the right for the names');
});

test('labels are spread apart in order, within bounds', () => {
  assert.deepEqual(spreadLabels([50, 52, 200], 10, 0, 300), [50, 60, 200]);
  assert.deepEqual(spreadLabels([52, 50], 10, 0, 300), [60, 50]);
  assert.deepEqual(spreadLabels([295, 298], 10, 0, 300), [290, 300]);
});

test('every year with data is on the axis, and crowded years are turned to fit', () => {
  assert.deepEqual(
    yearsWithData([
      {
        points: [
          { x: 2014.5, y: 1 },
          { x: 2000, y: 2 },
        ],
      },
      { points: [{ x: 2014, y: 3 }] },
    ]),
    [2000, 2014],
  );
  assert.equal(xTickAngle([0, 100, 200], 12), 0);
  assert.equal(xTickAngle([0, 25, 50], 12), -45);
  assert.equal(xTickAngle([0, 10, 20], 12), -90);
  assert.equal(xTickAngle([0], 12), 0);
});

test('a marker stands where its x value says, and the year labels get room below', () => {
  const chart = lineChart([], { ...options, width: 400, height: 300, fontSize: 12, markers: [{ x: 2016, label: 'Scale reversed' }] });
  assert.deepEqual(chart.markers, [{ position: chart.plot.left + (chart.plot.right - chart.plot.left) / 2, label: 'Scale reversed' }]);
  assert.ok(chart.plot.top >= 12 * 1.6, 'room above the plot for the marker label');
  assert.ok(chart.height - chart.plot.bottom >= 12 + 8, 'room below the plot for the years');
});

// A small multiple on /statistics/ (360 × 250, text 13): nine years with data, four of them a
// year or two apart, and four series of which two end at nearly the same value.
const crowded = {
  width: 360,
  height: 250,
  padding: { top: 12, right: 16, bottom: 30, left: 35 },
  xDomain: [2000, 2022] as [number, number],
  yDomain: [0, 100] as [number, number],
  yTicks: [0, 25, 50, 75, 100],
  xTicks: [2000, 2004, 2005, 2007, 2009, 2012, 2014, 2019, 2022],
  fontSize: 13,
  labelEnds: true,
};
const crowdedSeries = [
  {
    key: 'measured',
    label: 'Measured',
    points: [
      { x: 2000, y: 0.7 },
      { x: 2004, y: 2.7 },
      { x: 2007, y: 4.3 },
      { x: 2009, y: 18 },
      { x: 2012, y: 53.3 },
      { x: 2014, y: 54.9 },
    ],
  },
  {
    key: 'estimate',
    label: 'Estimate',
    points: [
      { x: 2005, y: 7 },
      { x: 2012, y: 70 },
      { x: 2012.08, y: 50 },
    ],
  },
  { key: 'plan', label: 'Plan or target, not an outcome', points: [{ x: 2022, y: 82.3 }] },
  {
    key: 'claim',
    label: 'Official claim',
    points: [
      { x: 2012.5, y: 60 },
      { x: 2013, y: 70 },
      { x: 2014, y: 75.3 },
      { x: 2019, y: 84.2 },
    ],
  },
];

test('no two texts of a crowded chart overlap: years a year apart, names and values ending close together', () => {
  const chart = lineChart(crowdedSeries, crowded);
  assert.deepEqual(overlappingTexts(chart), []);
  const texts = chartTexts(chart).map((t) => t.text);
  for (const year of crowded.xTicks) assert.ok(texts.includes(String(year)), `${year} is on the axis`);
  for (const s of crowdedSeries) assert.ok(texts.includes(s.label), `${s.label} is named`);
  assert.ok(texts.includes('82.3'), 'the single plan value is labelled');
  // Every text lies within the drawing.
  for (const { text, box } of chartTexts(chart)) {
    assert.ok(
      box.every((c) => c.x >= 0 && c.x <= chart.width && c.y >= 0 && c.y <= chart.height),
      `${text} is inside the drawing`,
    );
  }
});

test('upright years too close for their height are moved apart, in order, each joined to its own tick', () => {
  const chart = lineChart(crowdedSeries, crowded);
  assert.equal(chart.xTickAngle, -90);
  const xs = chart.xTicks.map((t) => t.x);
  xs.slice(1).forEach((x, i) => assert.ok(x - xs[i]! >= 13 * 1.2, `years ${chart.xTicks[i]!.value} and ${chart.xTicks[i + 1]!.value} are ${x - xs[i]!} apart`));
  assert.ok(
    chart.xTicks.some((t) => t.x !== t.position),
    'some labels stand off their tick (and get a leader)',
  );
  assert.deepEqual(
    chart.xTicks.map((t) => t.position),
    [...chart.xTicks.map((t) => t.position)].sort((a, b) => a - b),
  );
});

test('several series ending at nearly the same value get names that do not overlap each other or the values', () => {
  const names = ['Official claim', 'Plan or target, not an outcome', 'Estimate', 'Measured', 'Another long series name'];
  const series = names.map((label, i) => ({
    key: `s${i}`,
    label,
    points:
      i === 1
        ? [{ x: 2019, y: 82.3 }]
        : [
            { x: 2012, y: 40 + i },
            { x: 2016, y: 60 },
            { x: 2019, y: 82 + i * 0.3 },
          ],
  }));
  for (const [width, height, fontSize] of [
    [360, 250, 13],
    [640, 320, 14],
    [360, 288, 13],
  ] as const) {
    const chart = lineChart(series, { ...crowded, width, height, fontSize, xDomain: [2012, 2019], xTicks: [2012, 2016, 2019] });
    assert.deepEqual(overlappingTexts(chart), [], `${width} × ${height}`);
  }
});

test('a long series name is wrapped at word boundaries, and a word longer than the line keeps its own line', () => {
  assert.deepEqual(wrapWords('Plan or target, not an outcome', 13), ['Plan or', 'target, not', 'an outcome']);
  assert.deepEqual(wrapWords('Total', 13), ['Total']);
  assert.deepEqual(wrapWords('Telecommunications law', 5), ['Telecommunications', 'law']);
});

test('text boxes overlap only where they do, also when turned', () => {
  const a = textBox(['2004'], 100, 100, 'middle', 12);
  assert.ok(boxesOverlap(a, textBox(['2005'], 110, 100, 'middle', 12)));
  assert.ok(!boxesOverlap(a, textBox(['2005'], 140, 100, 'middle', 12)));
  // Two years turned aslant 25 units apart: their upright bounding boxes cross, the texts do not.
  const b = textBox(['2004'], 100, 100, 'end', 12, -45);
  const c = textBox(['2005'], 125, 100, 'end', 12, -45);
  assert.ok(!boxesOverlap(b, c));
  assert.ok(boxesOverlap(b, textBox(['2005'], 105, 100, 'end', 12, -45)));
});

test('a value label moves off the axis labels and off other values when the place above its point is taken', () => {
  const series = [
    {
      key: 'a',
      label: 'Measured',
      points: [
        { x: 2012, y: 99 },
        { x: 2013, y: 98 },
      ],
    },
    { key: 'b', label: 'Estimate', points: [{ x: 2012, y: 97 }] },
  ];
  const chart = lineChart(series, { ...crowded, xDomain: [2012, 2019], xTicks: [2012, 2013] });
  assert.deepEqual(overlappingTexts(chart), []);
  assert.deepEqual(
    chart.series.flatMap((s) => s.valueLabels.map((l) => l.text)),
    ['99', '98', '97'],
  );
});

test('where there is room, no value or name is drawn over a point', () => {
  const chart = lineChart(crowdedSeries, crowded);
  const r = POINT_RADIUS;
  for (const s of chart.series) {
    for (const label of [...s.valueLabels, s.endLabel!]) {
      const box = textBox(label.lines, label.x, label.y, label.anchor, chart.fontSize, 0, true);
      for (const p of chart.series.flatMap((t) => t.points)) {
        const point = [
          { x: p.cx - r, y: p.cy - r },
          { x: p.cx + r, y: p.cy - r },
          { x: p.cx + r, y: p.cy + r },
          { x: p.cx - r, y: p.cy + r },
        ] as const;
        assert.ok(!boxesOverlap(box, [...point] as Parameters<typeof boxesOverlap>[0]), `"${label.text}" covers the point ${p.x}: ${p.y}`);
      }
    }
  }
});

test('a chart with no clear place for a label stops, saying which label, instead of drawing text over text', () => {
  const series = Array.from({ length: 12 }, (_, i) => ({ key: `s${i}`, label: `Series ${i}`, points: [{ x: 2012, y: 50 }] }));
  assert.throws(
    () => lineChart(series, { ...crowded, width: 200, height: 90, xDomain: [2012, 2013], xTicks: [2012] }),
    /no room for the label "(\d+|Series \d+)"/,
  );
});
