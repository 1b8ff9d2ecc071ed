/**
 * Who may reuse what. Two kinds of text stand side by side on the site, under different terms:
 *
 * - The archive's own work (incidents, topics, themes, statistics series, the editorial notes,
 *   the open data as compiled): the archive licenses it under CC BY 4.0, stated here once and
 *   shown on /about/, /about/method/, /data/, in each JSON Schema and in the Dataset's JSON-LD.
 * - The reports' texts, and every passage or note quoted from them (in the data files too): each
 *   is its publisher's work, reproduced as printed. The licence does not cover them. What each
 *   source prints about copyright or reuse is quoted exactly (a report's `reuse` field); nothing
 *   is said on a publisher's behalf where its source says nothing.
 */
export const ARCHIVE_LICENCE = {
  name: 'Creative Commons Attribution 4.0 International',
  short: 'CC BY 4.0',
  spdx: 'CC-BY-4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

/** What the archive's licence covers, and what it does not, in one sentence each. */
export const ARCHIVE_LICENCE_COVERS =
  'The archive’s own work (its incidents, topics, themes, statistics series and editorial notes, and the open data files as compiled) is licensed under CC BY 4.0: it may be shared and adapted, for any purpose, with credit to the Kazakhstan Internet Freedom Archive, a link to the licence and a note of any changes made.';
export const ARCHIVE_LICENCE_EXCLUDES =
  'The licence does not cover the reports’ texts, nor the passages, notes, fact boxes and key developments quoted from them (in the pages and in the data files alike): each report is its publisher’s work, and each report’s page says what its source states about reuse.';

/** What a report's source prints about copyright or reuse (content/reports/*.mdx, `reuse`). */
export interface ReuseStatement {
  /** The words, verbatim, or null where the source prints nothing about copyright or reuse. */
  printed: string | null;
  /** The source line they are printed on (1-based), where printed. */
  line?: number | undefined;
}

/** The sentence a report's page and its data show about its text's rights. */
export function reportRightsText(publisher: { name: string | null; basis: 'stated' | 'inferred' | 'unknown' }, reuse: ReuseStatement): string {
  const owner = publisher.name
    ? `the work of its publisher, ${publisher.name}${publisher.basis === 'inferred' ? ' (inferred, as above)' : ''}`
    : 'the work of its publisher, whom the source does not name';
  const says =
    reuse.printed === null
      ? 'The source states nothing about copyright or reuse.'
      : `On copyright or reuse, the source prints only “${reuse.printed}” (L${reuse.line}).`;
  return `The report’s text is ${owner}, reproduced here as printed; the archive’s licence does not cover it. ${says}`;
}

/**
 * The rule that keeps a `reuse` statement honest: the words stand, exactly, on the line of the
 * source file it names. Returns what is wrong, or undefined.
 */
export function reuseStatementProblem(sourceText: string, reuse: ReuseStatement): string | undefined {
  if (reuse.printed === null)
    return reuse.line === undefined ? undefined : `line: ${reuse.line} is given for nothing printed; expected no line where printed is null`;
  if (reuse.line === undefined) return `line: missing; expected the source line that prints “${reuse.printed}”`;
  const line = sourceText.split('\n')[reuse.line - 1];
  if (line === undefined) return `line: the source has no line ${reuse.line}`;
  if (!line.includes(reuse.printed))
    return `printed: “${reuse.printed}” is not on line ${reuse.line} of the source (it reads “${line.trim()}”); expected the words exactly as printed there`;
  return undefined;
}
