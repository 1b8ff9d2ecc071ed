import type { HTMLElement } from 'node-html-parser';

/**
 * What the built site publishes that a writer may link to: every page, and on each page
 * every paragraph anchor (#p3, retired ones included), note (#note-12), correction on
 * /changes/ (#correction-<file>) and year on /incidents/ (#y2014: its link to the year's list;
 * the year headings of the lists themselves move between pages as lists grow, and are no promise). Paths are
 * relative to the base, so the record holds for the root and the sub-path builds alike.
 * content/published.json records it (`npm run published`), and test/site/published.test.ts
 * checks each build against it.
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

/** A built page: its file in the build ("reports/x/index.html"), its path after the base, its parsed HTML. */
export interface BuiltPage {
  file: string;
  path: string;
  root: HTMLElement;
}

/** What a build publishes, from its pages and the names of the files in its downloads/ folder. */
export function collectPublished(pages: readonly BuiltPage[], downloadNames: readonly string[]): Published {
  const files = downloadNames
    .filter((name) => !name.endsWith('.html'))
    .map((name) => `downloads/${name}`)
    .sort();
  const result: Published = { pages: {}, files };
  for (const page of pages) {
    if (page.file === '404.html') continue;
    // A one-file edition (downloads/<id>.html) is a published file; its ids are its own.
    if (!page.file.endsWith('index.html')) {
      result.pages[page.path] = [];
      continue;
    }
    result.pages[page.path] = page.root
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
