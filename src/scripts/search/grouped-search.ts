/**
 * A query's results, grouped as the page shows them: the archive's topics and incidents, then
 * one group per report (its paragraphs, then its notes). Within a group, results that hold the
 * exact phrase come first. Plain logic over a Pagefind instance (a fake one in the tests); the
 * page draws the outcome (results-view.ts).
 */
import { highlightTerms, isQuoted, pagefindFilters, phraseFirst, phraseQuery, type PagefindFilter, type SearchState } from '../../lib/search/query.ts';
import { nearestNames, normaliseName, type NamedTopic, type Suggestion } from '../../lib/search/nearest-names.ts';
import { ARCHIVE_GROUP, KIND, notesGroup } from '../../lib/search/kinds.ts';
import type { Pagefind, Result, SearchContext, SearchResponse } from './types.ts';

export interface Group {
  name: string;
  filter: PagefindFilter;
  results: Result[];
  hasPhrase: boolean;
}

export interface Outcome {
  total: number;
  /** How many results hold the query exactly as typed; none suggests a misspelling. */
  exactTotal: number;
  groups: Group[];
  highlight: string[];
  /** Set when the query is another name of a topic (КНБ, Qazaqtelecom) and passages were found under its printed names. */
  expandedFrom?: string;
}

/**
 * Hands the main thread back to the browser (to paint, and to answer the reader) between
 * pieces of search work, so that no piece becomes a long task: Pagefind runs on the main
 * thread (its worker would be one more download), and a query runs several searches.
 */
const yieldToMain = (): Promise<void> => {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
};

