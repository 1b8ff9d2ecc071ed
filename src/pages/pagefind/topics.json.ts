import type { APIRoute } from 'astro';
import { getTopics } from '../../data/incidents.ts';
import type { TopicInfo } from '../../lib/search/records.ts';

/**
 * The topics, as the pages' loader reads them (src/data/incidents.ts), for the search indexer
 * only: src/integrations/search-index.ts reads this file when the pages are built, then
 * replaces the pagefind/ folder with the index, so it is never published. Sorted by id, the
 * order the index was always built in.
 */
export const GET: APIRoute = async () => {
  const topics: TopicInfo[] = (await getTopics())
    .map(({ id, data }) => ({ id, name: data.name, kind: data.kind, aliases: data.aliases, otherNames: data.otherNames, description: data.description }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return new Response(JSON.stringify(topics), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
