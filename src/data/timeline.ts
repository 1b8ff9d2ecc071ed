import { incidentLists, LIST_KINDS, type ListKind, type ListPage } from '../lib/timeline/lists.ts';
import { getIncidents, mentionReport, type Incident } from './incidents.ts';
import { getReports } from './reports.ts';
import { categoryLabels, incidentCategories } from '../schemas/incident.ts';

/** An incident as the timeline's lists sort it (src/lib/timeline/lists.ts), with its entry for rendering. */
export interface TimelineEntry {
  id: string;
  date: string;
  categories: readonly string[];
  reports: readonly string[];
  incident: Incident;
}

let lists: Promise<Record<ListKind, Map<string, ListPage<TimelineEntry>[]>>> | undefined;

/** Every list of the timeline (per year, category and report), each split into pages; built once. */
export function getTimelineLists(): Promise<Record<ListKind, Map<string, ListPage<TimelineEntry>[]>>> {
  lists ??= getIncidents().then((incidents) => {
    const entries: TimelineEntry[] = incidents.map((incident) => ({
      id: incident.id,
      date: incident.data.date,
      categories: incident.data.categories,
      reports: incident.data.mentions.map(mentionReport),
      incident,
    }));
    return Object.fromEntries(LIST_KINDS.map((kind) => [kind, incidentLists(entries, kind)])) as Record<ListKind, Map<string, ListPage<TimelineEntry>[]>>;
  });
  return lists;
}

/** One list as an index names it: its key, its label and how many incidents it holds. */
export interface TimelineListLink {
  key: string;
  label: string;
  count: number;
}

let index: Promise<Record<ListKind, TimelineListLink[]>> | undefined;

/**
 * Every list of each kind, for /incidents/ and /incidents/<kind>/: years in order, categories in
 * the schema's order, reports in the archive's order; only lists that hold an incident.
 */
export function getTimelineIndex(): Promise<Record<ListKind, TimelineListLink[]>> {
  index ??= Promise.all([getTimelineLists(), getReports()]).then(([lists, reports]) => {
    const count = (pages: ListPage<TimelineEntry>[]) => pages[0]!.total;
    return {
      year: [...lists.year].map(([key, pages]) => ({ key, label: key, count: count(pages) })),
      category: incidentCategories
        .filter((c) => lists.category.has(c))
        .map((c) => ({ key: c, label: categoryLabels[c], count: count(lists.category.get(c)!) })),
      report: reports.filter((r) => lists.report.has(r.id)).map((r) => ({ key: r.id, label: r.data.title, count: count(lists.report.get(r.id)!) })),
    };
  });
  return index;
}
