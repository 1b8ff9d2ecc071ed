import { getCollection, type CollectionEntry } from 'astro:content';
import { checkNoteMarkers } from '../lib/note-markers.ts';
import { checkSectionOutline, unknownSectionSlugs } from '../lib/content-rules.ts';
import { sectionSlug } from '../lib/urls.ts';
import { failOnProblems, fileOf } from './content-error.ts';

export type Report = CollectionEntry<'reports'>;
export type Section = CollectionEntry<'sections'>;

let sortedReports: Promise<Report[]> | undefined;

/** Every report, newest edition first (sorted once; callers must not reorder the array). */
export function getReports(): Promise<Report[]> {
  sortedReports ??= getCollection('reports').then((reports) => [...reports].sort((a, b) => b.data.edition - a.data.edition || a.id.localeCompare(b.id)));
  return sortedReports;
}

let checked: Promise<Map<string, Section[]>> | undefined;

async function loadSections(): Promise<Map<string, Section[]>> {
  const [reports, sections] = await Promise.all([getCollection('reports'), getCollection('sections')]);
  const byReport = new Map<string, Section[]>(reports.map((r) => [r.id, []]));
  const problems: { file: string; message: string }[] = [];
  for (const section of sections) {
    const list = byReport.get(section.data.report.id);
    if (!list) {
      problems.push({ file: fileOf(section), message: `report: "${section.data.report.id}" is not a report; expected one of ${[...byReport.keys()].join(', ')}` });
      continue;
    }
    if (!section.id.startsWith(`${section.data.report.id}/`)) {
      problems.push({ file: fileOf(section), message: `report: is "${section.data.report.id}"; expected the folder the file is in` });
    }
    list.push(section);
    for (const message of checkNoteMarkers(section.body ?? '', section.data.notes)) problems.push({ file: fileOf(section), message });
  }
  for (const report of reports) {
    const list = byReport.get(report.id)!.sort((a, b) => a.data.order - b.data.order);
    if (list.length === 0) problems.push({ file: fileOf(report), message: 'sections: none found; expected content/sections/' + report.id + '/*.mdx' });
    const outline = list.map((s) => ({ slug: sectionSlug(s.id), order: s.data.order, level: s.data.level, parent: s.data.parent }));
    for (const [slug, messages] of checkSectionOutline(outline)) {
      const file = fileOf(list.find((s) => sectionSlug(s.id) === slug)!);
      for (const message of messages) problems.push({ file, message });
    }
    const referenced = report.data.keyDevelopments?.items.flatMap((item) => item.sections) ?? [];
    for (const slug of unknownSectionSlugs(referenced, outline.map((s) => s.slug))) {
      problems.push({ file: fileOf(report), message: `keyDevelopments.items.sections: "${slug}" is not a section of this report; expected a file content/sections/${report.id}/${slug}.mdx` });
    }
  }
  failOnProblems(problems.map((p) => `${p.file}: ${p.message}`));
  return byReport;
}

/** A report's sections in reading order, after every cross-entry rule has been checked. */
export async function getReportSections(reportId: string): Promise<Section[]> {
  checked ??= loadSections();
  return (await checked).get(reportId) ?? [];
}

export function sectionLabel(section: Section): string {
  const indicator = section.data.indicator;
  return indicator ? `${indicator.code}. ${indicator.question}` : section.data.title;
}

let shortTitles: Promise<Map<string, string>> | undefined;

/** Report id → short title, for lists that name the reports an item comes from (built once). */
export function reportShortTitles(): Promise<Map<string, string>> {
  shortTitles ??= getReports().then((reports) => new Map(reports.map((r) => [r.id, r.data.shortTitle])));
  return shortTitles;
}
