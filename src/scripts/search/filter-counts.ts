/**
 * How many results each filter value would give, shown beside it once the reader opens the
 * filters. Plain logic over a Pagefind instance (a fake one in the tests).
 */
import { FILTER_NAMES, pagefindFilters, type SearchState } from '../../lib/search/query.ts';
import type { Pagefind } from './types.ts';

/** Counts by filter name (and `year`), then by value. */
export type FilterCounts = Record<string, Record<string, number>>;

export async function filterCounts(pf: Pick<Pagefind, 'search' | 'filters'>, state: SearchState, years: readonly number[]): Promise<FilterCounts> {
  await pf.filters(); // loads every filter's values, needed only once the reader opens the filters
  const term = state.q;
  const counts: FilterCounts = {};
  for (const name of FILTER_NAMES) {
    // "Any of" within a filter: count each value as if this filter were not set.
    const response = await pf.search(term, { filters: pagefindFilters(state, years, { except: name }) });
    counts[name] = response.filters[name] ?? {};
  }
  const yearResponse = await pf.search(term, { filters: pagefindFilters(state, years, { except: 'year' }) });
  counts.year = yearResponse.filters.year ?? {};
  return counts;
}
