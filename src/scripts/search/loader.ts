/**
 * Loads Pagefind, and the list of topic names, from the site's base. Pagefind is loaded when
 * the search box gets focus or when the page opens with a query, never otherwise, and only once.
 */
import type { NamedTopic } from '../../lib/search/nearest-names.ts';
import type { Pagefind, PagefindModule, SearchContext } from './types.ts';

/** A function that starts loading Pagefind on its first call; every call returns the same instance. */
export function pagefindLoader(context: Pick<SearchContext, 'base' | 'ranking'>): () => Promise<Pagefind> {
  let loading: Promise<Pagefind> | undefined;
  return () =>
    (loading ??= (async () => {
      const module = (await import(/* @vite-ignore */ `${context.base}pagefind/pagefind.js`)) as PagefindModule;
      // No worker: the index is small, and the worker script would be one more download.
      const instance = module.createInstance({ basePath: `${context.base}pagefind/`, noWorker: true });
      await instance.options({ baseUrl: '/', excerptLength: 36, ranking: context.ranking });
      await instance.init();
      return instance;
    })());
}

/** Every name of every topic (written beside the index when it is built), fetched only when a query finds nothing as typed. */
export async function loadTopicNames(base: string): Promise<NamedTopic[]> {
  const response = await fetch(`${base}pagefind/topic-names.json`);
  return (await response.json()) as NamedTopic[];
}
