import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pages, siteBase as base, siteDir } from '../site/site.ts';

/**
 * What the built site publishes that a writer may link to: every page, and on each page
 * every paragraph anchor (#p3, retired ones included), note (#note-12), correction on
 * /changes/ (#correction-<file>) and year on /incidents/ (#y2014: its link to the year's list;
 * the year headings of the lists themselves move between pages as lists grow, and are no promise). Paths are
 * relative to the base, so the record holds for the root and the sub-path builds alike.
 */
export interface Published {
  /** Page path → its linkable fragments. */
  pages: Record<string, string[]>;
  /**
   * Every download that is not a page (downloads/<report>.epub and .pdf, the whole-site zip
   * downloads/archive-<edition>.zip, downloads/SHA256SUMS). A superseded name need not stay a
   * file, but a host rule in _redirects must send it to a page that is there.
   */
  files?: string[];
}


export function collectPublished(): Published {
  const downloads = join(siteDir, 'downloads');
  const files = existsSync(downloads) ? readdirSync(downloads).filter((name) => !name.endsWith('.html')).map((name) => `downloads/${name}`).sort() : [];
  const result: Published = { pages: {}, files };
  for (const page of pages()) {
    if (page.file === '404.html') continue;
    const path = page.url.slice(base.length);
    // A one-file edition (downloads/<id>.html) is a published file; its ids are its own.
    if (!page.file.endsWith('index.html')) {
      result.pages[path] = [];
      continue;
    }
    result.pages[path] = page.root
      .querySelectorAll('.report-text [id^=p], .retired-anchor, .notes li[id^=note-], [id^=correction-], .year-index > [id^=y]')
      .map((el) => el.id)
      .filter((id, i, all) => all.indexOf(id) === i)
      .sort();
  }
  return result;
}

/** The record with everything newly published added; nothing is ever taken out of it. */
export function mergePublished(recorded: Published, now: Published): Published {
  const pages: Record<string, string[]> = { ...recorded.pages };
  for (const [path, fragments] of Object.entries(now.pages)) {
    pages[path] = [...new Set([...(pages[path] ?? []), ...fragments])].sort();
  }
  const files = [...new Set([...(recorded.files ?? []), ...(now.files ?? [])])].sort();
  return { pages: Object.fromEntries(Object.entries(pages).sort(([a], [b]) => a.localeCompare(b))), files };
}
