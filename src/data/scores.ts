import { getCollection } from 'astro:content';
import { getReports } from './reports.ts';
import { checkContent } from './check-content.ts';
import type { Report } from './entries.ts';
import { scoreRows, type ScoreRow } from '../lib/scores/score-rows.ts';
import { rowsByReport, scoreInputs } from '../lib/scores/score-inputs.ts';

let rows: Promise<ScoreRow[]> | undefined;

/**
 * Every printed (or derived) Freedom on the Net score, as /data/scores.json publishes it.
 * The sums and derivations are checked with every other rule by the content gate (src/lib/content-rules/gate.ts).
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
  byReport ??= getScoreRows().then(rowsByReport);
  return (await byReport).get(reportId) ?? [];
}

/** The internet freedom status a report prints for one year ("Not Free"), if it prints one. */
export function printedStatus(reports: readonly Report[], reportId: string, year: number): string | undefined {
  const entry = reports.find((r) => r.id === reportId);
  return entry?.data.kind === 'freedom-on-the-net' ? entry.data.scores.find((s) => s.year === year)?.status : undefined;
}
