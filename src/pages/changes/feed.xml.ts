import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { changeItems } from '../../data/changes.ts';
import { feedOptions } from '../../lib/feed.ts';

/** The feed of /changes/: every correction, and every report and incident added since the first edition. */
export async function GET(context: APIContext) {
  return rss(feedOptions({ site: context.site!, base: import.meta.env.BASE_URL, entries: await changeItems() }));
}
