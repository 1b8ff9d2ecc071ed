/**
 * Geometry for the build-time SVG charts: plain numbers in, coordinates out, so the chart
 * components stay thin and the numbers can be tested. Years without data are not invented:
 * a line between two points more than a year apart is drawn dashed.
 */
export interface ChartPoint {
  x: number;
  y: number;
}

export interface ChartSeriesInput {
  key: string;
  label: string;
  points: ChartPoint[];
}

export interface ChartOptions {
  width: number;
  height: number;
  padding: { top: number; right: number; bottom: number; left: number };
  xDomain: [number, number];
  yDomain: [number, number];
  yTicks: number[];
  xTicks: number[];
}

export interface PlottedPoint extends ChartPoint {
  cx: number;
  cy: number;
}

export interface PlottedSeries {
  key: string;
  label: string;
  points: PlottedPoint[];
  segments: { d: string; dashed: boolean }[];
}

export interface Chart {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  xTicks: { value: number; position: number }[];
  yTicks: { value: number; position: number }[];
  series: PlottedSeries[];
}

const round = (n: number) => Math.round(n * 10) / 10;

export function lineChart(series: readonly ChartSeriesInput[], options: ChartOptions): Chart {
  const { width, height, padding, xDomain, yDomain } = options;
  const plot = { left: padding.left, top: padding.top, right: width - padding.right, bottom: height - padding.bottom };
  const xSpan = xDomain[1] - xDomain[0] || 1;
  const ySpan = yDomain[1] - yDomain[0] || 1;
  const sx = (x: number) => round(plot.left + ((x - xDomain[0]) / xSpan) * (plot.right - plot.left));
  const sy = (y: number) => round(plot.bottom - ((y - yDomain[0]) / ySpan) * (plot.bottom - plot.top));
  return {
    width,
    height,
    plot,
    xTicks: options.xTicks.map((value) => ({ value, position: sx(value) })),
    yTicks: options.yTicks.map((value) => ({ value, position: sy(value) })),
    series: series.map((s) => {
      const points = [...s.points].sort((a, b) => a.x - b.x).map((p) => ({ ...p, cx: sx(p.x), cy: sy(p.y) }));
      const segments = points.slice(1).map((p, i) => {
        const previous = points[i]!;
        return { d: `M${previous.cx},${previous.cy}L${p.cx},${p.cy}`, dashed: p.x - previous.x > 1 };
      });
      return { key: s.key, label: s.label, points, segments };
    }),
  };
}

/** Evenly spaced round ticks from 0 to at least `max`. */
export function niceTicks(max: number, count = 4): number[] {
  if (max <= 0) return [0];
  const raw = max / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw)!;
  return Array.from({ length: Math.ceil(max / step) + 1 }, (_, i) => round(i * step));
}
