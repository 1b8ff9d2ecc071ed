import { parsePartialDate } from '../partial-date.ts';
import { ARCHIVE_NAME, issuedDate, type CitedWork } from './index.ts';

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
  return [d.year, d.month, d.day]
    .filter((n) => n !== undefined)
    .map((n) => String(n).padStart(2, '0'))
    .join('/');
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

/**
 * The tags Zotero's "Embedded Metadata" translator reads (zotero/translators, Embedded Metadata.js
 * and RDF.js; the rule each tag relies on is named beside it, and test/site/citation-meta.test.ts
 * pins them):
 * - report → Report: `citation_technical_report_institution` sets the Highwire type "report";
 *   where no publisher is known, `eprints.type` "report" sets it through RDF.js's eprints types.
 *   `dcterms.type` (the genre) becomes the Report Type.
 * - section → Book Section: `citation_inbook_title` sets the Highwire type "bookSection" and
 *   becomes the Book Title; no institution tag, since the last Highwire type tag wins.
 * - the publisher as author ends with a comma ("Freedom House,"): processHighwireCreators then
 *   calls cleanAuthor with useComma, which finds no first name, and Zotero saves one field.
 * - incident → Web Page: no Highwire type tag; `og:type` "website" is RDF.js's t.og = webpage, and
 *   `og:site_name` becomes the Website Title. No author tag, so no person.
 */
export function highwireTags(work: CitedWork, extras: WorkExtras = {}): MetaTag[] {
  const tags: MetaTag[] = [];
  const add = (name: string, content: string | null | undefined) => {
    if (content) tags.push({ name, content });
  };
  if (work.kind === 'incident') {
    add('citation_title', work.title);
    add('citation_publication_date', highwireDate(issuedDate(work)));
  } else {
    const { report } = work;
    add('citation_title', work.kind === 'report' ? report.title : work.section);
    add('citation_author', report.publisher ? `${report.publisher},` : undefined);
    if (work.kind === 'report') add('citation_technical_report_institution', report.publisher);
    else add('citation_inbook_title', report.title);
    add('citation_publisher', report.publisher);
    add('citation_publication_date', highwireDate(report.issued));
    add('citation_pdf_url', work.kind === 'report' ? extras.pdfUrl : undefined);
  }
  add('citation_public_url', work.url);
  add('citation_language', 'en');
  return tags;
}

/** RDF.js: `og:type` "website" is t.og = webpage, and `og:site_name` becomes its Website Title. */
const webPageOfArchive: MetaTag[] = [
  { name: 'og:type', content: 'website' },
  { name: 'og:site_name', content: ARCHIVE_NAME },
];

/** Open Graph tags, for an incident only (see highwireTags): a web page of the archive. */
export function openGraphTags(work: CitedWork): MetaTag[] {
  return work.kind === 'incident' ? [...webPageOfArchive] : [];
}

/**
 * The head tags of every other page of the archive (the timeline and its lists, a topic, a theme,
 * the scores …), so Zotero saves it as a Web Page of the archive under the page's own title: RDF.js
 * reads `og:type` "website" as t.og = webpage, `og:site_name` as the Website Title and `og:title`
 * as the Title. `dcterms.date` is the archive's release date, the version the page belongs to;
 * without it, Embedded Metadata.js would date the page by its first `time[datetime]`, which on a
 * list is an event's date. No author: the page is the archive's.
 */
export function archivePageTags(title: string, releaseDate: string): { openGraph: MetaTag[]; dublinCore: MetaTag[] } {
  return {
    openGraph: [...webPageOfArchive, { name: 'og:title', content: title }],
    dublinCore: [{ name: 'dcterms.date', content: releaseDate }],
  };
}

export function dublinCoreTags(work: CitedWork): MetaTag[] {
  const tags: MetaTag[] = [];
  const add = (name: string, content: string | null | undefined) => {
    if (content) tags.push({ name: `dcterms.${name}`, content });
  };
  if (work.kind === 'incident') {
    add('title', work.title);
    add('publisher', ARCHIVE_NAME);
    add('date', isoDate(issuedDate(work)));
    add('isPartOf', ARCHIVE_NAME);
  } else {
    add('title', work.kind === 'report' ? work.report.title : work.section);
    add('creator', work.report.publisher);
    add('publisher', work.report.publisher);
    add('date', isoDate(work.report.issued));
    add('isPartOf', work.kind === 'report' ? ARCHIVE_NAME : work.report.title);
    // RDF.js reads dc:type into the Report Type; a section's type comes from Highwire.
    add('type', work.kind === 'report' ? work.report.genre : undefined);
  }
  add('identifier', work.url);
  add('language', 'en');
  return tags;
}

/** For a report: RDF.js's eprints type "report", which makes a report of a page with no institution tag. */
export function eprintsTags(work: CitedWork): MetaTag[] {
  return work.kind === 'report' ? [{ name: 'eprints.type', content: 'report' }] : [];
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
      ...(work.updated ? { dateModified: isoDate(work.updated) } : {}),
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

/** JSON-LD of a section's cite/ page: a web page about the section, which lists the citations of its parts. */
export function citePageJsonLd(section: CitedWork, url: string): Record<string, unknown> {
  const { '@context': context, ...about } = jsonLd(section);
  const name = section.kind === 'report' || section.kind === 'incident' ? section.url : section.section;
  return { '@context': context, '@type': 'WebPage', name: `Citations of the paragraphs and notes of ${name}`, url, inLanguage: 'en', about };
}

/**
 * Head tags that make Zotero save /data/ as a Dataset: RDF.js maps a `dcterms.type` of "Dataset"
 * (the DCMI type) to the item type dataset, and `dcterms.publisher` to its Repository.
 */
export function datasetTags(title: string, url: string): MetaTag[] {
  return [
    { name: 'dcterms.type', content: 'Dataset' },
    { name: 'dcterms.title', content: title },
    { name: 'dcterms.publisher', content: ARCHIVE_NAME },
    { name: 'dcterms.identifier', content: url },
    { name: 'dcterms.language', content: 'en' },
  ];
}
