import { getCollection, type CollectionEntry } from 'astro:content';
import { getReports, type Report } from './reports.ts';
import { checkContent } from './check-content.ts';
import { scoreRows, type ReportScores, type ScoreRow } from '../lib/score-rows.ts';
import { deriveMissingIndicator } from '../lib/scores.ts';

let rows: Promise<ScoreRow[]> | undefined;

/** The score inputs of every Freedom on the Net report: its printed years and its indicator sections. */
export function scoreInputs(reports: readonly Report[], sections: readonly CollectionEntry<'sections'>[]): ReportScores[] {
  return reports.flatMap((report) => {
    if (report.data.kind !== 'freedom-on-the-net') return [];
    const indicators = sections
      .filter((s) => s.data.report.id === report.id && s.data.indicator)
      .map((s) => ({ year: report.data.edition, ...s.data.indicator!, derived: !!s.data.indicator!.derivation }));
    return [{ id: report.id, direction: report.data.scale.direction, years: report.data.scores, indicators }];
  });
}

/** Derived scores that are not exactly what the arithmetic gives. */
export function derivationProblems(result: readonly ScoreRow[]): { report: string; code: string; message: string }[] {
  return result
    .filter((r) => r.derived)
    .flatMap((derived) => {
      const category = result.find((r) => r.report === derived.report && r.year === derived.year && r.code === derived.code[0]);
      const siblings = result.filter((r) => r.report === derived.report && r.year === derived.year && r.code.length === 2 && r.code[0] === derived.code[0] && r !== derived);
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

/** The internet freedom status a report prints for one year ("Not Free"), if it prints one. */
export function printedStatus(reports: readonly Report[], reportId: string, year: number): string | undefined {
  const entry = reports.find((r) => r.id === reportId);
  return entry?.data.kind === 'freedom-on-the-net' ? entry.data.scores.find((s) => s.year === year)?.status : undefined;
}
