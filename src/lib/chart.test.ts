import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lineChart, niceTicks, spreadLabels, xTickAngle, yearsWithData } from './chart.ts';

const options = {
  width: 200, height: 120, padding: { top: 10, right: 10, bottom: 10, left: 10 },
  xDomain: [2012, 2020] as [number, number], yDomain: [0, 100] as [number, number], yTicks: [0, 50, 100], xTicks: [2012, 2020],
};

test('points land where their values say, with y growing upwards', () => {
  const chart = lineChart([{ key: 't', label: 'Total', points: [{ x: 2020, y: 32 }, { x: 2012, y: 42 }] }], options);
  const [first, last] = chart.series[0]!.points;
  assert.deepEqual([first!.x, first!.y, first!.cx, first!.cy], [2012, 42, 10, 68]);
  assert.deepEqual([last!.x, last!.y, last!.cx, last!.cy], [2020, 32, 190, 78]);
  assert.deepEqual(chart.yTicks.map((t) => t.position), [110, 60, 10]);
});

test('a line across missing years is dashed; one between consecutive years is solid', () => {
  const chart = lineChart([{ key: 't', label: 'T', points: [{ x: 2012, y: 42 }, { x: 2013, y: 41 }, { x: 2015, y: 39 }] }], options);
  assert.deepEqual(chart.series[0]!.segments.map((s) => s.dashed), [false, true]);
});

test('ticks are round numbers covering the maximum', () => {
  assert.deepEqual(niceTicks(100), [0, 25, 50, 75, 100]);
  assert.deepEqual(niceTicks(84.2), [0, 25, 50, 75, 100]);
  assert.deepEqual(niceTicks(7), [0, 2, 4, 6, 8]);
});

test('a series of fewer than three points is shown as labelled values, not as a line', () => {
  const chart = lineChart(
    [
      { key: 'two', label: 'Two', points: [{ x: 2013, y: 40 }, { x: 2015, y: 60 }] },
      { key: 'three', label: 'Three', points: [{ x: 2012, y: 1 }, { x: 2013, y: 2 }, { x: 2014, y: 3 }] },
    ],
    options,
  );
  const [two, three] = chart.series;
  assert.equal(two!.mode, 'values');
  assert.deepEqual(two!.segments, []);
  assert.deepEqual(two!.valueLabels.map((l) => l.text), ['40', '60']);
  assert.equal(three!.mode, 'line');
  assert.equal(three!.segments.length, 2);
  assert.deepEqual(three!.valueLabels, []);
});

test('each line is named at its end, and names that would collide are moved apart', () => {
  const chart = lineChart(
    [
      { key: 'a', label: 'A. Obstacles to Access', endLabel: 'A', points: [{ x: 2012, y: 40 }, { x: 2013, y: 41 }, { x: 2020, y: 40 }] },
      { key: 'b', label: 'B. Limits on Content', endLabel: 'B', points: [{ x: 2012, y: 40 }, { x: 2013, y: 41 }, { x: 2020, y: 41 }] },
    ],
    { ...options, width: 400, height: 300, fontSize: 12, labelEnds: true },
  );
  const [a, b] = chart.series.map((s) => s.endLabel!);
  assert.deepEqual([a!.text, b!.text], ['A', 'B']);
  assert.ok(a!.x > chart.series[0]!.points.at(-1)!.cx, 'the name sits to the right of the last point');
  assert.ok(Math.abs(a!.y - b!.y) >= 12 * 1.15 - 0.1, `names ${a!.y} and ${b!.y} overlap`);
  assert.ok(a!.x + 12 * 0.62 <= chart.width, 'room is made on the right for the names');
});

test('labels are spread apart in order, within bounds', () => {
  assert.deepEqual(spreadLabels([50, 52, 200], 10, 0, 300), [50, 60, 200]);
  assert.deepEqual(spreadLabels([52, 50], 10, 0, 300), [60, 50]);
  assert.deepEqual(spreadLabels([295, 298], 10, 0, 300), [290, 300]);
});

test('every year with data is on the axis, and crowded years are turned to fit', () => {
  assert.deepEqual(yearsWithData([{ points: [{ x: 2014.5, y: 1 }, { x: 2000, y: 2 }] }, { points: [{ x: 2014, y: 3 }] }]), [2000, 2014]);
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
