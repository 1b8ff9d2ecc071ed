import { getCollection } from 'astro:content';
import { timelineOrder } from '../lib/incidents.ts';
import { checkContent } from './check-content.ts';
import type { Incident, Mention, Topic } from './entries.ts';

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
