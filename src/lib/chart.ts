/**
 * Geometry for the build-time SVG charts: plain numbers in, coordinates out, so the chart
 * components stay thin and the numbers can be tested. Years without data are not invented:
 * a line between two points more than a year apart is drawn as a thin dotted "gap" segment,
 * and the legend says so. A series with fewer than three points is not a trend: it is drawn
 * as labelled values, with no line. Each line is named at its end, every year with data is
 * labelled on the axis (turned aslant or upright when the years sit too close for level text),
 * and a vertical rule can mark an event on the x axis, such as the 2019 scale reversal.
 */
export interface ChartPoint {
  x: number;
  y: number;
}

export interface ChartSeriesInput {
  key: string;
  label: string;
  /** A shorter name printed at the end of the line; the legend carries the full label. */
  endLabel?: string | undefined;
  points: ChartPoint[];
}

export interface ChartMarkerInput {
  /** Where the rule stands on the x axis, e.g. 2018.5 for "between 2018 and 2019". */
  x: number;
  label: string;
}

/** What a line chart shows, and what assistive technology is told about it (LineChart.astro, ChartDrawing.astro). */
export interface LineChartContent {
  id: string;
  title: string;
  description: string;
  series: ChartSeriesInput[];
  xDomain: [number, number];
  yDomain: [number, number];
  yTicks: number[];
  xTicks: number[];
  /** Shown along the y axis; leave out on small charts and give the unit beside the chart instead. */
  yLabel?: string | undefined;
  /** Vertical rules with a label, e.g. the 2019 scale reversal. */
  markers?: ChartMarkerInput[] | undefined;
}

export interface ChartOptions {
  width: number;
  height: number;
  padding: { top: number; right: number; bottom: number; left: number };
  xDomain: [number, number];
  yDomain: [number, number];
  yTicks: number[];
  xTicks: number[];
  /** Text size in the drawing's own units; with it the chart makes room for its labels. */
  fontSize?: number;
  /** Name each series at its last point (needs fontSize). */
  labelEnds?: boolean;
  markers?: ChartMarkerInput[];
}

export interface PlottedPoint extends ChartPoint {
  cx: number;
  cy: number;
}

export interface PlacedLabel {
  x: number;
  y: number;
  text: string;
}

export interface PlottedSeries {
  key: string;
  label: string;
  /** "line" joins the points; "values" (under three points) shows each point with its value. */
  mode: 'line' | 'values';
  points: PlottedPoint[];
  segments: { d: string; dashed: boolean }[];
  /** The series' name beside its last point, moved up or down so names never overlap. */
  endLabel?: PlacedLabel;
  /** In "values" mode, each point's value beside it. */
  valueLabels: PlacedLabel[];
}

export interface Chart {
  width: number;
  height: number;
  fontSize: number;
  plot: { left: number; top: number; right: number; bottom: number };
  xTicks: { value: number; position: number }[];
  /** 0 for level year labels, -45 or -90 where the years sit too close together for level text. */
  xTickAngle: 0 | -45 | -90;
  yTicks: { value: number; position: number }[];
  markers: { position: number; label: string }[];
  series: PlottedSeries[];
}

/** Fewer points than this make no trend, so they are shown as values. */
export const MIN_POINTS_FOR_LINE = 3;
/** Rough width of a character of the chart's sans-serif text, as a share of its size. */
const CHAR_WIDTH = 0.62;

const round = (n: number) => Math.round(n * 10) / 10;

/** The angle at which year labels (four digits) fit between ticks `spacing` apart. */
export function xTickAngle(positions: readonly number[], fontSize: number): 0 | -45 | -90 {
  const gaps = positions.slice(1).map((p, i) => p - positions[i]!);
  const spacing = gaps.length ? Math.min(...gaps) : Infinity;
  if (spacing >= 4 * CHAR_WIDTH * fontSize + fontSize * 0.5) return 0;
  if (spacing >= fontSize * 1.5) return -45;
  return -90;
}

/**
 * Moves labels (given by their wanted y) apart so each is at least `gap` from the next,
 * keeping their order and staying within [top, bottom] where there is room. Returns the
 * new positions in the input order.
 */
export function spreadLabels(wanted: readonly number[], gap: number, top: number, bottom: number): number[] {
  const order = wanted.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y || a.i - b.i);
  const placed = order.map((o) => o.y);
  for (let k = 0; k < placed.length; k++) {
    placed[k] = Math.max(placed[k]!, k === 0 ? top : placed[k - 1]! + gap);
  }
  // Pushed past the bottom: shift the run back up, still keeping the gaps.
  for (let k = placed.length - 1; k >= 0; k--) {
    const limit = k === placed.length - 1 ? bottom : placed[k + 1]! - gap;
    if (placed[k]! > limit) placed[k] = limit;
  }
  const result = new Array<number>(wanted.length);
  order.forEach((o, k) => (result[o.i] = round(placed[k]!)));
  return result;
}

/** Every whole year in which some point lies, ascending: the axis labels. */
export function yearsWithData(series: readonly { points: readonly ChartPoint[] }[]): number[] {
  return [...new Set(series.flatMap((s) => s.points.map((p) => Math.floor(p.x))))].sort((a, b) => a - b);
}

