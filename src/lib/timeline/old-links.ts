/**
 * Links made before the timeline was split (/incidents/?category=blocking&report=fotn-2015&order=newest)
 * carried the filters in the query. /incidents/ no longer lists incidents, so its script sends such a
 * link on to the list it names: the category's list, else the report's, with the other choices kept
 * in the query for that list's filter form; a topic alone goes to the topic's page, which lists its
 * incidents.
 */
import { listPath } from './lists.ts';
import { topicPath } from '../urls.ts';

export interface Forward {
  /** A site path (no base), as listPath gives it. */
  path: string;
  /** The choices left for the list's own filter form, "" or "?report=…&order=newest". */
  query: string;
}

export function forwardOldLink(search: string): Forward | undefined {
  const params = new URLSearchParams(search);
  const category = params.get('category');
  const report = params.get('report');
  const topic = params.get('topic');
  const rest = (...drop: string[]) => {
    const kept = new URLSearchParams([...params].filter(([name, value]) => value && !drop.includes(name)));
    return kept.size ? `?${kept}` : '';
  };
  if (category) return { path: listPath('category', category), query: rest('category') };
  if (report) return { path: listPath('report', report), query: rest('report') };
  if (topic) return { path: topicPath(topic), query: '' };
  return undefined;
}
