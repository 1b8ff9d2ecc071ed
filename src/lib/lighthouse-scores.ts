/**
 * Reading Lighthouse's results for `npm run bench` (scripts/bench/lighthouse.ts runs Lighthouse): the four
 * category scores of a page, the audits that cost points where a score is below 100, which of those
 * failures are expected (and why), and the Markdown table the bench prints. The types below are the
 * part of Lighthouse's result (LH.Result) read here, so this file needs no Lighthouse to test.
 */
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];
export const CATEGORY_NAMES: Record<Category, string> = {
  performance: 'performance',
  accessibility: 'accessibility',
  'best-practices': 'best practices',
  seo: 'SEO',
};

export interface AuditResult {
  id: string;
  title: string;
  score: number | null;
  displayValue?: string;
  details?: unknown;
}

export interface LighthouseResult {
  finalDisplayedUrl: string;
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] } | undefined>;
  audits: Record<string, AuditResult>;
}

interface ExpectedFailure {
  audit: string;
  why: string;
  /** The failure is the expected one only if this holds of the audit's result. */
  holds: (audit: AuditResult, url: string) => boolean;
}

/**
 * Audits a page is expected to fail, by path, with the reason; the score is still printed as
 * measured. The 404 page must answer with status 404, and Lighthouse marks that down twice: in SEO
 * ("Page has unsuccessful HTTP status code") and in best practices, since Chromium logs the
 * document's own 404 as a console error. Faking a 200 would tell crawlers the page exists. Any
 * other console error on that page still fails.
 */
export const EXPECTED_FAILURES: Record<string, ExpectedFailure[]> = {
  '/no-such-page/': [
    { audit: 'http-status-code', why: 'a missing page must answer 404', holds: () => true },
    {
      audit: 'errors-in-console',
      why: 'the only error is the page’s own 404 status',
      holds: (audit, url) => {
        const items = (audit.details as { items?: { description?: string; sourceLocation?: { url?: string } }[] } | undefined)?.items ?? [];
        return items.length > 0 && items.every((item) => item.sourceLocation?.url === url && /status of 404\b/.test(item.description ?? ''));
      },
    },
  ],
};

export interface PageToAudit {
  name: string;
  path: string;
}

export interface PageScores {
  page: PageToAudit;
  /** 0–100 per category, or null where Lighthouse could not score it. */
  scores: Record<Category, number | null>;
  /** Performance of every run, in order (the counted, better one is in `scores`). */
  performanceRuns: number[];
  /** Per category below 100: the audits that cost points, and why where that is expected. */
  costs: Partial<Record<Category, { id: string; text: string; expected?: string }[]>>;
}

/** A category's score as Lighthouse shows it (0–100), or null. */
export const shownScore = (lhr: LighthouseResult, id: Category): number | null => {
  const score = lhr.categories[id]?.score;
  return score == null ? null : Math.round(score * 100);
};

export function scoresOf(page: PageToAudit, lhr: LighthouseResult, performanceRuns: number[]): PageScores {
  const scores = {} as Record<Category, number | null>;
  const costs: PageScores['costs'] = {};
  for (const id of CATEGORIES) {
    scores[id] = shownScore(lhr, id);
    const category = lhr.categories[id];
    if (!category || scores[id] === 100) continue;
    // Audits that carry weight in this category's score and did not pass.
    const failing = category.auditRefs
      .filter((ref) => ref.weight > 0)
      .flatMap((ref) => lhr.audits[ref.id] ?? [])
      .filter((audit) => audit.score !== null && audit.score < 1);
    costs[id] = failing.map((audit) => ({
      id: audit.id,
      text: `${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`,
      expected: (EXPECTED_FAILURES[page.path] ?? []).find((e) => e.audit === audit.id && e.holds(audit, lhr.finalDisplayedUrl))?.why,
    }));
  }
  return { page, scores, performanceRuns, costs };
}

/** The categories a page fails: below 100, unless every audit that cost points is an expected failure. */
export function failures(result: PageScores): Category[] {
  const costs = (id: Category) => result.costs[id] ?? [];
  return CATEGORIES.filter((id) => result.scores[id] !== 100 && (costs(id).length === 0 || costs(id).some((audit) => !audit.expected)));
}

/** The results as a Markdown table, with what cost points where a score is below 100. */
export function lighthouseTable(results: PageScores[]): string {
  const cell = (result: PageScores, id: Category) => {
    const score = String(result.scores[id] ?? '–');
    return id === 'performance' && result.performanceRuns.length > 1 ? `${score} (runs: ${result.performanceRuns.join(', ')})` : score;
  };
  const lines = [`| page | ${CATEGORIES.map((c) => CATEGORY_NAMES[c]).join(' | ')} | what cost points |`, `|---|${CATEGORIES.map(() => '---|').join('')}---|`];
  for (const result of results) {
    const costs = CATEGORIES.filter((id) => result.costs[id]?.length)
      .map((id) => `${CATEGORY_NAMES[id]}: ${result.costs[id]!.map((a) => (a.expected ? `${a.text}, expected: ${a.expected}` : a.text)).join('; ')}`)
      .join('. ');
    lines.push(`| ${result.page.name} \`${result.page.path}\` | ${CATEGORIES.map((id) => cell(result, id)).join(' | ')} | ${costs} |`);
  }
  return lines.join('\n');
}

/** One line saying whether every page scored 100 everywhere (expected failures aside), and which did not. */
export function lighthouseVerdict(results: PageScores[]): { met: boolean; line: string } {
  const failed = results.filter((r) => failures(r).length > 0);
  const which = failed
    .map(
      (r) =>
        `${r.page.path} (${failures(r)
          .map((c) => CATEGORY_NAMES[c])
          .join(', ')})`,
    )
    .join(', ');
  return { met: failed.length === 0, line: `Lighthouse 100 in every category on every page: ${failed.length === 0 ? 'met' : `NOT met by ${which}`}.` };
}
