import type { RSSOptions } from '@astrojs/rss';
import { withBase } from './urls.ts';

/** One entry of /changes/feed.xml: a path on the site (without the base, maybe with a #fragment). */
export interface FeedEntry {
  path: string;
  title: string;
  /** A partial date (YYYY, YYYY-MM or YYYY-MM-DD, maybe with a leading ~). */
  date: string;
  description: string;
}

/** The absolute URL of a path on the site: the site's address, then the base, then the path with its fragment. */
export function absoluteUrl(site: string | URL, base: string, path: string): string {
  return new URL(withBase(base, path), site).href;
}

/**
 * The options @astrojs/rss turns into the feed. Item links are given as absolute URLs on
 * purpose: @astrojs/rss leaves a full URL as it is, but runs a path through its own
 * canonical-URL step, which adds a trailing slash to anything without a file extension,
 * fragment included ("changes/#correction-x" became "…#correction-x/", an id no page has).
 */
export function feedOptions({ site, base, entries }: { site: string | URL; base: string; entries: readonly FeedEntry[] }): RSSOptions {
  return {
    title: 'Kazakhstan Internet Freedom Archive: changes and corrections',
    description: 'Every correction to the archive since its first edition, and every incident added.',
    site: absoluteUrl(site, base, ''),
    items: entries.map((entry) => ({
      title: entry.title,
      link: absoluteUrl(site, base, entry.path),
      pubDate: new Date(`${entry.date.replace('~', '')}T00:00:00Z`),
      description: entry.description,
    })),
    customData: '<language>en</language>',
  };
}
