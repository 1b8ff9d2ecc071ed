/**
 * A fake Pagefind for the unit tests: the few methods the search page calls, over a handful of
 * records held in memory. It matches as Pagefind does in the ways the page relies on:
 * - an unquoted query finds records holding every word, or a longer word it begins (Pagefind
 *   also finds near spellings: "block" finds "blocked");
 * - a quoted query finds only records holding the words together, as whole words;
 * - a null query finds every record the filters let through;
 * - results come best score first, and `filters` counts the results by filter value.
 * Metadata values are searched too, and a result says which fields matched.
 */
import type { PagefindFilter } from '../../lib/search/query.ts';
import type { Pagefind, Result, SearchResponse } from './types.ts';

export interface FakeRecord {
  id: string;
  /** The words indexed as content. */
  text: string;
  score: number;
  filters: Record<string, string[]>;
  meta?: Record<string, string>;
}

export interface FakePagefind extends Pick<Pagefind, 'search' | 'filters'> {
  /** Every search made, in order. */
  searches: { query: string | null; filters: PagefindFilter | undefined }[];
  /** The ids of the results whose data() was asked for (a download each, on the real site). */
  loaded: string[];
}

const words = (text: string) =>
  text
    .toLocaleLowerCase('en')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

function holds(text: string, query: string): boolean {
  const have = words(text);
  const wanted = words(query);
  if (wanted.length === 0) return false;
  if (/^\s*".+"\s*$/.test(query)) return have.some((_, i) => wanted.every((w, j) => have[i + j] === w));
  return wanted.every((w) => have.some((h) => h.startsWith(w)));
}

function passes(record: FakeRecord, filter: PagefindFilter): boolean {
  return Object.entries(filter).every(([key, value]) => {
    if (key === 'all') return (value as PagefindFilter[]).every((f) => passes(record, f));
    const any = (value as { any?: string[] }).any;
    // Only the shape the page uses is understood; anything else is a mistake in the page or the fake.
    if (!Array.isArray(any) || Object.keys(value as object).length !== 1)
      throw new Error(`fake Pagefind: unexpected filter ${JSON.stringify({ [key]: value })}`);
    return any.some((v) => record.filters[key]?.includes(v));
  });
}

function countByValue(records: readonly FakeRecord[]): Record<string, Record<string, number>> {
  const counts: Record<string, Record<string, number>> = {};
  for (const record of records) {
    for (const [name, values] of Object.entries(record.filters)) {
      for (const value of values) {
        const byValue = (counts[name] ??= {});
        byValue[value] = (byValue[value] ?? 0) + 1;
      }
    }
  }
  return counts;
}

export function fakePagefind(records: readonly FakeRecord[]): FakePagefind {
  const searches: FakePagefind['searches'] = [];
  const loaded: string[] = [];
  const result = (record: FakeRecord, query: string | null): Result => {
    const matchedMetaFields = query === null ? [] : Object.keys(record.meta ?? {}).filter((field) => holds(record.meta![field]!, query));
    return {
      id: record.id,
      score: record.score,
      ...(matchedMetaFields.length > 0 ? { matchedMetaFields } : {}),
      data: async () => {
        loaded.push(record.id);
        return { url: `/${record.id}/`, excerpt: record.text, meta: record.meta ?? {}, filters: record.filters };
      },
    };
  };
  return {
    searches,
    loaded,
    async search(query, options = {}): Promise<SearchResponse> {
      searches.push({ query, filters: options.filters });
      const found = records
        .filter((r) => query === null || holds(r.text, query) || Object.values(r.meta ?? {}).some((m) => holds(m, query)))
        .filter((r) => passes(r, options.filters ?? {}))
        .sort((a, b) => b.score - a.score);
      return { results: found.map((r) => result(r, query)), filters: countByValue(found) };
    },
    async filters() {
      return countByValue(records);
    },
  };
}
