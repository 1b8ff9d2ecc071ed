import { parsePartialDate } from './partial-date.ts';

/**
 * Citations of everything the archive publishes: a report, a section, a paragraph, a note,
 * an incident. The original report is cited as its publisher issued it, then as archived
 * here with its permanent URL and an access date; an incident is the archive's own work and
 * cites the archive as its author. One CitedWork gives every format: Chicago (note and
 * bibliography), APA 7, BibTeX, RIS and CSL-JSON.
 */

export const ARCHIVE_NAME = 'Kazakhstan Internet Freedom Archive';

export interface CitedReport {
  id: string;
  title: string;
  /** null where the source does not allow a publisher to be named. */
  publisher: string | null;
  /** Partial date, e.g. "2015" or "~2013". */
  issued: string;
}

export type CitedWork =
  | { kind: 'report'; report: CitedReport; url: string }
  | { kind: 'section'; report: CitedReport; section: string; url: string }
  | { kind: 'paragraph'; report: CitedReport; section: string; paragraph: number; url: string }
  | { kind: 'note'; report: CitedReport; section: string; note: number; url: string }
  | { kind: 'incident'; title: string; slug: string; published: string; url: string };

export interface Citation {
  /** Formatted references: `*…*` marks italics (see citationHtml). */
  chicagoNote: string;
  chicagoBibliography: string;
  apa: string;
  bibtex: string;
  ris: string;
  csl: CslItem;
}

