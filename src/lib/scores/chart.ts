/**
 * Geometry for the build-time SVG charts: plain numbers in, coordinates out, so the chart
 * components stay thin and the numbers can be tested. Years without data are not invented:
 * a line between two points more than a year apart is drawn as a thin dotted "gap" segment,
 * and the legend says so. A series with fewer than three points is not a trend: it is drawn
 * as labelled values, with no line. Each line is named at its end, every year with data is
 * labelled on the axis (turned aslant or upright when the years sit too close for level text,
 * and moved apart sideways with a leader to their tick when even upright years would touch),
 * no text is drawn over other text (`overlappingTexts` checks a layout), and a vertical rule
 * can mark an event on the x axis, such as the 2019 scale reversal.
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
  /** Where the text is anchored; for several lines, the first line's baseline. */
  x: number;
  y: number;
  text: string;
  /** The text as drawn, one entry a line (a long series name is wrapped). */
  lines: string[];
  anchor: 'start' | 'middle' | 'end';
}

export interface PlottedSeries {
  key: string;
  label: string;
  /** "line" joins the points; "values" (under three points) shows each point with its value. */
  mode: 'line' | 'values';
  points: PlottedPoint[];
  segments: { d: string; dashed: boolean }[];
  /** The series' name beside its last point, moved up or down so it overlaps no other text. */
  endLabel?: PlacedLabel;
  /** In "values" mode, each point's value beside it (above, below or to a side, wherever it is clear). */
  valueLabels: PlacedLabel[];
}

/** A year (or other x value) under the axis: `x` is where its text stands, `position` its tick. */
export interface XTickLabel {
  value: number;
  position: number;
  x: number;
  y: number;
}

export interface Chart {
  width: number;
  height: number;
  fontSize: number;
  plot: { left: number; top: number; right: number; bottom: number };
  /**
   * One label per tick. Where even upright labels would touch, they are moved apart
   * sideways and a short leader joins each to its tick (`x` differs from `position`).
   */
  xTicks: XTickLabel[];
  /** 0 for level year labels, -45 or -90 where the years sit too close together for level text. */
  xTickAngle: 0 | -45 | -90;
  yTicks: { value: number; position: number }[];
  markers: { position: number; label: string }[];
  series: PlottedSeries[];
}

/** Fewer points than this make no trend, so they are shown as values. */
export const MIN_POINTS_FOR_LINE = 3;
/**
 * Width of a character of the chart's sans-serif text, as a share of its size: a little more
 * than the widest digits of the fonts it is set in (DejaVu Sans 0.64, Arial 0.56; series names and values are bold), so a
 * label's estimated box is never smaller than the drawn text.
 */
const CHAR_WIDTH = 0.64;
/** The same for the bold (font-weight 600) series names and values: DejaVu Sans Bold's digits are 0.70. */
const BOLD_CHAR_WIDTH = 0.72;
/** A text line's box above and below its baseline, as shares of the text size (ascent and descent). */
const ASCENT = 0.95;
const DESCENT = 0.25;
/** Baseline to baseline in a wrapped series name. */
export const LINE_HEIGHT = 1.15;
/** Room between a tick and its upright label, and the length of a leader when labels are moved apart. */
const TICK_GAP = 6;
/** The radius of a point's marker (ChartDrawing.astro). */
export const POINT_RADIUS = 4.5;

const round = (n: number) => Math.round(n * 10) / 10;

export const textWidth = (text: string, fontSize: number, bold = false) => text.length * (bold ? BOLD_CHAR_WIDTH : CHAR_WIDTH) * fontSize;

/** The angle at which year labels (four digits) fit between ticks `spacing` apart. */
export function xTickAngle(positions: readonly number[], fontSize: number): 0 | -45 | -90 {
  const gaps = positions.slice(1).map((p, i) => p - positions[i]!);
  const spacing = gaps.length ? Math.min(...gaps) : Infinity;
  // Level labels need their width and a space; turned labels need their height, measured across them.
  if (spacing >= textWidth('0000', fontSize) + fontSize * 0.5) return 0;
  if (spacing * Math.SQRT1_2 >= (ASCENT + DESCENT) * fontSize + 2) return -45;
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

/** Breaks a name into lines of at most `maxChars` characters where it can (a longer word keeps its own line). */
export function wrapWords(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= maxChars) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.length ? lines : [text];
}

