import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lineChart, niceTicks } from './chart.ts';

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