export interface CslItem {
  id: string;
  type: 'report' | 'chapter' | 'webpage';
  title: string;
  'container-title'?: string;
  author?: { literal: string }[];
  publisher?: string;
  issued: { 'date-parts': number[][]; circa?: boolean };
  accessed: { 'date-parts': number[][] };
  URL: string;
  archive: string;
  locator?: string;
  note?: string;
  genre?: string;
  language: 'en';
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function dateParts(value: string): { parts: number[]; circa: boolean } {
  const d = parsePartialDate(value);
  return { parts: [d.year, ...(d.month ? [d.month] : []), ...(d.day ? [d.day] : [])], circa: d.approximate };
}

/** "November 23, 2026", "May 2015", "2015". */
function longDate(value: string): string {
  const d = parsePartialDate(value);
  if (d.day && d.month) return `${MONTHS[d.month - 1]} ${d.day}, ${d.year}`;
  if (d.month) return `${MONTHS[d.month - 1]} ${d.year}`;
  return String(d.year);
}

/** A year as Chicago and APA print it: "ca. 2007" for an approximate one. */
function citedYear(value: string): string {
  const d = parsePartialDate(value);
  return d.approximate ? `ca. ${d.year}` : String(d.year);
}

/** The part of a report a work points at: "¶ 3", "note 12". */
function locator(work: CitedWork): string | undefined {
  if (work.kind === 'paragraph') return `¶ ${work.paragraph}`;
  if (work.kind === 'note') return `note ${work.note}`;
  return undefined;
}

function apaLocator(work: CitedWork): string | undefined {
  if (work.kind === 'paragraph') return `para. ${work.paragraph}`;
  if (work.kind === 'note') return `note ${work.note}`;
  return undefined;
}

export function citationKey(work: CitedWork): string {
  const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  switch (work.kind) {
    case 'report': return `kifa-${work.report.id}`;
    case 'section': return `kifa-${work.report.id}-${slug(work.section)}`;
    case 'paragraph': return `kifa-${work.report.id}-${slug(work.section)}-p${work.paragraph}`;
    case 'note': return `kifa-${work.report.id}-${slug(work.section)}-note${work.note}`;
    case 'incident': return `kifa-incident-${work.slug}`;
  }
}

function chicago(work: CitedWork, accessed: string): { note: string; bibliography: string } {
  const access = `accessed ${longDate(accessed)}`;
  if (work.kind === 'incident') {
    return {
      note: `${ARCHIVE_NAME}, “${work.title},” incident record, first published ${longDate(work.published)}, ${work.url} (${access}).`,
      bibliography: `${ARCHIVE_NAME}. “${work.title}.” Incident record. First published ${longDate(work.published)}. ${work.url} (${access}).`,
    };
  }
  const { report } = work;
  const year = citedYear(report.issued);
  const part = work.kind === 'report' ? undefined : work.section;
  const where = locator(work);
  const archived = `archived in the ${ARCHIVE_NAME}, ${work.url}`;
  // With no publisher the title leads; a publisher is both author and publisher of its report.
  const author = report.publisher ? `${report.publisher}, ` : '';
  const issuedBy = report.publisher ? `${report.publisher}, ${year}` : year;
  const noteTitle = part ? `“${part},” in *${report.title}*` : `*${report.title}*`;
  const note = `${author}${noteTitle} (${issuedBy})${where ? `, ${where}` : ''}, ${archived} (${access}).`;
  const bibTitle = part ? `“${part}.” In *${report.title}*${where ? `, ${where}` : ''}.` : `*${report.title}*.`;
  const bibliography = `${report.publisher ? `${report.publisher}. ` : ''}${bibTitle} ${report.publisher ? `${report.publisher}, ` : ''}${year}. Archived in the ${ARCHIVE_NAME}. ${work.url} (${access}).`;
  return { note, bibliography };
}

function apa(work: CitedWork, accessed: string): string {
  const retrieved = `Retrieved ${longDate(accessed)}, from ${work.url}`;
  if (work.kind === 'incident') {
    const d = parsePartialDate(work.published);
    const date = d.month && d.day ? `${d.year}, ${MONTHS[d.month - 1]} ${d.day}` : String(d.year);
    return `${ARCHIVE_NAME}. (${date}). *${work.title}* [Incident record]. ${retrieved}`;
  }
  const { report } = work;
  const year = `(${citedYear(report.issued)})`;
  const where = apaLocator(work);
  const part = work.kind === 'report' ? undefined : work.section;
  const titled = part ? `${part}${where ? ` (${where})` : ''}. In *${report.title}*` : `*${report.title}*`;
  // APA: with no author, the title moves to the author's place.
  const lead = report.publisher ? `${report.publisher}. ${year}. ${titled}.` : `${titled}. ${year}.`;
  return `${lead} ${ARCHIVE_NAME}. ${retrieved}`;
}

function csl(work: CitedWork, accessed: string): CslItem {
  const access = { 'date-parts': [dateParts(accessed).parts] };
  if (work.kind === 'incident') {
    return {
      id: citationKey(work),
      type: 'webpage',
      title: work.title,
      'container-title': ARCHIVE_NAME,
      author: [{ literal: ARCHIVE_NAME }],
      publisher: ARCHIVE_NAME,
      genre: 'Incident record',
      issued: { 'date-parts': [dateParts(work.published).parts] },
      accessed: access,
      URL: work.url,
      archive: ARCHIVE_NAME,
      language: 'en',
    };
  }
  const { report } = work;
  const issued = dateParts(report.issued);
  const where = locator(work);
  return {
    id: citationKey(work),
    type: work.kind === 'report' ? 'report' : 'chapter',
    title: work.kind === 'report' ? report.title : work.section,
    ...(work.kind === 'report' ? {} : { 'container-title': report.title }),
    ...(report.publisher ? { author: [{ literal: report.publisher }], publisher: report.publisher } : {}),
    issued: { 'date-parts': [issued.parts], ...(issued.circa ? { circa: true } : {}) },
    accessed: access,
    URL: work.url,
    archive: ARCHIVE_NAME,
    ...(where ? { locator: where, note: where } : {}),
    language: 'en',
  };
}

/** BibTeX escapes: braces and the characters TeX treats as commands. */
function tex(value: string): string {
  return value.replace(/[\\{}]/g, '').replace(/([&%$#_])/g, '\\$1');
}

function bibtex(item: CslItem): string {
  const type = item.type === 'report' ? 'techreport' : item.type === 'chapter' ? 'incollection' : 'misc';
  const organisation = item.author?.[0]?.literal;
  const fields: [string, string | undefined][] = [
    // Double braces keep a corporate author and the title's capitals as printed.
    ['author', organisation ? `{${tex(organisation)}}` : undefined],
    ['title', `{${tex(item.title)}}`],
    ['booktitle', item['container-title'] && item.type === 'chapter' ? tex(item['container-title']) : undefined],
    [item.type === 'report' ? 'institution' : 'publisher', item.publisher ? tex(item.publisher) : undefined],
    ['year', String(item.issued['date-parts'][0]![0])],
    ['month', item.issued['date-parts'][0]![1] ? String(item.issued['date-parts'][0]![1]) : undefined],
    ['howpublished', item.type === 'webpage' ? tex(item['container-title'] ?? ARCHIVE_NAME) : undefined],
    ['type', item.genre ? tex(item.genre) : undefined],
    ['url', item.URL],
    ['urldate', item.accessed['date-parts'][0]!.map((n) => String(n).padStart(2, '0')).join('-')],
    ['note', [item.note, item.issued.circa ? 'date approximate' : undefined, `Archived in the ${ARCHIVE_NAME}`].filter(Boolean).join('; ')],
    ['language', 'english'],
  ];
  const body = fields.filter(([, v]) => v !== undefined).map(([k, v]) => `  ${k} = {${v}}`).join(',\n');
  return `@${type}{${item.id},\n${body}\n}\n`;
}

function ris(item: CslItem): string {
  const type = item.type === 'report' ? 'RPRT' : item.type === 'chapter' ? 'CHAP' : 'ELEC';
  const [y, m, d] = item.issued['date-parts'][0]!;
  const pad = (n: number | undefined) => (n ? String(n).padStart(2, '0') : '');
  const lines: [string, string | undefined][] = [
    ['TY', type],
    ['AU', item.author?.[0]?.literal],
    ['TI', item.title],
    ['T2', item['container-title']],
    ['PB', item.publisher],
    ['PY', String(y)],
    ['DA', `${y}/${pad(m)}/${pad(d)}/${item.issued.circa ? 'approximate' : ''}`],
    ['UR', item.URL],
    ['Y2', item.accessed['date-parts'][0]!.map((n) => String(n).padStart(2, '0')).join('/')],
    ['DB', ARCHIVE_NAME],
    ['N1', item.note],
    ['M3', item.genre],
    ['LA', 'en'],
  ];
  return lines.filter(([, v]) => v !== undefined).map(([k, v]) => `${k}  - ${v}`).join('\r\n') + '\r\nER  - \r\n';
}

export function cite(work: CitedWork, accessed: string): Citation {
  const item = csl(work, accessed);
  const { note, bibliography } = chicago(work, accessed);
  return { chicagoNote: note, chicagoBibliography: bibliography, apa: apa(work, accessed), bibtex: bibtex(item), ris: ris(item), csl: item };
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A formatted reference as HTML: `*…*` becomes <i>…</i>, everything else is escaped. */
export function citationHtml(reference: string): string {
  return escapeHtml(reference).replace(/\*([^*]+)\*/g, '<i>$1</i>');
}

/** A formatted reference as plain text, for copying. */
export function citationText(reference: string): string {
  return reference.replace(/\*([^*]+)\*/g, '$1');
}

/** The downloadable citation files: one file holds the entries of a page and of its parts. */
export const citationFormats = {
  bib: { contentType: 'application/x-bibtex; charset=utf-8', body: (cs: readonly Citation[]) => cs.map((c) => c.bibtex).join('\n') },
  ris: { contentType: 'application/x-research-info-systems; charset=utf-8', body: (cs: readonly Citation[]) => cs.map((c) => c.ris).join('') },
  json: { contentType: 'application/vnd.citationstyles.csl+json; charset=utf-8', body: (cs: readonly Citation[]) => `${JSON.stringify(cs.map((c) => c.csl), null, 2)}\n` },
} as const;

export type CitationFormat = keyof typeof citationFormats;

export function citationFile(format: CitationFormat, citations: readonly Citation[]): Response {
  const { contentType, body } = citationFormats[format];
  return new Response(body(citations), { headers: { 'Content-Type': contentType } });
}