export function lineChart(series: readonly ChartSeriesInput[], options: ChartOptions): Chart {
  const { width, height, xDomain, yDomain } = options;
  const fontSize = options.fontSize ?? 12;
  const padding = { ...options.padding };
  const endName = (s: ChartSeriesInput) => s.endLabel ?? s.label;
  if (options.labelEnds && options.fontSize) {
    const longest = Math.max(0, ...series.map((s) => endName(s).length));
    padding.right = Math.max(padding.right, Math.ceil(longest * CHAR_WIDTH * fontSize + 10));
  }
  if (options.fontSize && options.markers?.length) padding.top = Math.max(padding.top, Math.ceil(fontSize * 1.6));
  const plotLeft = padding.left;
  const plotRight = width - padding.right;
  const xSpan = xDomain[1] - xDomain[0] || 1;
  const sx = (x: number) => round(plotLeft + ((x - xDomain[0]) / xSpan) * (plotRight - plotLeft));
  const xTicks = options.xTicks.map((value) => ({ value, position: sx(value) }));
  const angle = options.fontSize ? xTickAngle(xTicks.map((t) => t.position), fontSize) : 0;
  if (options.fontSize) {
    const labelLength = 4 * CHAR_WIDTH * fontSize;
    const drop = angle === 0 ? fontSize : angle === -45 ? labelLength * Math.SQRT1_2 + fontSize * 0.5 : labelLength;
    padding.bottom = Math.max(padding.bottom, Math.ceil(drop + fontSize * 0.8 + 8));
  }
  const plot = { left: plotLeft, top: padding.top, right: plotRight, bottom: height - padding.bottom };
  const ySpan = yDomain[1] - yDomain[0] || 1;
  const sy = (y: number) => round(plot.bottom - ((y - yDomain[0]) / ySpan) * (plot.bottom - plot.top));

  const plotted = series.map((s) => {
    const points = [...s.points].sort((a, b) => a.x - b.x).map((p) => ({ ...p, cx: sx(p.x), cy: sy(p.y) }));
    const mode: PlottedSeries['mode'] = points.length >= MIN_POINTS_FOR_LINE ? 'line' : 'values';
    const segments =
      mode === 'line'
        ? points.slice(1).map((p, i) => {
            const previous = points[i]!;
            return { d: `M${previous.cx},${previous.cy}L${p.cx},${p.cy}`, dashed: p.x - previous.x > 1 };
          })
        : [];
    const valueLabels = mode === 'values' ? points.map((p) => ({ x: p.cx, y: round(p.cy - fontSize * 0.7), text: String(p.y) })) : [];
    return { key: s.key, label: s.label, mode, points, segments, valueLabels, name: endName(s) };
  });

  let series_: PlottedSeries[] = plotted.map(({ name: _name, ...s }) => s);
  if (options.labelEnds) {
    const ends = plotted.map((s) => s.points.at(-1));
    // Baseline y of each name, centred on its point, then spread apart so none overlap.
    const wanted = ends.map((p) => (p ? p.cy + fontSize * 0.35 : 0));
    const spread = spreadLabels(wanted, fontSize * 1.15, plot.top + fontSize * 0.35, plot.bottom + fontSize * 0.35);
    series_ = series_.map((s, i) => {
      const end = ends[i];
      return end ? { ...s, endLabel: { x: round(end.cx + 8), y: spread[i]!, text: plotted[i]!.name } } : s;
    });
  }
  return {
    width,
    height,
    fontSize,
    plot,
    xTicks,
    xTickAngle: angle,
    yTicks: options.yTicks.map((value) => ({ value, position: sy(value) })),
    markers: (options.markers ?? []).map((m) => ({ position: sx(m.x), label: m.label })),
    series: series_,
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

export type MarkerShape = 'circle' | 'square' | 'diamond' | 'triangle' | 'ring';
/** One point shape per series, so series differ by shape as well as colour (WCAG 1.4.1). */
export const MARKER_SHAPES: readonly MarkerShape[] = ['circle', 'square', 'diamond', 'triangle', 'ring'];

/** SVG path data for a point marker of radius r centred on (cx, cy). */
export function markerPath(shape: MarkerShape, cx: number, cy: number, r: number): string {
  const f = (n: number) => round(n);
  switch (shape) {
    case 'square':
      return `M${f(cx - r * 0.85)},${f(cy - r * 0.85)}h${f(r * 1.7)}v${f(r * 1.7)}h${f(-r * 1.7)}Z`;
    case 'diamond':
      return `M${f(cx)},${f(cy - r * 1.2)}L${f(cx + r * 1.2)},${f(cy)}L${f(cx)},${f(cy + r * 1.2)}L${f(cx - r * 1.2)},${f(cy)}Z`;
    case 'triangle':
      return `M${f(cx)},${f(cy - r * 1.2)}L${f(cx + r * 1.1)},${f(cy + r * 0.8)}L${f(cx - r * 1.1)},${f(cy + r * 0.8)}Z`;
    case 'ring':
    case 'circle':
      return `M${f(cx - r)},${f(cy)}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z`;
  }
}
