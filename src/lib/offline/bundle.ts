import { parse, type HTMLElement } from 'node-html-parser';
import { posix } from 'node:path';

/**
 * The whole site as a folder that works from file://, for the zip on /downloads/. A built
 * page links by absolute path (/reports/x/); from a file on a USB stick that path means the
 * root of the disk, and a folder URL shows a listing rather than its index.html. So every
 * link becomes relative to the page's own file and names index.html explicitly.
 *
 * Module scripts are dropped: browsers refuse to load them from file:// (no origin), and
 * every page reads fully without JavaScript. Search and the quotation checker need a script,
 * so they cannot work offline; their pages say so.
 */

export interface BundleOptions {
  /** The site's base path, e.g. / or /archive/ */
  base: string;
  /** The site's origin with its base, e.g. https://example.org/archive/ */
  siteRoot: string;
  /** Paths (base-relative) left out of the bundle; links to them go to the site instead. */
  isLeftOut: (path: string) => boolean;
}

/**
 * A link from the file `fromFile` (base-relative, e.g. reports/x/index.html) as it should
 * read inside the bundle. Returns the value unchanged when it is not a path into the site.
 */
export function bundleLink(value: string, fromFile: string, options: BundleOptions): string {
  if (!value.startsWith(options.base) || value.startsWith('//')) return value;
  const url = new URL(value, 'http://bundle.invalid');
  let path = decodeURIComponent(url.pathname.slice(options.base.length));
  if (options.isLeftOut(path)) return new URL(path + url.search + url.hash, options.siteRoot).href;
  if (path === '' || path.endsWith('/')) path += 'index.html';
  const relative = posix.relative(posix.dirname(fromFile), path) || posix.basename(path);
  return encodeURI(relative) + url.search + url.hash;
}

export const OFFLINE_SEARCH_NOTICE =
  'Search is not available in this offline copy: it needs the search index and JavaScript, which the bundle leaves out. Browse by report, incident or topic instead, or search on the site:';

export const OFFLINE_VERIFY_NOTICE =
  "Checking a quotation is not available in this offline copy: it needs JavaScript, which the bundle leaves out. Open the section and use your browser's find in page, or check on the site:";

/** One built page rewritten for the bundle. `file` is its path in the build, base-relative. */
export function pageForBundle(html: string, file: string, options: BundleOptions): string {
  const root = parse(html);
  for (const el of root.querySelectorAll('[href], [src], form[action]')) {
    for (const attribute of ['href', 'src', 'action']) {
      const value = el.getAttribute(attribute);
      if (value !== undefined) el.setAttribute(attribute, bundleLink(value, file, options));
    }
  }
  root.querySelectorAll('script[type=module], link[rel=modulepreload]').forEach((el) => el.remove());
  if (file === 'search/index.html') addOfflineNotice(root, options, 'search/', OFFLINE_SEARCH_NOTICE);
  if (file === 'verify/index.html') addOfflineNotice(root, options, 'verify/', OFFLINE_VERIFY_NOTICE);
  return root.toString();
}

function addOfflineNotice(root: HTMLElement, options: BundleOptions, page: string, text: string): void {
  const main = root.querySelector('main');
  if (!main) throw new Error(`${page}index.html has no <main> for the offline notice`);
  const online = new URL(page, options.siteRoot).href;
  const notice = `<p class="panel offline-notice" role="note"><strong>Offline copy.</strong> ${text} <a href="${online}">${online}</a></p>`;
  const heading = main.querySelector('h1');
  if (heading) heading.insertAdjacentHTML('afterend', notice);
  else main.insertAdjacentHTML('afterbegin', notice);
}
