import { incidentLists, LIST_KINDS, type ListKind, type ListPage } from '../lib/timeline/lists.ts';
import { getIncidents, mentionReport, type Incident } from './incidents.ts';

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
