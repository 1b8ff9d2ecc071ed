import { getReportSections, getReports, type Report } from './reports.ts';
import { scoreRows, sumProblems, type ReportScores, type ScoreRow } from '../lib/score-rows.ts';
import { deriveMissingIndicator } from '../lib/scores.ts';

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

/**
 * Every printed (or derived) Freedom on the Net score, as /data/scores.json publishes it.
 * The build stops if parts do not add up to their whole, or if a derived score is not
 * what the arithmetic gives.
 */
async function load(): Promise<ScoreRow[]> {
  const reports = await getReports();
  const sectionsByReport = await Promise.all(reports.map((report) => getReportSections(report.id)));
  const inputs: ReportScores[] = reports.flatMap((report, i) => {
    if (report.data.kind !== 'freedom-on-the-net') return [];
    const indicators = sectionsByReport[i]!
      .filter((s) => s.data.indicator)
      .map((s) => ({ year: report.data.edition, ...s.data.indicator!, derived: !!s.data.indicator!.derivation }));
    return [{ id: report.id, direction: report.data.scale.direction, years: report.data.scores, indicators }];
  });
  const result = scoreRows(inputs);
  const problems = sumProblems(result);
  const rowsOfReport = groupRows(result);
  for (const derived of result.filter((r) => r.derived)) {
    const own = rowsOfReport.get(derived.report) ?? [];
    const category = own.find((r) => r.year === derived.year && r.code === derived.code[0]);
    const siblings = own.filter((r) => r.year === derived.year && r.code.length === 2 && r.code[0] === derived.code[0] && r !== derived);
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

let byReport: Promise<Map<string, ScoreRow[]>> | undefined;

/** One report's score rows, from an index built once (a report page must not scan every row). */
export async function scoreRowsOf(reportId: string): Promise<ScoreRow[]> {
  byReport ??= getScoreRows().then((all) => {
    return groupRows(all);
  });
  return (await byReport).get(reportId) ?? [];
}

/** The internet freedom status a report prints for one year ("Not Free"), if it prints one. */
export function printedStatus(reports: readonly Report[], reportId: string, year: number): string | undefined {
  const entry = reports.find((r) => r.id === reportId);
  return entry?.data.kind === 'freedom-on-the-net' ? entry.data.scores.find((s) => s.year === year)?.status : undefined;
}
