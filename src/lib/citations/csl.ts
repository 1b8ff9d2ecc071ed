import { parsePartialDate } from '../partial-date.ts';
import { ARCHIVE_NAME, citationKey, issuedDate, pinpoint, type CitedWork } from './work.ts';

/**
 * The CSL-JSON item of a work, valid against the CSL data schema (csl-data.json):
 * - report: `report`, the publisher as institutional author (a literal) and as `publisher`,
 *   the report's kind as `genre`, and the archive that holds the copy as `archive`;
 * - section: `chapter`, with the report as `container-title`;
 * - paragraph, note: as their section, at the paragraph's or note's own URL, with `locator`
 *   (the schema has no `label`; the renderer takes it from the work, see pinpoint());
 * - incident: `webpage` of the archive (`container-title`), no author, issued on its last correction.
 * No `accessed`: every date here is fixed by the content, never by the build.
 */
export interface CslDate {
  'date-parts': [[number, ...number[]]];
  circa?: boolean;
}

export interface CslItem {
  id: string;
  type: 'report' | 'chapter' | 'webpage';
  title: string;
  'container-title'?: string;
  author?: { literal: string }[];
  publisher?: string;
  genre?: string;
  archive?: string;
  issued: CslDate;
  URL: string;
  locator?: string;
  language: 'en';
}

export function cslDate(value: string): CslDate {
  const d = parsePartialDate(value);
  const parts: [number, ...number[]] = [d.year, ...(d.month ? [d.month] : []), ...(d.day && d.month ? [d.day] : [])];
  return { 'date-parts': [parts], ...(d.approximate ? { circa: true } : {}) };
}

export function cslItem(work: CitedWork): CslItem {
  if (work.kind === 'incident') {
    return {
      id: citationKey(work),
      type: 'webpage',
      title: work.title,
      'container-title': ARCHIVE_NAME,
      issued: cslDate(issuedDate(work)),
      URL: work.url,
      language: 'en',
    };
  }
  const { report } = work;
  const publisher = report.publisher ? { author: [{ literal: report.publisher }], publisher: report.publisher } : {};
  const where = pinpoint(work);
  return {
    id: citationKey(work),
    type: work.kind === 'report' ? 'report' : 'chapter',
    title: work.kind === 'report' ? report.title : work.section,
    ...(work.kind === 'report' ? {} : { 'container-title': report.title }),
    ...publisher,
    ...(work.kind === 'report' ? { genre: report.genre } : {}),
    archive: ARCHIVE_NAME,
    issued: cslDate(report.issued),
    URL: work.url,
    ...(where ? { locator: where.locator } : {}),
    language: 'en',
  };
}