export async function searchGrouped(pf: Pick<Pagefind, 'search'>, context: Pick<SearchContext, 'years' | 'reports'>, state: SearchState): Promise<Outcome> {
  const query = state.q;
  const phrase = phraseQuery(query);
  const searched = isQuoted(query) ? phrase! : query;
  const withUser = (extra: PagefindFilter) => pagefindFilters(state, context.years, { extra: [extra] });

  // One small filter names each record's group, so grouping loads one filter chunk, not two.
  // A report's group is its paragraphs, then its notes.
  const groupDefs: { name: string; filter: PagefindFilter; parts: string[] }[] = [ARCHIVE_GROUP, ...context.reports].map((name) => {
    const parts = name === ARCHIVE_GROUP ? [name] : [name, notesGroup(name)];
    return { name, filter: { group: { any: parts } }, parts };
  });
  const partFilter = (part: string): PagefindFilter => ({ group: { any: [part] } });

  // Every record is in one of the groups, so this condition takes nothing away; it makes the
  // first search load the group filter alongside the index, and count the results in each part.
  const main = await pf.search(searched, { filters: withUser({ group: { any: groupDefs.flatMap((d) => d.parts) } }) });
  const inPart = main.filters.group ?? {};
  await yieldToMain();
  // The results holding the words exactly as typed, together: for a quoted query all of them;
  // for one word, those with the word itself (Pagefind also finds near spellings).
  const exact = isQuoted(query) ? main : await pf.search(phrase ?? `"${query}"`, { filters: pagefindFilters(state, context.years) });
  const phraseIds = new Set(phrase ? exact.results.map((r) => r.id) : []);

  // A query that is another name of a topic (Cyrillic, another spelling, an old name) finds the
  // topic by its metadata; its passages are then those tagged with the topic, under whatever
  // name the report prints. Whether it is can only be read from the first result's own data, a
  // download, fetched only when the match was on other names; the groups are searched meanwhile.
  const archive = inPart[ARCHIVE_GROUP] ? await pf.search(searched, { filters: withUser(partFilter(ARCHIVE_GROUP)) }) : undefined;
  const first = archive?.results[0];
  const topData = first?.matchedMetaFields?.includes('otherNames') ? first.data() : undefined;

  const collect = async (search: (part: string) => Promise<SearchResponse>, skipEmpty: boolean): Promise<Group[]> => {
    const groups: Group[] = [];
    for (const def of groupDefs) {
      const results: Result[] = [];
      for (const part of def.parts) {
        // A part the first search found nothing in needs no search of its own.
        if (skipEmpty && !inPart[part]) continue;
        const response = part === ARCHIVE_GROUP && archive && skipEmpty ? archive : await search(part);
        results.push(...phraseFirst(response.results, phraseIds));
        await yieldToMain();
      }
      if (results.length > 0) groups.push({ name: def.name, filter: def.filter, results, hasPhrase: results.some((r) => phraseIds.has(r.id)) });
    }
    return groups;
  };

  let groups = await collect((part) => pf.search(searched, { filters: withUser(partFilter(part)) }), true);
  let highlight = highlightTerms(query);
  let expandedFrom: string | undefined;
  const top = await topData;
  if (top?.meta.otherNames && top.filters.kind?.includes(KIND.topic)) {
    const wanted = normaliseName(query);
    const printed = [top.meta.name ?? '', ...(top.meta.aliases ?? '').split(' · ')].filter(Boolean);
    const isOtherName = top.meta.otherNames.split(' · ').some((n) => normaliseName(n) === wanted) && !printed.some((n) => normaliseName(n) === wanted);
    if (isOtherName) {
      const topicFilter = { topic: { any: [top.meta.name] } };
      expandedFrom = top.meta.name;
      highlight = printed;
      groups = await collect(
        (part) => (part === ARCHIVE_GROUP ? Promise.resolve(archive!) : pf.search(null, { filters: withUser({ all: [partFilter(part), topicFilter] }) })),
        false,
      );
    }
  }

  // First the reports whose text holds the exact phrase, then the topics and incidents when one
  // is found by its name, then the rest, each by its best result.
  const rank = (g: Group) =>
    g.name !== ARCHIVE_GROUP && g.hasPhrase ? 2 : g.name === ARCHIVE_GROUP && (g.results[0]?.matchedMetaFields?.length ?? 0) > 0 ? 1 : 0;
  groups.sort((a, b) => rank(b) - rank(a) || (b.results[0]?.score ?? 0) - (a.results[0]?.score ?? 0));
  const total = expandedFrom ? groups.reduce((n, g) => n + g.results.length, 0) : main.results.length;
  return { total, exactTotal: expandedFrom ? total : exact.results.length, groups, highlight, ...(expandedFrom ? { expandedFrom } : {}) };
}

/** What the page shows when nothing holds the query as typed. */
export interface NearestOutcome {
  /** The results to show; none when nothing was found at all. */
  outcome?: Outcome;
  /** What the results are for: the nearest name, or the query as typed. */
  query: string;
  /** The query as typed, when the results are for the nearest name instead. */
  insteadOf?: string;
  /** The names nearest to the query, best first. */
  suggestions: Suggestion[];
}

/**
 * Nothing holds the query as typed: it may be misspelt, or another spelling of a name. When a
 * topic's name is near, its results are shown instead, saying so; otherwise whatever Pagefind
 * found for near spellings (`found`), with the suggestions.
 */
export async function searchNearest(
  pf: Pick<Pagefind, 'search'>,
  context: Pick<SearchContext, 'years' | 'reports'>,
  state: SearchState,
  found: Outcome,
  names: readonly NamedTopic[],
): Promise<NearestOutcome> {
  const typed = state.q.replace(/"/g, '');
  const suggestions = nearestNames(typed, names).filter((s) => normaliseName(s.matched) !== normaliseName(typed));
  const best = suggestions[0];
  if (best) {
    const outcome = await searchGrouped(pf, context, { ...state, q: best.matched });
    if (outcome.total > 0) return { outcome, query: best.matched, insteadOf: state.q, suggestions };
  }
  return { ...(found.total > 0 ? { outcome: found } : {}), query: state.q, suggestions };
}
