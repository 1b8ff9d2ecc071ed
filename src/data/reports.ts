import { getCollection } from 'astro:content';
import { checkContent } from './check-content.ts';
import { sectionSlug } from '../lib/urls.ts';
import type { Report, Section } from './entries.ts';

export type { Report, Section };

let sortedReports: Promise<Report[]> | undefined;

/** Every report, newest edition first (checked and sorted once; callers must not reorder the array). */
export function getReports(): Promise<Report[]> {
  sortedReports ??= checkContent()
    .then(() => getCollection('reports'))
    .then((reports) => [...reports].sort((a, b) => b.data.edition - a.data.edition || a.id.localeCompare(b.id)));
  return sortedReports;
}

let grouped: Promise<Map<string, Section[]>> | undefined;

async function loadSections(): Promise<Map<string, Section[]>> {
  await checkContent();
  const [reports, sections] = await Promise.all([getCollection('reports'), getCollection('sections')]);
  const byReport = new Map<string, Section[]>(reports.map((r) => [r.id, []]));
  for (const section of sections) byReport.get(section.data.report.id)!.push(section);
  for (const list of byReport.values()) list.sort((a, b) => a.data.order - b.data.order);
  return byReport;
}

/** A report's sections in reading order, after the content gate has checked every rule between entries (src/data/check-content.ts). */
export async function getReportSections(reportId: string): Promise<Section[]> {
  grouped ??= loadSections();
  return (await grouped).get(reportId) ?? [];
}

/** getStaticPaths for a page per section, /<…>/[report]/[section]: every section with its report. */
export async function sectionPaths(): Promise<{ params: { report: string; section: string }; props: { report: Report; section: Section } }[]> {
  const paths = [];
  for (const report of await getReports()) {
    for (const section of await getReportSections(report.id))
      paths.push({ params: { report: report.id, section: sectionSlug(section.id) }, props: { report, section } });
  }
  return paths;
}

export { sectionLabel } from '../lib/reading/section-label.ts';

let shortTitles: Promise<Map<string, string>> | undefined;

/** Report id → short title, for lists that name the reports an item comes from (built once). */
export function reportShortTitles(): Promise<Map<string, string>> {
  shortTitles ??= getReports().then((reports) => new Map(reports.map((r) => [r.id, r.data.shortTitle])));
  return shortTitles;
}
