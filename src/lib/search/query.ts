/**
 * The search page's state and how it maps to Pagefind. The state lives in the URL
 * (?q=…&report=…&kind=…&category=…&topic=…&theme=<slug>&from=…&to=…) so a search can be shared.
 * Values within one filter combine as "any of"; different filters combine as "all of".
 */

export const FILTER_NAMES = ['report', 'kind', 'category', 'topic', 'theme'] as const;
export type FilterName = (typeof FILTER_NAMES)[number];

export interface SearchState {
  q: string;
  filters: Record<FilterName, string[]>;
  /** An inclusive range of years; either end may be open. */
  from?: number | undefined;
  to?: number | undefined;
}

export function parseSearchState(params: URLSearchParams): SearchState {
  const year = (name: string) => {
    const value = Number(params.get(name));
    return params.has(name) && Number.isInteger(value) && value > 0 ? value : undefined;
  };
  const filters = Object.fromEntries(FILTER_NAMES.map((name) => [name, [...new Set(params.getAll(name).filter(Boolean))]])) as Record<FilterName, string[]>;
  return { q: (params.get('q') ?? '').trim(), filters, from: year('from'), to: year('to') };
}

export function searchStateToParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const name of FILTER_NAMES) state.filters[name].forEach((value) => params.append(name, value));
  if (state.from !== undefined) params.set('from', String(state.from));
  if (state.to !== undefined) params.set('to', String(state.to));
  return params;
}

/** Pagefind's filter expression: one `{ any: […] }` per filter, all of them required together. */
export type PagefindFilter = Record<string, unknown>;

export function yearsInRange(years: readonly number[], from?: number, to?: number): string[] | undefined {
  if (from === undefined && to === undefined) return undefined;
  return years.filter((y) => (from === undefined || y >= from) && (to === undefined || y <= to)).map(String);
}

/**
 * The filter expression for a state, leaving out one filter when asked (to count that
 * filter's values as if it were not set, which is what "any of" needs) and adding extra
 * conditions (a result group's own condition).
 */
export function pagefindFilters(
  state: SearchState,
  years: readonly number[],
  options: { except?: FilterName | 'year'; extra?: PagefindFilter[] } = {},
): PagefindFilter {
  const all: PagefindFilter[] = [];
  for (const name of FILTER_NAMES) {
    if (name !== options.except && state.filters[name].length > 0) all.push({ [name]: { any: state.filters[name] } });
  }
  const inRange = options.except === 'year' ? undefined : yearsInRange(years, state.from, state.to);
  // A range that holds no year at all must match nothing, not everything.
  if (inRange) all.push({ year: { any: inRange.length > 0 ? inRange : ['none'] } });
  all.push(...(options.extra ?? []));
  return all.length === 0 ? {} : { all };
}

/** Whether the reader asked for an exact phrase by quoting the query. */
export function isQuoted(query: string): boolean {
  return /^\s*".+"\s*$/.test(query);
}

/** The words of a query, without quotes, for highlighting and for the phrase search. */
export function queryWords(query: string): string[] {
  return query.replace(/"/g, ' ').split(/\s+/).filter(Boolean);
}

/**
 * The phrase to search for exactly, ranked above results that only have the words apart:
 * the quoted query itself, or, for an unquoted query of several words, the words in order.
 */
export function phraseQuery(query: string): string | undefined {
  const words = queryWords(query);
  if (isQuoted(query)) return `"${words.join(' ')}"`;
  return words.length > 1 ? `"${words.join(' ')}"` : undefined;
}

/** What the landing page highlights: the phrase as one string when the query is quoted, else each word. */
export function highlightTerms(query: string): string[] {
  return isQuoted(query) ? [queryWords(query).join(' ')] : queryWords(query);
}

/** A result's URL with the highlight parameters inserted before its #fragment. */
export function withHighlight(url: string, terms: readonly string[], param = 'highlight'): string {
  const hashAt = url.indexOf('#');
  const path = hashAt === -1 ? url : url.slice(0, hashAt);
  const hash = hashAt === -1 ? '' : url.slice(hashAt);
  const query = terms.map((t) => `${param}=${encodeURIComponent(t)}`).join('&');
  if (!query) return url;
  return `${path}${path.includes('?') ? '&' : '?'}${query}${hash}`;
}

/** Orders ranked results so that those matching the exact phrase come first, each part keeping its rank order. */
export function phraseFirst<T extends { id: string }>(ranked: readonly T[], phraseIds: ReadonlySet<string>): T[] {
  return [...ranked.filter((r) => phraseIds.has(r.id)), ...ranked.filter((r) => !phraseIds.has(r.id))];
}
