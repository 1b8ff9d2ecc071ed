import { cite, type Citation, type CitedReport, type CitedWork } from '../lib/cite.ts';
import { incidentPath, reportPath, sectionPath, withBase } from '../lib/urls.ts';
import { paragraphNumber } from '../lib/section-html.ts';
import { noteId } from '../lib/note-markers.ts';
import type { Report, Section } from './reports.ts';
import type { Incident } from './incidents.ts';

/**
 * The works the archive offers citations for, built from the content: the permanent URL
 * (the site's address and base), and the access date, which is the day the site was built
 * (BUILD_DATE overrides it, for reproducible builds).
 */
export const accessDate = process.env.BUILD_DATE ?? new Date().toISOString().slice(0, 10);

export function permanentUrl(path: string): string {
  return new URL(withBase(import.meta.env.BASE_URL, path), import.meta.env.SITE).href;
}

export function citedReport(report: Report): CitedReport {
  return { id: report.id, title: report.data.title, publisher: report.data.publisher.name, issued: report.data.published.date };
}

export function reportWork(report: Report): CitedWork {
  return { kind: 'report', report: citedReport(report), url: permanentUrl(reportPath(report.id)) };
}

export function sectionWork(report: Report, section: Section): CitedWork {
  return { kind: 'section', report: citedReport(report), section: section.data.title, url: permanentUrl(sectionPath(section.id)) };
}

export function paragraphWork(report: Report, section: Section, id: string): CitedWork {
  return { kind: 'paragraph', report: citedReport(report), section: section.data.title, paragraph: paragraphNumber(id), url: `${permanentUrl(sectionPath(section.id))}#${id}` };
}

export function noteWork(report: Report, section: Section, n: number): CitedWork {
  return { kind: 'note', report: citedReport(report), section: section.data.title, note: n, url: `${permanentUrl(sectionPath(section.id))}#${noteId(n)}` };
}

/** An incident is the archive's own record: published with the first edition, or on the day it was added. */
export function incidentWork(incident: Incident, firstEdition: string): CitedWork {
  return { kind: 'incident', title: incident.data.title, slug: incident.id, published: incident.data.added ?? firstEdition, url: permanentUrl(incidentPath(incident.id)) };
}

export function citationOf(work: CitedWork): Citation {
  return cite(work, accessDate);
}
