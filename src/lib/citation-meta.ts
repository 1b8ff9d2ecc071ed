import { parsePartialDate } from './partial-date.ts';
import { ARCHIVE_NAME, type CitedWork } from './cite.ts';

/**
 * What a page's head tells reference managers and search engines about the work on it:
 * Highwire Press `citation_*` tags (what Zotero and Google Scholar read), Dublin Core
 * `dcterms.*` tags, and schema.org JSON-LD. Built from the same CitedWork as "Cite this".
 */

export interface MetaTag {
  name: string;
  content: string;
}

/** Highwire dates are YYYY/MM/DD, or YYYY where only the year is known. */
function highwireDate(value: string): string {
  const d = parsePartialDate(value);
  return [d.year, d.month, d.day].filter((n) => n !== undefined).map((n) => String(n).padStart(2, '0')).join('/');
}

/** ISO 8601 with the precision the date has: "2015", "2015-05", "2015-05-12". */
function isoDate(value: string): string {
  return value.replace('~', '');
}

export interface WorkExtras {
  /** The PDF edition of a report, when one exists. */
  pdfUrl?: string | undefined;
  /** For an incident: the event's date and places. */
  eventDate?: string | undefined;
  places?: readonly string[] | undefined;
}

export function highwireTags(work: CitedWork, extras: WorkExtras = {}): MetaTag[] {
  const tags: MetaTag[] = [];
  const add = (name: string, content: string | null | undefined) => {
    if (content) tags.push({ name, content });
  };
  if (work.kind === 'incident') {
    add('citation_title', work.title);
    add('citation_author', ARCHIVE_NAME);
    add('citation_publisher', ARCHIVE_NAME);
    add('citation_publication_date', highwireDate(work.published));
  } else {
    const { report } = work;
    add('citation_title', work.kind === 'report' ? report.title : work.section);
    if (work.kind !== 'report') add('citation_inbook_title', report.title);
    add('citation_technical_report_institution', report.publisher);
    add('citation_publisher', report.publisher);
    add('citation_publication_date', highwireDate(report.issued));
    add('citation_pdf_url', work.kind === 'report' ? extras.pdfUrl : undefined);
  }
  add('citation_public_url', work.url);
  add('citation_language', 'en');
  return tags;
}

export function dublinCoreTags(work: CitedWork): MetaTag[] {
  const tags: MetaTag[] = [];
  const add = (name: string, content: string | null | undefined) => {
    if (content) tags.push({ name: `dcterms.${name}`, content });
  };
  if (work.kind === 'incident') {
    add('title', work.title);
    add('creator', ARCHIVE_NAME);
    add('publisher', ARCHIVE_NAME);
    add('date', isoDate(work.published));
    add('type', 'Text');
  } else {
    add('title', work.kind === 'report' ? work.report.title : work.section);
    add('creator', work.report.publisher);
    add('publisher', work.report.publisher);
    add('date', isoDate(work.report.issued));
    add('isPartOf', work.kind === 'report' ? ARCHIVE_NAME : work.report.title);
    add('type', 'Text');
  }
  add('identifier', work.url);
  add('language', 'en');
  return tags;
}

const organisation = (name: string) => ({ '@type': 'Organization', name });

export function jsonLd(work: CitedWork, extras: WorkExtras = {}): Record<string, unknown> {
  const archive = { '@type': 'Collection', name: ARCHIVE_NAME };
  if (work.kind === 'incident') {
    return {
      '@context': 'https://schema.org',
      '@type': 'CreativeWork',
      additionalType: 'Incident record',
      name: work.title,
      url: work.url,
      author: organisation(ARCHIVE_NAME),
      publisher: organisation(ARCHIVE_NAME),
      datePublished: isoDate(work.published),
      inLanguage: 'en',
      isPartOf: archive,
      about: {
        '@type': 'Event',
        name: work.title,
        ...(extras.eventDate ? { startDate: isoDate(extras.eventDate) } : {}),
        ...(extras.places?.length ? { location: extras.places.map((name) => ({ '@type': 'Place', name })) } : {}),
      },
    };
  }
  const { report } = work;
  const reportLd = {
    '@type': 'Report',
    name: report.title,
    ...(report.publisher ? { author: organisation(report.publisher), publisher: organisation(report.publisher) } : {}),
    datePublished: isoDate(report.issued),
    inLanguage: 'en',
  };
  if (work.kind === 'report') {
    return {
      '@context': 'https://schema.org',
      ...reportLd,
      url: work.url,
      isPartOf: archive,
      ...(extras.pdfUrl ? { encoding: { '@type': 'MediaObject', contentUrl: extras.pdfUrl, encodingFormat: 'application/pdf' } } : {}),
    };
  }
  return {
    '@context': 'https://schema.org',
    '@type': 'Chapter',
    name: work.section,
    url: work.url,
    inLanguage: 'en',
    isPartOf: { ...reportLd, url: work.url.replace(/[^/]+\/(#.*)?$/, '') },
  };
}

/** JSON for a <script type="application/ld+json">: "</" is escaped so the text cannot close the element. */
export function jsonLdText(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
