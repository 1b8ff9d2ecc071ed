/**
 * What the search page's modules share: the part of Pagefind's JavaScript API they use (the
 * unit tests fake the methods the logic calls, fake-pagefind.ts), and the page's context.
 */
import type { PagefindFilter } from '../../lib/search/query.ts';

export interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}
export interface Result {
  id: string;
  score: number;
  /** The metadata fields (a topic's or incident's names) the query matched, if any. */
  matchedMetaFields?: string[];
  data(): Promise<ResultData>;
}
export interface SearchResponse {
  results: Result[];
  filters: Record<string, Record<string, number>>;
}
export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string | null, options?: { filters?: PagefindFilter }): Promise<SearchResponse>;
  preload(query: string): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
}
export interface PagefindModule {
  createInstance(options: Record<string, unknown>): Pagefind;
}

/** What the page knows from the build: src/pages/search.astro writes it as JSON into the page. */
export interface SearchContext {
  base: string;
  years: number[];
  ranking: Record<string, unknown>;
  reports: string[];
  topics: string[];
  sections: Record<string, string>;
}
