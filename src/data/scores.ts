import { getCollection, type CollectionEntry } from 'astro:content';
import { getReports, type Report } from './reports.ts';
import { checkContent } from './check-content.ts';
import { scoreRows, type ReportScores, type ScoreRow } from '../lib/scores/score-rows.ts';
import { deriveMissingIndicator } from '../lib/scores/scores.ts';

let rows: Promise<ScoreRow[]> | undefined;

function groupRows(all: readonly ScoreRow[]): Map<string, ScoreRow[]> {
  const index = new Map<string, ScoreRow[]>();
  for (const row of all) {
    const list = index.get(row.report) ?? [];
    list.push(row);
    index.set(row.report, list);
  }
  return index;
}

/** The score inputs of every Freedom on the Net report: its printed years and its indicator sections. */
export function scoreInputs(reports: readonly Report[], sections: readonly CollectionEntry<'sections'>[]): ReportScores[] {
  // Indicator sections grouped by report in one pass, so the work grows with the corpus, not its square.
  const indicatorSections = new Map<string, CollectionEntry<'sections'>[]>();
  for (const s of sections) {
    if (!s.data.indicator) continue;
    const list = indicatorSections.get(s.data.report.id) ?? [];
    list.push(s);
    indicatorSections.set(s.data.report.id, list);
  }
  return reports.flatMap((report) => {
    if (report.data.kind !== 'freedom-on-the-net') return [];
    const indicators = (indicatorSections.get(report.id) ?? [])
      .map((s) => ({ year: report.data.edition, ...s.data.indicator!, derived: !!s.data.indicator!.derivation }));
    return [{ id: report.id, direction: report.data.scale.direction, years: report.data.scores, indicators }];
  });
}

/** Derived scores that are not exactly what the arithmetic gives. */
export function derivationProblems(result: readonly ScoreRow[]): { report: string; code: string; message: string }[] {
  const byReport = groupRows(result);
  return result
    .filter((r) => r.derived)
    .flatMap((derived) => {
      const own = byReport.get(derived.report) ?? [];
      const category = own.find((r) => r.year === derived.year && r.code === derived.code[0]);
      const siblings = own.filter((r) => r.year === derived.year && r.code.length === 2 && r.code[0] === derived.code[0] && r !== derived);
      const expected = category && deriveMissingIndicator(category.score, siblings, derived.max);
      return expected === derived.score ? [] : [{ report: derived.report, code: derived.code, message: `derived score is ${derived.score}; expected what the arithmetic gives, ${expected ?? 'no certain value'}` }];
    });
}

/**
 * Every printed (or derived) Freedom on the Net score, as /data/scores.json publishes it.
 * The sums and derivations are checked with every other rule in src/data/check-content.ts.
 */
async function load(): Promise<ScoreRow[]> {
  await checkContent();
  const [reports, sections] = await Promise.all([getReports(), getCollection('sections')]);
  return scoreRows(scoreInputs(reports, sections));
}

export function getScoreRows(): Promise<ScoreRow[]> {
  rows ??= load();
  return rows;
}

let byReport: Promise<Map<string, ScoreRow[]>> | undefined;

/** One report's score rows, from an index built once (a report page must not scan every row). */
export async function scoreRowsOf(reportId: string): Promise<ScoreRow[]> {
  byReport ??= getScoreRows().then(groupRows);
  return (await byReport).get(reportId) ?? [];
}

/** The internet freedom status a report prints for one year ("Not Free"), if it prints one. */
export function printedStatus(reports: readonly Report[], reportId: string, year: number): string | undefined {
  const entry = reports.find((r) => r.id === reportId);
  return entry?.data.kind === 'freedom-on-the-net' ? entry.data.scores.find((s) => s.year === year)?.status : undefined;
}
