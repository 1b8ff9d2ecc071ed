import { compareDates, parsePartialDate } from './partial-date.ts';

/** Pure helpers for the incident timeline and pages; data comes in as plain objects. */

export interface DatedItem {
  id: string;
  date: string;
}

type DateOf<T> = (item: T) => string;
const ownDate = (item: { date?: string }) => item.date!;

/** Timeline order: by date, coarser dates before the finer dates inside them, then by id for stability. */
export function timelineOrder<T extends { id: string }>(items: readonly T[], dateOf: DateOf<T> = ownDate as DateOf<T>): T[] {
  return [...items].sort((a, b) => compareDates(dateOf(a), dateOf(b)) || a.id.localeCompare(b.id));
}

/** Items grouped by year, years ascending, each group in timeline order. */
export function groupByYear<T extends { id: string }>(items: readonly T[], dateOf: DateOf<T> = ownDate as DateOf<T>): { year: number; items: T[] }[] {
  const groups = new Map<number, T[]>();
  for (const item of timelineOrder(items, dateOf)) {
    const year = parsePartialDate(dateOf(item)).year;
    groups.set(year, [...(groups.get(year) ?? []), item]);
  }
  return [...groups].map(([year, list]) => ({ year, items: list }));
}

export interface MentionDate {
  report: string;
  date?: string | undefined;
}

/**
 * Whether the reports give different dates for one event. Two dates agree when one
 * contains the other ("2014" and "2014-04-23" agree; "2014-04" and "2014-05" do not).
 */
export function datesDisagree(mentions: readonly MentionDate[]): boolean {
  const dates = [...new Set(mentions.flatMap((m) => (m.date ? [m.date.replace('~', '')] : [])))];
  return dates.some((a, i) => dates.slice(i + 1).some((b) => !a.startsWith(b) && !b.startsWith(a)));
}

export interface RelatableIncident extends DatedItem {
  topics: string[];
  categories: string[];
}

/**
 * Incidents related to one: those sharing the most topics, then categories, then nearest
 * in time. Incidents that share nothing are not related.
 */
export function relatedIncidents<T extends RelatableIncident>(incident: RelatableIncident, all: readonly T[], limit = 5): T[] {
  const year = parsePartialDate(incident.date).year;
  return all
    .filter((other) => other.id !== incident.id)
    .map((other) => ({
      other,
      topics: other.topics.filter((t) => incident.topics.includes(t)).length,
      categories: other.categories.filter((c) => incident.categories.includes(c)).length,
      distance: Math.abs(parsePartialDate(other.date).year - year),
    }))
    .filter((r) => r.topics > 0)
    .sort((a, b) => b.topics - a.topics || b.categories - a.categories || a.distance - b.distance || a.other.id.localeCompare(b.other.id))
    .slice(0, limit)
    .map((r) => r.other);
}

/** Collapses runs of white space, as the quote check compares text. */
export function normaliseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export interface ParagraphForCheck {
  id: string;
  text: string;
  notes: number[];
}

/**
 * Problems with one mention against the paragraphs of its section: the anchor must exist,
 * the quote must stand in that paragraph word for word, and each note it lists must be
 * cited in that paragraph.
 */
export function checkMention(mention: { paragraph: string; quote: string; notes: number[] }, paragraphs: readonly ParagraphForCheck[]): string[] {
  const paragraph = paragraphs.find((p) => p.id === mention.paragraph);
  if (!paragraph) return [`paragraph: "${mention.paragraph}" is not a paragraph of the section; expected p1 … p${paragraphs.length}`];
  const problems: string[] = [];
  if (!normaliseSpace(paragraph.text).includes(normaliseSpace(mention.quote))) {
    problems.push(`quote: not found word for word in ${mention.paragraph}; expected an exact extract of that paragraph (without note markers)`);
  }
  for (const n of mention.notes) {
    if (!paragraph.notes.includes(n)) problems.push(`notes: note ${n} is not cited in ${mention.paragraph}; expected one of [${paragraph.notes.join(', ')}]`);
  }
  return problems;
}

/** The report a mention's section belongs to: the part of its id ("<report>/<slug>") before the slash. */
export function mentionReport(mention: { section: { id: string } }): string {
  return mention.section.id.slice(0, mention.section.id.indexOf('/'));
}

/**
 * Items grouped by the report each belongs to, the groups in `reportOrder` (a report with no
 * item has no group), the items in their own order. One pass over the items and one over the
 * reports, so an incident page costs the same however many reports the archive holds.
 */
export function groupByReport<T>(items: readonly T[], reportOf: (item: T) => string, reportOrder: readonly string[]): { report: string; items: T[] }[] {
  const byReport = new Map<string, T[]>();
  for (const item of items) {
    const report = reportOf(item);
    const list = byReport.get(report);
    if (list) list.push(item);
    else byReport.set(report, [item]);
  }
  return reportOrder.filter((report) => byReport.has(report)).map((report) => ({ report, items: byReport.get(report)! }));
}
