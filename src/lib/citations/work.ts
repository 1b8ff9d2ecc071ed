/**
 * What the archive cites: a report, a section, a paragraph, a note, an incident. Every format
 * (CSL-JSON, Chicago, APA, BibTeX, RIS, head tags) is built from one CitedWork.
 */

export const ARCHIVE_NAME = 'Kazakhstan Internet Freedom Archive';

export interface CitedReport {
  id: string;
  title: string;
  /** null where the source does not allow a publisher to be named. */
  publisher: string | null;
  /** Partial date, e.g. "2015" or "~2013". */
  issued: string;
  /** What kind of report it is, as its genre: "Country report", "Country profile". */
  genre: string;
}

export type CitedWork =
  | { kind: 'report'; report: CitedReport; url: string }
  | { kind: 'section'; report: CitedReport; section: string; url: string }
  | { kind: 'paragraph'; report: CitedReport; section: string; paragraph: number; url: string }
  | { kind: 'note'; report: CitedReport; section: string; note: number; url: string }
  /** `published`: the day the record was first published; `updated`: the day of its last correction, if any. */
  | { kind: 'incident'; title: string; slug: string; published: string; updated?: string | undefined; url: string };

/** The date a work is cited with: an incident's last correction (or first publication), a report's publication. */
export function issuedDate(work: CitedWork): string {
  return work.kind === 'incident' ? (work.updated ?? work.published) : work.report.issued;
}

/** The part of a section a paragraph or note citation points at, as a CSL locator and label. */
export interface Pinpoint {
  locator: string;
  label: 'paragraph' | 'note';
}

export function pinpoint(work: CitedWork): Pinpoint | undefined {
  if (work.kind === 'paragraph') return { locator: String(work.paragraph), label: 'paragraph' };
  if (work.kind === 'note') return { locator: String(work.note), label: 'note' };
  return undefined;
}

/**
 * The citation key, from the permanent URL (short enough for every BibTeX reader):
 * "kifa-fotn-2015-limits-on-content-p3", "kifa-fotn-2015-limits-on-content-note12", "kifa-incident-<slug>".
 */
export function citationKey(work: CitedWork): string {
  if (work.kind === 'incident') return `kifa-incident-${work.slug}`;
  const url = new URL(work.url);
  const path = url.pathname.split('/').filter(Boolean);
  const parts = path.slice(path.lastIndexOf('reports') + 1);
  const fragment = url.hash.slice(1).replace(/-/g, '');
  return ['kifa', ...parts, ...(fragment ? [fragment] : [])].join('-');
}
