import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { collectPublished as collect, mergePublished, type Published } from '../../src/lib/published/published.ts';
import { pages, siteBase as base, siteDir } from '../site/site.ts';

export { mergePublished, type Published };

/** What the build in siteDir publishes (src/lib/published/published.ts), from the pages the site checks parse once. */
export function collectPublished(): Published {
  const downloads = join(siteDir, 'downloads');
  const names = existsSync(downloads) ? readdirSync(downloads) : [];
  return collect(
    pages().map((page) => ({ file: page.file, path: page.url.slice(base.length), root: page.root })),
    names,
  );
}