/** The four corners of the box a text takes, in the drawing's units. */
export type TextBox = [ChartPoint, ChartPoint, ChartPoint, ChartPoint];

/**
 * The box of a text: `lines` set from (x, y), the first line's baseline, with the given anchor,
 * turned by `angle` degrees about (x, y). Turned text is centred on its anchor line (the
 * components draw it with dominant-baseline="central").
 */
export function textBox(lines: readonly string[], x: number, y: number, anchor: PlacedLabel['anchor'], fontSize: number, angle = 0, bold = false): TextBox {
  const width = Math.max(...lines.map((l) => textWidth(l, fontSize, bold)));
  const left = anchor === 'start' ? 0 : anchor === 'middle' ? -width / 2 : -width;
  const top = angle === 0 ? -ASCENT * fontSize : -((ASCENT + DESCENT) / 2) * fontSize;
  const bottom = angle === 0 ? ((lines.length - 1) * LINE_HEIGHT + DESCENT) * fontSize : ((ASCENT + DESCENT) / 2) * fontSize;
  const t = (angle * Math.PI) / 180;
  const [cos, sin] = [Math.cos(t), Math.sin(t)];
  const at = (dx: number, dy: number) => ({ x: x + dx * cos - dy * sin, y: y + dx * sin + dy * cos });
  return [at(left, top), at(left + width, top), at(left + width, bottom), at(left, bottom)];
}

/** Whether two boxes overlap by more than `margin` (separating-axis test, so turned boxes are exact). */
export function boxesOverlap(a: TextBox, b: TextBox, margin = 0): boolean {
  for (const box of [a, b]) {
    for (let i = 0; i < 2; i++) {
      const p = box[i]!,
        q = box[i + 1]!;
      const len = Math.hypot(q.x - p.x, q.y - p.y) || 1;
      const axis = { x: (q.x - p.x) / len, y: (q.y - p.y) / len };
      const project = (c: TextBox) => c.map((v) => v.x * axis.x + v.y * axis.y);
      const pa = project(a),
        pb = project(b);
      if (Math.min(Math.max(...pa), Math.max(...pb)) - Math.max(Math.min(...pa), Math.min(...pb)) <= margin) return false;
    }
  }
  return true;
}

const inside = (box: TextBox, width: number, height: number) => box.every((c) => c.x >= -0.01 && c.x <= width + 0.01 && c.y >= -0.01 && c.y <= height + 0.01);

/** Every text a chart draws, with its box: axis labels, marker labels, value labels and series names. */
export function chartTexts(chart: Chart): { text: string; box: TextBox }[] {
  const fs = chart.fontSize;
  const texts: { text: string; box: TextBox }[] = [];
  for (const t of chart.yTicks)
    texts.push({ text: String(t.value), box: textBox([String(t.value)], chart.plot.left - TICK_GAP, t.position + fs * 0.35, 'end', fs) });
  for (const t of chart.xTicks) {
    const anchor = chart.xTickAngle === 0 ? 'middle' : 'end';
    texts.push({ text: String(t.value), box: textBox([String(t.value)], t.x, t.y, anchor, fs, chart.xTickAngle) });
  }
  for (const m of chart.markers) texts.push({ text: m.label, box: textBox([m.label], m.position - 4, chart.plot.top - fs * 0.5, 'end', fs) });
  for (const s of chart.series) {
    for (const l of [...s.valueLabels, ...(s.endLabel ? [s.endLabel] : [])])
      texts.push({ text: l.text, box: textBox(l.lines, l.x, l.y, l.anchor, fs, 0, true) });
  }
  return texts;
}

/** The pairs of texts in a chart whose boxes overlap (there should be none). */
export function overlappingTexts(chart: Chart): [string, string][] {
  const texts = chartTexts(chart);
  const pairs: [string, string][] = [];
  texts.forEach((a, i) => texts.slice(i + 1).forEach((b) => boxesOverlap(a.box, b.box) && pairs.push([a.text, b.text])));
  return pairs;
}

