import { freedomValue, type ScaleDirection } from './scores.ts';

/**
 * The rows of /data/scores.json, as ../shared/PRODUCT.md specifies: one per printed (or
 * derived) score, with its scale and a freedom value on one direction (higher = freer).
 */
export interface ScoreRow {
  report: string;
  year: number;
  code: string;
  label: string;
  score: number;
  max: number;
  scale: ScaleDirection;
  freedom: number;
  derived: boolean;
}

export interface ReportScores {
  id: string;
  direction: ScaleDirection;
  years: { year: number; scores: { code: string; label: string; score: number; max: number }[] }[];
  /** Indicator scores, from the report's sections (2019 edition onwards); all for the edition year. */
  indicators: { year: number; code: string; question: string; score: number; max: number; derived: boolean }[];
}

const CODE_ORDER = (code: string) => (code === 'total' ? '0' : code.length === 1 ? `1${code}` : `2${code}`);

export function scoreRows(reports: readonly ReportScores[]): ScoreRow[] {
  const rows = reports.flatMap((report) =>
    [
      ...report.years.flatMap((y) =>
        y.scores.map((s) => ({ report: report.id, year: y.year, code: s.code, label: s.label, score: s.score, max: s.max, derived: false })),
      ),
      ...report.indicators.map((i) => ({ report: report.id, year: i.year, code: i.code, label: i.question, score: i.score, max: i.max, derived: i.derived })),
    ].map((row) => ({ ...row, scale: report.direction, freedom: freedomValue(row.score, row.max, report.direction) })),
  );
  return rows
    .map(({ report, year, code, label, score, max, scale, freedom, derived }) => ({ report, year, code, label, score, max, scale, freedom, derived }))
    .sort((a, b) => a.year - b.year || a.report.localeCompare(b.report) || CODE_ORDER(a.code).localeCompare(CODE_ORDER(b.code)));
}

/**
 * Where parts do not add up to their whole: categories to the total, indicators to their
 * category, for each report and year that prints both.
 */
/** A whole (a total, or a category) that its parts do not add up to. */
export interface SumProblem {
  report: string;
  year: number;
  /** The code of the whole: "total" or a category letter. */
  code: string;
  /** Which number of the whole disagrees with its parts. */
  field: 'score' | 'max';
  message: string;
}

export function scoreSumProblems(rows: readonly ScoreRow[]): SumProblem[] {
  const problems: SumProblem[] = [];
  const groups = new Map<string, ScoreRow[]>();
  for (const row of rows) groups.set(`${row.report} ${row.year}`, [...(groups.get(`${row.report} ${row.year}`) ?? []), row]);
  for (const list of groups.values()) {
    const { report, year } = list[0]!;
    const total = list.find((r) => r.code === 'total');
    const categories = list.filter((r) => /^[ABC]$/.test(r.code));
    if (total && categories.length > 0) {
      const sum = categories.reduce((s, r) => s + r.score, 0);
      if (sum !== total.score) problems.push({ report, year, code: 'total', field: 'score', message: `categories sum to ${sum}, total is ${total.score}` });
    }
    for (const category of categories) {
      const indicators = list.filter((r) => r.code.length === 2 && r.code.startsWith(category.code));
      if (indicators.length === 0) continue;
      const sum = indicators.reduce((s, r) => s + r.score, 0);
      const maxSum = indicators.reduce((s, r) => s + r.max, 0);
      if (sum !== category.score)
        problems.push({
          report,
          year,
          code: category.code,
          field: 'score',
          message: `${category.code} indicators sum to ${sum}, category is ${category.score}`,
        });
      if (maxSum !== category.max)
        problems.push({
          report,
          year,
          code: category.code,
          field: 'max',
          message: `${category.code} indicator maxima sum to ${maxSum}, category maximum is ${category.max}`,
        });
    }
  }
  return problems;
}

export function sumProblems(rows: readonly ScoreRow[]): string[] {
  return scoreSumProblems(rows).map((p) => `${p.report} ${p.year}: ${p.message}`);
}

/**
 * The years in which the printed scale turned around: each year whose scale differs from
 * the year before it (with data). Charts mark these, since a printed number means the
 * opposite on either side.
 */
export function scaleChangeYears(rows: readonly Pick<ScoreRow, 'year' | 'scale'>[]): number[] {
  const byYear = new Map<number, ScoreRow['scale']>();
  for (const row of [...rows].sort((a, b) => a.year - b.year)) byYear.set(row.year, row.scale);
  const years = [...byYear.keys()];
  return years.filter((year, i) => i > 0 && byYear.get(year) !== byYear.get(years[i - 1]!));
}

/**
 * One row per year and code, for charts and tables that show a year once: where more than one
 * report prints a score for the same year (an edition may reprint last year's), the row of the
 * report that comes first in `reportOrder` (newest edition first) stands. Rows keep their order.
 */
export function oneRowPerYear<R extends Pick<ScoreRow, 'report' | 'year' | 'code'>>(rows: readonly R[], reportOrder: readonly string[]): R[] {
  const rank = new Map(reportOrder.map((id, i) => [id, i]));
  const rankOf = (row: R) => rank.get(row.report) ?? Number.MAX_SAFE_INTEGER;
  const chosen = new Map<string, R>();
  for (const row of rows) {
    const key = `${row.year} ${row.code}`;
    const held = chosen.get(key);
    if (!held || rankOf(row) < rankOf(held)) chosen.set(key, row);
  }
  const kept = new Set(chosen.values());
  return rows.filter((row) => kept.has(row));
}
