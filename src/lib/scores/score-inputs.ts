import type { ReportScores, ScoreRow } from './score-rows.ts';
import { deriveMissingIndicator, type ScaleDirection } from './scores.ts';

/** What scoreInputs reads of a report entry: a Freedom on the Net edition prints scores on a scale. */
export interface ScoredReport {
  id: string;
  data:
    | { kind: 'freedom-on-the-net'; edition: number; scale: { direction: ScaleDirection }; scores: ReportScores['years'] }
    | { kind: 'country-profile'; edition: number };
}

/** What scoreInputs reads of a section entry: its report and, for an indicator, its score. */
export interface ScoredSection {
  data: {
    report: { id: string };
    indicator?: { code: string; question: string; score: number; max: number; derivation?: string | undefined } | undefined;
  };
}

/** The score inputs of every Freedom on the Net report: its printed years and its indicator sections. */
export function scoreInputs(reports: readonly ScoredReport[], sections: readonly ScoredSection[]): ReportScores[] {
  // Indicator sections grouped by report in one pass, so the work grows with the corpus, not its square.
  const indicatorSections = new Map<string, ScoredSection[]>();
  for (const s of sections) {
    if (!s.data.indicator) continue;
    const list = indicatorSections.get(s.data.report.id) ?? [];
    list.push(s);
    indicatorSections.set(s.data.report.id, list);
  }
  return reports.flatMap((report) => {
    if (report.data.kind !== 'freedom-on-the-net') return [];
    const edition = report.data.edition;
    const indicators = (indicatorSections.get(report.id) ?? []).map((s) => ({ year: edition, ...s.data.indicator!, derived: !!s.data.indicator!.derivation }));
    return [{ id: report.id, direction: report.data.scale.direction, years: report.data.scores, indicators }];
  });
}

/** Score rows grouped by report, in their order. */
export function rowsByReport(all: readonly ScoreRow[]): Map<string, ScoreRow[]> {
  const index = new Map<string, ScoreRow[]>();
  for (const row of all) {
    const list = index.get(row.report) ?? [];
    list.push(row);
    index.set(row.report, list);
  }
  return index;
}

/** Derived scores that are not exactly what the arithmetic gives. */
export function derivationProblems(result: readonly ScoreRow[]): { report: string; code: string; message: string }[] {
  const byReport = rowsByReport(result);
  return result
    .filter((r) => r.derived)
    .flatMap((derived) => {
      const own = byReport.get(derived.report) ?? [];
      const category = own.find((r) => r.year === derived.year && r.code === derived.code[0]);
      const siblings = own.filter((r) => r.year === derived.year && r.code.length === 2 && r.code[0] === derived.code[0] && r !== derived);
      const expected = category && deriveMissingIndicator(category.score, siblings, derived.max);
      return expected === derived.score
        ? []
        : [
            {
              report: derived.report,
              code: derived.code,
              message: `derived score is ${derived.score}; expected what the arithmetic gives, ${expected ?? 'no certain value'}`,
            },
          ];
    });
}