/**
 * Lays out a line chart. Text never overlaps text: year labels are turned (level, aslant,
 * upright) to fit, and where even upright years would touch they are moved apart sideways with
 * a leader to their tick; each value label takes the first clear place beside its point (above,
 * below, right, left, then further above or below); each series name takes the clear place
 * nearest its last point. A chart that still cannot place a label stops the build.
 */
export function lineChart(series: readonly ChartSeriesInput[], options: ChartOptions): Chart {
  const { width, height, xDomain, yDomain } = options;
  const fontSize = options.fontSize ?? 12;
  const fs = fontSize;
  const padding = { ...options.padding };
  const endName = (s: ChartSeriesInput) => s.endLabel ?? s.label;
  // Long names are wrapped to two fifths of the drawing (15 characters on a small multiple), so a long name cannot take most of the width.
  const longestWord = Math.max(
    0,
    ...series.flatMap((s) =>
      endName(s)
        .split(/\s+/)
        .map((w) => w.length),
    ),
  );
  const maxChars = Math.max(longestWord, Math.floor((width * 0.4) / (BOLD_CHAR_WIDTH * fs)));
  const names = series.map((s) => wrapWords(endName(s), maxChars));
  if (options.labelEnds && options.fontSize) {
    const widest = Math.max(0, ...names.flat().map((l) => textWidth(l, fs, true)));
    padding.right = Math.max(padding.right, Math.ceil(widest + 10));
  }
  if (options.fontSize && options.markers?.length) padding.top = Math.max(padding.top, Math.ceil(fs * 1.6));
  const plotLeft = padding.left;
  const plotRight = width - padding.right;
  const xSpan = xDomain[1] - xDomain[0] || 1;
  const sx = (x: number) => round(plotLeft + ((x - xDomain[0]) / xSpan) * (plotRight - plotLeft));
  const tickPositions = options.xTicks.map((value) => sx(value));
  const angle = options.fontSize ? xTickAngle(tickPositions, fs) : 0;
  // The lowest y tick label reaches this far below the plot; the year labels start under it.
  const belowZero = fs * (0.35 + DESCENT) + 2;
  // Upright labels closer than their own height are moved apart and joined to their tick by a leader.
  const uprightGap = (ASCENT + DESCENT) * fs + 2;
  const labelX =
    angle === -90 && tickPositions.some((p, i) => i > 0 && p - tickPositions[i - 1]! < uprightGap)
      ? spreadLabels(tickPositions, uprightGap, uprightGap / 2, width - uprightGap / 2)
      : tickPositions;
  const leader = labelX.some((x, i) => x !== tickPositions[i]) ? fs : 0;
  const yearLength = Math.max(0, ...options.xTicks.map((v) => textWidth(String(v), fs)));
  const labelTop = angle === 0 ? belowZero + ASCENT * fs : angle === -45 ? Math.max(belowZero, TICK_GAP) + 0.6 * fs : belowZero + leader;
  if (options.fontSize) {
    const drop = angle === 0 ? labelTop + DESCENT * fs : angle === -45 ? labelTop + (yearLength + 0.6 * fs) * Math.SQRT1_2 : labelTop + yearLength;
    padding.bottom = Math.max(padding.bottom, Math.ceil(drop + 4));
  }
  const plot = { left: plotLeft, top: padding.top, right: plotRight, bottom: height - padding.bottom };
  const ySpan = yDomain[1] - yDomain[0] || 1;
  const sy = (y: number) => round(plot.bottom - ((y - yDomain[0]) / ySpan) * (plot.bottom - plot.top));
  const xTicks = options.xTicks.map((value, i) => ({ value, position: tickPositions[i]!, x: labelX[i]!, y: round(plot.bottom + labelTop) }));

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
    const plottedSeries: PlottedSeries = { key: s.key, label: s.label, mode, points, segments, valueLabels: [] };
    return plottedSeries;
  });
  const chart: Chart = {
    width,
    height,
    fontSize: fs,
    plot,
    xTicks,
    xTickAngle: angle,
    yTicks: options.yTicks.map((value) => ({ value, position: sy(value) })),
    markers: (options.markers ?? []).map((m) => ({ position: sx(m.x), label: m.label })),
    series: plotted,
  };
  if (!options.fontSize && !options.labelEnds) {
    // No text size given: values sit above their points, unchecked (used for sketches and tests of the geometry alone).
    for (const s of plotted)
      if (s.mode === 'values')
        s.valueLabels = s.points.map((p) => ({ x: p.cx, y: round(p.cy - fs * 0.7), text: String(p.y), lines: [String(p.y)], anchor: 'middle' }));
    return chart;
  }

  const taken = chartTexts(chart).map((t) => t.box);
  // Labels also keep off the points (the marker's size) where there is a clear place near by;
  // they never cover another label.
  const r = POINT_RADIUS + 1;
  const points: TextBox[] = plotted.flatMap((s) =>
    s.points.map(
      (p) =>
        [
          { x: p.cx - r, y: p.cy - r },
          { x: p.cx + r, y: p.cy - r },
          { x: p.cx + r, y: p.cy + r },
          { x: p.cx - r, y: p.cy + r },
        ] as TextBox,
    ),
  );
  /** The first clear candidate: first one clear of points too among the first `nearFirst`, then one clear of text. */
  const place = (candidates: PlacedLabel[], nearFirst = candidates.length) => {
    for (const avoidPoints of [true, false]) {
      for (const label of avoidPoints ? candidates.slice(0, nearFirst) : candidates) {
        const box = textBox(label.lines, label.x, label.y, label.anchor, fs, 0, true);
        if (!inside(box, width, height) || taken.some((b) => boxesOverlap(b, box))) continue;
        if (avoidPoints && points.some((b) => boxesOverlap(b, box))) continue;
        taken.push(box);
        return label;
      }
    }
    return undefined;
  };
  const unplaceable = (what: string) =>
    new Error(
      `chart: no room for the label "${what}" without overlapping other text; expected a larger drawing (width ${width}, height ${height}) or fewer labels`,
    );
  for (const s of plotted.filter((p) => p.mode === 'values')) {
    for (const p of s.points) {
      const text = String(p.y);
      const lines = [text];
      const candidates: PlacedLabel[] = [
        { x: p.cx, y: p.cy - fs * 0.7, text, lines, anchor: 'middle' },
        { x: p.cx, y: p.cy + fs * 0.7 + ASCENT * fs, text, lines, anchor: 'middle' },
        { x: p.cx + 8, y: p.cy + fs * 0.35, text, lines, anchor: 'start' },
        { x: p.cx - 8, y: p.cy + fs * 0.35, text, lines, anchor: 'end' },
      ];
      for (let k = 1; k <= 4; k++) {
        candidates.push({ x: p.cx, y: p.cy - fs * 0.7 - k * LINE_HEIGHT * fs, text, lines, anchor: 'middle' });
        candidates.push({ x: p.cx, y: p.cy + fs * 0.7 + ASCENT * fs + k * LINE_HEIGHT * fs, text, lines, anchor: 'middle' });
      }
      const placed = place(candidates.map((c) => ({ ...c, x: round(c.x), y: round(c.y) })));
      if (!placed) throw unplaceable(text);
      s.valueLabels.push(placed);
    }
  }
  if (options.labelEnds) {
    // Names from the top of the chart down, each at the clear place nearest its last point.
    const order = plotted
      .map((s, i) => ({ s, i }))
      .filter(({ s }) => s.points.length)
      .sort((a, b) => a.s.points.at(-1)!.cy - b.s.points.at(-1)!.cy || a.i - b.i);
    for (const { s, i } of order) {
      const end = s.points.at(-1)!;
      const lines = names[i]!;
      const wanted = end.cy + fs * 0.35 - ((lines.length - 1) * LINE_HEIGHT * fs) / 2;
      const step = fs / 4;
      const candidates = Array.from({ length: Math.ceil(height / step) * 2 + 1 }, (_, k): PlacedLabel => ({
        x: round(end.cx + 8),
        y: round(wanted + (k % 2 ? 1 : -1) * Math.ceil(k / 2) * step),
        text: endName(series[i]!),
        lines,
        anchor: 'start',
      }));
      // A name keeps within about two lines of its point to stay off other points; beyond that it may cover one.
      const placed = place(candidates, Math.ceil((2 * LINE_HEIGHT * fs) / step) * 2 + 1);
      if (!placed) throw unplaceable(endName(series[i]!));
      s.endLabel = placed;
    }
  }
  return chart;
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
