/**
 * What the two chart pages plot, as plain numbers: the score history on /scores/ and the
 * statistics' small multiples on /statistics/. The drawing itself (scales, labels) is chart.ts;
 * the pages only render what these functions return.
 */
import { parsePartialDate } from '../partial-date.ts';
import { niceTicks, type ChartMarkerInput, type ChartSeriesInput } from './chart.ts';

/** A freedom value as a percentage of its maximum, to one decimal, so categories of different maxima share one axis. */
export function percentOfMax(freedom: number, max: number): number {
  return Math.round((freedom / max) * 1000) / 10;
}

/** One line of the score history: a score code, its full name (the legend) and a short one (the line's end). */
export interface ScoreLine {
  code: string;
  label: string;
  short: string;
}

/**
 * The score history's lines, one per code, each point a year's freedom value as a percentage
 * of its maximum. `yearRows` holds one row per year and code (oneRowPerYear in score-rows.ts),
 * in year order.
 */
export function scoreHistorySeries(
  yearRows: readonly { year: number; code: string; freedom: number; max: number }[],
  lines: readonly ScoreLine[],
): ChartSeriesInput[] {
  return lines.map(({ code, label, short }) => ({
    key: code,
    label,
    endLabel: short,
    points: yearRows.filter((r) => r.code === code).map((r) => ({ x: r.year, y: percentOfMax(r.freedom, r.max) })),
  }));
}

/** A rule between the last year on the old scale and the first on the new one, for each reversal year. */
export function reversalMarkers(reversalYears: readonly number[]): ChartMarkerInput[] {
  return reversalYears.map((year) => ({ x: year - 0.5, label: `Scale reversed, ${year}` }));
}

/** Where a dated value sits on a chart's year axis: its year, plus the month's share of it when the month is known. */
export function datePosition(date: string): number {
  const d = parsePartialDate(date);
  return d.year + ((d.month ?? 1) - 1) / 12;
}

/** One value of a statistic, as far as its chart needs it. */
export interface StatisticPoint<K extends string = string> {
  date: string;
  value: number;
  kind: K;
}

/** One statistic's small multiple: its values in date order and the chart's axes and lines. */
export interface StatisticChart<V extends StatisticPoint> {
  values: V[];
  xDomain: [number, number];
  yTicks: number[];
  series: ChartSeriesInput[];
}

/**
 * Lays out one statistic's chart. A line joins only values of one kind (`kinds`, in legend order,
 * named by `kindLabel`), so a plan is never drawn as a step in a series of measurements; a kind
 * with no value has no line. The x axis starts at the first value's year and runs to the next
 * whole year past the last value when it must (a month-dated value sits past its year's tick),
 * and is at least a year wide.
 */
export function statisticChart<K extends string, V extends StatisticPoint<K>>(
  values: readonly V[],
  kinds: readonly K[],
  kindLabel: (kind: K) => string,
): StatisticChart<V> {
  const sorted = [...values].sort((a, b) => datePosition(a.date) - datePosition(b.date));
  const years = sorted.map((v) => parsePartialDate(v.date).year);
  const firstYear = Math.min(...years);
  const lastEnd = Math.ceil(Math.max(...sorted.map((v) => datePosition(v.date))));
  return {
    values: sorted,
    xDomain: [firstYear, Math.max(lastEnd, firstYear + 1)],
    yTicks: niceTicks(Math.max(...sorted.map((v) => v.value))),
    series: kinds
      .map((kind) => ({
        key: kind,
        label: kindLabel(kind),
        endLabel: kindLabel(kind),
        points: sorted.filter((v) => v.kind === kind).map((v) => ({ x: Math.round(datePosition(v.date) * 100) / 100, y: v.value })),
      }))
      .filter((line) => line.points.length > 0),
  };
}
