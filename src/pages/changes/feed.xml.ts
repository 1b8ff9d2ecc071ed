import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { changeItems } from '../../data/changes.ts';
import { withBase } from '../../lib/urls.ts';

/** The feed of /changes/: every correction and every incident added since the first edition. */
export async function GET(context: APIContext) {
  const base = import.meta.env.BASE_URL;
  return rss({
    title: 'Kazakhstan Internet Freedom Archive: changes and corrections',
    description: 'Every correction to the archive since its first edition, and every incident added.',
    site: new URL(withBase(base, ''), context.site).href,
    items: (await changeItems()).map((item) => ({
      title: item.title,
      link: withBase(base, item.path),
      pubDate: new Date(`${item.date.replace('~', '')}T00:00:00Z`),
      description: item.description,
    })),
    customData: '<language>en</language>',
  });
}
