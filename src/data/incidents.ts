import { getCollection, getEntry } from 'astro:content';
import { groupByReport, mentionReport, relatedIncidents, timelineOrder, type RelatableIncident } from '../lib/incidents.ts';
import { checkContent } from './check-content.ts';
import type { Incident, Mention, Report, Section, Topic } from './entries.ts';
import { getReports } from './reports.ts';

export type { Incident, Mention, Topic };

let loaded: Promise<{ incidents: Incident[]; topics: Topic[] }> | undefined;

/**
 * Incidents in timeline order and topics by name, after the content gate has checked that
 * every reference points at something that exists and that every quote stands word for word
 * in its paragraph (src/lib/content-rules/gate.ts).
 */
async function load() {
  await checkContent();
  const [incidents, topics] = await Promise.all([getCollection('incidents'), getCollection('topics')]);
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

export { mentionReport } from '../lib/incidents.ts';

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

/** A report's passage about an incident: the mention (its quote, paragraph, notes) and the section it is in. */
export interface Account {
  mention: Mention;
  section: Section;
}

/**
 * What an incident's page shows of the reports: its accounts grouped by report, oldest report
 * first (the order the accounts were written), and the accounts a disagreement sets side by
 * side, in the order the flag lists them.
 */
export async function incidentAccounts(incident: Incident): Promise<{ byReport: { report: Report; accounts: Account[] }[]; disagreeing: Account[] }> {
  const reports = await getReports();
  const reportById = new Map(reports.map((r) => [r.id, r]));
  const accounts = await Promise.all(incident.data.mentions.map(async (mention) => ({ mention, section: (await getEntry(mention.section))! })));
  const groups = groupByReport(
    accounts,
    (a) => mentionReport(a.mention),
    [...reports].reverse().map((r) => r.id),
  );
  return {
    byReport: groups.map((g) => ({ report: reportById.get(g.report)!, accounts: g.items })),
    disagreeing: (incident.data.disagreement?.mentions ?? []).map((position) => accounts[position - 1]!),
  };
}

let relatable: Promise<(RelatableIncident & { incident: Incident })[]> | undefined;

/** The incidents related to one (relatedIncidents in src/lib/incidents.ts), each incident's topics and categories read once. */
export async function relatedTo(incident: Incident): Promise<Incident[]> {
  relatable ??= getIncidents().then((all) =>
    all.map((i) => ({ id: i.id, date: i.data.date, topics: i.data.topics.map((t) => t.id), categories: [...i.data.categories], incident: i })),
  );
  const data = incident.data;
  return relatedIncidents({ id: incident.id, date: data.date, topics: data.topics.map((t) => t.id), categories: data.categories }, await relatable).map(
    (r) => r.incident,
  );
}

let names: Promise<Map<string, string>> | undefined;

/** Topic id → name, for lists that name an incident's topics (built once). */
export function topicNames(): Promise<Map<string, string>> {
  names ??= getTopics().then((topics) => new Map(topics.map((t) => [t.id, t.data.name])));
  return names;
}

let byTopic: Promise<Map<string, Incident[]>> | undefined;

/** The incidents that involve a topic, in timeline order (every incident's topics indexed once). */
export async function incidentsOfTopic(topicId: string): Promise<Incident[]> {
  byTopic ??= getIncidents().then((incidents) => {
    const index = new Map<string, Incident[]>();
    for (const incident of incidents) {
      for (const id of new Set(incident.data.topics.map((t) => t.id))) {
        const list = index.get(id);
        if (list) list.push(incident);
        else index.set(id, [incident]);
      }
    }
    return index;
  });
  return (await byTopic).get(topicId) ?? [];
}
