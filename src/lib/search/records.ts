import { compileTopicMatcher, type TopicMatcher } from '../topic-passages.ts';
import { formatPartialDate, parsePartialDate } from '../partial-date.ts';
import { incidentPath, sectionPath, topicPath, withBase } from '../urls.ts';
import { ARCHIVE_GROUP, KIND, notesGroup } from './kinds.ts';

/**
 * The search index, record by record. Every paragraph of report text, every note, every
 * incident and every topic is its own Pagefind record (src/integrations/search-index.ts hands them to
 * Pagefind's Node API), so a result links to the passage itself, not to the top of a page.
 *
 * Pagefind searches a record's content and also every metadata field, so passages carry no
 * metadata at all: their report, year, kind, topics, incident categories and themes travel as
 * filters (returned with each result, never matched as words), and the search page knows each
 * section's title. Themes are the editorial mapping of paragraphs to the methodology's
 * questions (content/themes/); a note takes the themes of the paragraphs that cite it, since
 * it is the source for what they say. Incidents and topics carry no theme: they are the
 * archive's own records, not passages of a report, so a theme filter narrows to passages.
 * Incidents and topics carry their names as metadata, which the search page weights heavily,
 * so a match on a name ranks above a passing mention.
 */

export interface SearchRecord {
  url: string;
  content: string;
  language: 'en';
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

export interface ReportInfo {
  id: string;
  shortTitle: string;
  edition: number;
}

/** A built section page as the indexer reads it: ids come from the rendered elements. */
export interface BuiltSection {
  reportId: string;
  /** "<report>/<slug>", as in the section's URL. */
  sectionId: string;
  /** Every paragraph and note on the page, with the text a reader sees (empty for a note the source lost). */
  paragraphs: { id: string; text: string }[];
  notes: { id: string; text: string }[];
}

export interface TopicInfo {
  id: string;
  name: string;
  kind: string;
  aliases: string[];
  otherNames: string[];
  description: string;
}

export interface IncidentInfo {
  id: string;
  title: string;
  date: string;
  endDate?: string | undefined;
  categories: string[];
  summary: string;
  topics: string[];
  reports: string[];
  mentions: { section: string; paragraph: string }[];
}

export interface SearchRecordInput {
  base: string;
  reports: ReportInfo[];
  sections: BuiltSection[];
  topics: TopicInfo[];
  incidents: IncidentInfo[];
  /**
   * The themes of each paragraph and note, by "<section>#<anchor>" ("fotn-2015/ict-market#p3",
   * "fotn-2015/ict-market#note-23"), as slugs: from /data/themes.json for paragraphs, and from
   * /data/citations.json for notes (a note belongs to the themes of the paragraphs that cite it).
   */
  themesOf: ReadonlyMap<string, readonly string[]>;
  categoryLabel: (category: string) => string;
}

/** The names of the topics a passage names, by the names the reports print (the same matcher as topic pages). */
function topicsNamedIn(text: string, matcher: TopicMatcher, topicById: ReadonlyMap<string, TopicInfo>): string[] {
  return [...matcher.match(text.replace(/\[\^\d+\]/g, '')).keys()].map((id) => topicById.get(id)!.name);
}

const unique = <T>(values: Iterable<T>): T[] => [...new Set(values)];

export function buildSearchRecords(input: SearchRecordInput): SearchRecord[] {
  const { base, reports, sections, topics, incidents, themesOf, categoryLabel } = input;
  const themesAt = (sectionId: string, anchor: string) => [...(themesOf.get(`${sectionId}#${anchor}`) ?? [])];
  const reportById = new Map(reports.map((r) => [r.id, r]));
  const topicById = new Map(topics.map((t) => [t.id, t]));
  // One matcher for every topic's printed names (name and aliases), compiled once.
  const matcher = compileTopicMatcher(topics.map((t) => ({ id: t.id, names: [t.name, ...t.aliases] })));

  // What the incidents say about each paragraph they quote: their topics and categories.
  const byParagraph = new Map<string, { topics: Set<string>; categories: Set<string> }>();
  for (const incident of incidents) {
    for (const mention of incident.mentions) {
      const key = `${mention.section}#${mention.paragraph}`;
      const entry = byParagraph.get(key) ?? { topics: new Set(), categories: new Set() };
      incident.topics.forEach((t) => entry.topics.add(topicById.get(t)?.name ?? t));
      incident.categories.forEach((c) => entry.categories.add(categoryLabel(c)));
      byParagraph.set(key, entry);
    }
  }

  const records: SearchRecord[] = [];
  for (const section of sections) {
    const report = reportById.get(section.reportId);
    if (!report) throw new Error(`search index: section ${section.sectionId} belongs to no known report (${section.reportId})`);
    const common = { report: [report.shortTitle], year: [String(report.edition)] };
    const pageUrl = withBase(base, sectionPath(section.sectionId));
    for (const paragraph of section.paragraphs.filter((p) => p.text.length > 0)) {
      const fromIncidents = byParagraph.get(`${section.sectionId}#${paragraph.id}`);
      records.push({
        url: `${pageUrl}#${paragraph.id}`,
        content: paragraph.text,
        language: 'en',
        meta: {},
        filters: {
          ...common,
          group: [report.shortTitle],
          kind: [KIND.text],
          topic: unique([...topicsNamedIn(paragraph.text, matcher, topicById), ...(fromIncidents?.topics ?? [])]),
          category: [...(fromIncidents?.categories ?? [])],
          theme: themesAt(section.sectionId, paragraph.id),
        },
      });
    }
    // A note the source lost has no text to find; it is on its page, and in a theme's rows, all the same.
    for (const note of section.notes.filter((n) => n.text.length > 0)) {
      records.push({
        url: `${pageUrl}#${note.id}`,
        content: note.text,
        language: 'en',
        meta: {},
        filters: {
          ...common,
          group: [notesGroup(report.shortTitle)],
          kind: [KIND.note],
          topic: topicsNamedIn(note.text, matcher, topicById),
          category: [],
          theme: themesAt(section.sectionId, note.id),
        },
      });
    }
  }

  // A theme row that names no anchor on the pages means the open data and the pages disagree.
  const anchors = new Set(sections.flatMap((s) => [...s.paragraphs, ...s.notes].map((p) => `${s.sectionId}#${p.id}`)));
  for (const key of themesOf.keys()) {
    if (!anchors.has(key)) throw new Error(`search index: themes name ${key}, which is no paragraph or note on its section page`);
  }

  for (const incident of incidents) {
    const dateLabel = formatPartialDate(incident.date) + (incident.endDate ? ` – ${formatPartialDate(incident.endDate)}` : '');
    records.push({
      url: withBase(base, incidentPath(incident.id)),
      content: incident.summary,
      language: 'en',
      meta: { name: incident.title, date: dateLabel },
      filters: {
        kind: [KIND.incident],
        group: [ARCHIVE_GROUP],
        year: [String(parsePartialDate(incident.date).year)],
        report: incident.reports.map((id) => reportById.get(id)?.shortTitle ?? id),
        category: incident.categories.map(categoryLabel),
        topic: incident.topics.map((t) => topicById.get(t)?.name ?? t),
      },
    });
  }

  for (const topic of topics) {
    records.push({
      url: withBase(base, topicPath(topic.id)),
      content: topic.description,
      language: 'en',
      meta: {
        name: topic.name,
        ...(topic.aliases.length > 0 ? { aliases: topic.aliases.join(' · ') } : {}),
        ...(topic.otherNames.length > 0 ? { otherNames: topic.otherNames.join(' · ') } : {}),
      },
      filters: { kind: [KIND.topic], group: [ARCHIVE_GROUP], topic: [topic.name] },
    });
  }
  return records;
}

/**
 * A note as indexed: each URL shortened to its site ("http://www.zakon.kz/4654.html" → "zakon.kz").
 * The site is what a reader searches by; the paths are long strings of one-off words that
 * would swell the index every query downloads, and read badly in an excerpt.
 */
export function noteTextForIndex(text: string): string {
  return text.replace(/\bhttps?:\/\/(?:www\.)?([^/\s]+)\S*/g, '$1');
}

/** The names the search page suggests from when a query finds nothing. */
export function topicNameList(base: string, topics: readonly TopicInfo[]): { name: string; url: string; names: string[] }[] {
  return topics.map((t) => ({ name: t.name, url: withBase(base, topicPath(t.id)), names: unique([t.name, ...t.aliases, ...t.otherNames]) }));
}
