import { cite, type Citation, type CitedReport, type CitedWork } from '../lib/citations/index.ts';
import { incidentPath, reportPath, sectionPath, withBase } from '../lib/urls.ts';
import { paragraphNumber } from '../lib/reading/section-html.ts';
import { noteId } from '../lib/notes/note-markers.ts';
import { sectionLabel, type Report, type Section } from './reports.ts';
import type { Incident } from './incidents.ts';
import { correctionsOfPage } from './corrections.ts';

/**
 * The works the archive offers citations for, built from the content and the permanent URL
 * (the site's address and base). No date here comes from the build: a report is cited with
 * its publication date, an incident with the day of its last correction.
 */

export function permanentUrl(path: string): string {
  return new URL(withBase(import.meta.env.BASE_URL, path), import.meta.env.SITE).href;
}

export function citedReport(report: Report): CitedReport {
  const genre = report.data.kind === 'freedom-on-the-net' ? 'Country report' : 'Country profile';
  return { id: report.id, title: report.data.title, publisher: report.data.publisher.name, issued: report.data.published.date, genre };
}

export function reportWork(report: Report): CitedWork {
  return { kind: 'report', report: citedReport(report), url: permanentUrl(reportPath(report.id)) };
}

export function sectionWork(report: Report, section: Section): CitedWork {
  return { kind: 'section', report: citedReport(report), section: sectionLabel(section), url: permanentUrl(sectionPath(section.id)) };
}

export function paragraphWork(report: Report, section: Section, id: string): CitedWork {
  return {
    kind: 'paragraph',
    report: citedReport(report),
    section: sectionLabel(section),
    paragraph: paragraphNumber(id),
    url: `${permanentUrl(sectionPath(section.id))}#${id}`,
  };
}

export function noteWork(report: Report, section: Section, n: number): CitedWork {
  return { kind: 'note', report: citedReport(report), section: sectionLabel(section), note: n, url: `${permanentUrl(sectionPath(section.id))}#${noteId(n)}` };
}

/**
 * An incident is the archive's own record: published with the first edition, or on the day it
 * was added, and cited with the day of its last correction (a correction naming its page).
 */
export async function incidentWork(incident: Incident, firstEdition: string): Promise<CitedWork> {
  const published = incident.data.added ?? firstEdition;
  const corrected = (await correctionsOfPage(incidentPath(incident.id))).map((c) => c.data.date).sort();
  return {
    kind: 'incident',
    title: incident.data.title,
    slug: incident.id,
    published,
    updated: corrected.at(-1),
    url: permanentUrl(incidentPath(incident.id)),
  };
}

const cited = new Map<string, Citation>();

/** A work's citation (rendered once per build: the section and its cite/ page share it). */
export function citationOf(work: CitedWork): Citation {
  const key = `${work.kind} ${work.url}`;
  let c = cited.get(key);
  if (!c) cited.set(key, (c = cite(work)));
  return c;
}
