import { getCollection, type CollectionEntry } from 'astro:content';
import { timelineOrder } from '../lib/incidents.ts';
import { disagreementProblems, unflaggedDateDisagreement, unsupportedSummaryNumbers } from '../lib/incident-rules.ts';
import { failOnProblems, fileOf } from './content-error.ts';

export type Incident = CollectionEntry<'incidents'>;
export type Topic = CollectionEntry<'topics'>;
export type Mention = Incident['data']['mentions'][number];

let loaded: Promise<{ incidents: Incident[]; topics: Topic[] }> | undefined;

/**
 * Incidents in timeline order and topics by name, after checking that every reference
 * points at something that exists. (A mention's quote is checked against its paragraph
 * when the section page is built: see SectionText.astro.)
 */
async function load() {
  const [incidents, topics, sections, reports] = await Promise.all([getCollection('incidents'), getCollection('topics'), getCollection('sections'), getCollection('reports')]);
  const editionOf = new Map(reports.map((r) => [r.id, r.data.edition]));
  const topicIds = new Set(topics.map((t) => t.id));
  const sectionIds = new Set(sections.map((s) => s.id));
  const problems: string[] = [];
  for (const incident of incidents) {
    const file = fileOf(incident);
    incident.data.topics.forEach((t, i) => {
      if (!topicIds.has(t.id)) problems.push(`${file}: topics.${i}: "${t.id}" is not a topic; expected a file content/topics/${t.id}.yaml`);
    });
    incident.data.mentions.forEach((m, i) => {
      if (!sectionIds.has(m.section.id)) problems.push(`${file}: mentions.${i}.section: "${m.section.id}" is not a section; expected "<report>/<slug>" of a file in content/sections/`);
    });
    // The archive's own words stay tied to the quoted passages (src/lib/incident-rules.ts).
    const accounts = incident.data.mentions.map((m) => ({ ...m, report: mentionReport(m), section: m.section.id }));
    const ownWords = [
      ...unsupportedSummaryNumbers({ ...incident.data, mentions: accounts, reportYears: accounts.flatMap((m) => editionOf.get(m.report) ?? []) }),
      ...(incident.data.disagreement ? disagreementProblems(incident.data.disagreement, accounts) : []),
      ...unflaggedDateDisagreement(incident.data, accounts),
    ];
    for (const problem of ownWords) problems.push(`${file}: ${problem}`);
  }
  failOnProblems(problems);
  return {
    incidents: timelineOrder(incidents, (i) => i.data.date),
    topics: topics.sort((a, b) => a.data.name.localeCompare(b.data.name)),
  };
}

export async function getIncidents(): Promise<Incident[]> {
  loaded ??= load();
  return (await loaded).incidents;
}

export async function getTopics(): Promise<Topic[]> {
  loaded ??= load();
  return (await loaded).topics;
}

/** The report a mention's section belongs to: the part of its id before the slash. */
export function mentionReport(mention: Mention): string {
  return mention.section.id.slice(0, mention.section.id.indexOf('/'));
}

let bySection: Promise<Map<string, { incident: Incident; mention: Mention }[]>> | undefined;

/** Every mention in one section, with its incident, for annotating the section's paragraphs (indexed once). */
export async function mentionsInSection(sectionId: string): Promise<{ incident: Incident; mention: Mention }[]> {
  bySection ??= getIncidents().then((incidents) => {
    const index = new Map<string, { incident: Incident; mention: Mention }[]>();
    for (const incident of incidents) {
      for (const mention of incident.data.mentions) {
        const list = index.get(mention.section.id) ?? [];
        list.push({ incident, mention });
        index.set(mention.section.id, list);
      }
    }
    return index;
  });
  return (await bySection).get(sectionId) ?? [];
}
