import { getCollection } from 'astro:content';
import { getReports, type Report } from './reports.ts';
import { scoreRows, sumProblems, type ReportScores, type ScoreRow } from '../lib/score-rows.ts';
import { deriveMissingIndicator } from '../lib/scores.ts';

let rows: Promise<ScoreRow[]> | undefined;

/**
 * Every printed (or derived) Freedom on the Net score, as /data/scores.json publishes it.
 * The build stops if parts do not add up to their whole, or if a derived score is not
 * what the arithmetic gives.
 */
async function load(): Promise<ScoreRow[]> {
  const [reports, sections] = await Promise.all([getReports(), getCollection('sections')]);
  const inputs: ReportScores[] = reports.flatMap((report) => {
    if (report.data.kind !== 'freedom-on-the-net') return [];
    const indicators = sections
      .filter((s) => s.data.report.id === report.id && s.data.indicator)
      .map((s) => ({ year: report.data.edition, ...s.data.indicator!, derived: !!s.data.indicator!.derivation }));
    return [{ id: report.id, direction: report.data.scale.direction, years: report.data.scores, indicators }];
  });
  const result = scoreRows(inputs);
  const problems = sumProblems(result);
  for (const derived of result.filter((r) => r.derived)) {
    const category = result.find((r) => r.report === derived.report && r.year === derived.year && r.code === derived.code[0]);
    const siblings = result.filter((r) => r.report === derived.report && r.year === derived.year && r.code.length === 2 && r.code[0] === derived.code[0] && r !== derived);
    const expected = category && deriveMissingIndicator(category.score, siblings, derived.max);
    if (expected !== derived.score) problems.push(`${derived.report} ${derived.code}: derived score is ${derived.score}; the arithmetic gives ${expected ?? 'no certain value'}`);
  }
  if (problems.length > 0) throw new Error(`Scores do not add up:\n  ${problems.join('\n  ')}`);
  return result;
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
