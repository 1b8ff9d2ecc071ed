import { parse, type HTMLElement } from 'node-html-parser';

/**
 * The one-file HTML puts every section of a report on one page, rendered by the same
 * components as the site. Two things must change on the way, and only on the rendered HTML
 * (the site's own ids and the renderer in section-html.ts stay as they are):
 *
 * - Ids repeat across sections (every section has its note-1 and p1), so each section's ids
 *   and the #fragments that point at them get the section's slug as a prefix:
 *   p3 → <slug>-p3, note-1 → <slug>-note-1.
 * - A paragraph's number links to its permanent URL on the site, read from the paragraph's
 *   own id (never from its position), so a reader can cite it.
 * - Links into the archive become either fragments in this file (a section of the same
 *   report) or full URLs on the site (everything else), so the file works on its own.
 */

const ID_REFERENCES = ['aria-labelledby', 'aria-describedby', 'aria-controls', 'for'];

function elements(root: HTMLElement): HTMLElement[] {
  return root.querySelectorAll('*');
}

/**
 * Prefixes every id in one section's HTML with `<slug>-`, and every fragment link and id
 * reference with it too. `sectionUrl` is the section's full URL on the site: each
 * paragraph permalink (a.permalink) is pointed at `<sectionUrl>#<paragraph id>`.
 * `titleId`, if given, is added to every aria-labelledby, so that landmarks named alike in
 * every section ("Notes") get the section's title in their name and stay distinguishable.
 */
export function namespaceSectionHtml(html: string, slug: string, sectionUrl: string, titleId?: string): string {
  const root = parse(html);
  // A paragraph's or note's "Cite" link leads to the site's citation page; in the one-file HTML the
  // paragraph number already carries the permanent URL, and the colophon says how to cite.
  root.querySelectorAll('.cite-link').forEach((el) => el.remove());
  for (const el of elements(root)) {
    const href = el.getAttribute('href');
    if (el.tagName === 'A' && el.classList.contains('permalink')) {
      // The permalink stands in the paragraph's links, inside the paragraph that has the id.
      const paragraph = el.closest('[id]') as HTMLElement | null;
      const id = paragraph?.getAttribute('id');
      if (!id) throw new Error(`a paragraph permalink (${href}) is not inside an element with an id`);
      el.setAttribute('href', `${sectionUrl}#${id}`);
      el.setAttribute('title', `Permanent URL: ${sectionUrl}#${id}`);
    } else if (href?.startsWith('#') && href.length > 1) {
      el.setAttribute('href', `#${slug}-${href.slice(1)}`);
    }
    for (const name of ID_REFERENCES) {
      const value = el.getAttribute(name);
      if (value)
        el.setAttribute(
          name,
          value
            .split(/\s+/)
            .map((id) => `${slug}-${id}`)
            .join(' '),
        );
    }
    const labelledBy = el.getAttribute('aria-labelledby');
    if (labelledBy && titleId) el.setAttribute('aria-labelledby', `${labelledBy} ${titleId}`);
  }
  // Ids last: the permalink above reads its paragraph's id as the site has it.
  for (const el of elements(root)) {
    const id = el.getAttribute('id');
    if (id) el.setAttribute('id', `${slug}-${id}`);
  }
  return root.toString();
}

export interface ArchiveLinkOptions {
  /** The site's origin and base, e.g. https://example.org/archive/ */
  siteRoot: string;
  /** The report this one-file HTML is of. */
  reportId: string;
  /** Its sections' slugs: links to them stay inside the file. */
  sectionSlugs: readonly string[];
}

/**
 * Rewrites every link that points into the archive by path (/reports/…, /sources/…):
 * a section of this report becomes a fragment in the file (#<slug>, or #<slug>-<id> for a
 * paragraph or note), the report's overview becomes #top, anything else a full site URL.
 */
export function archiveLinksForOneFile(html: string, options: ArchiveLinkOptions): string {
  const root = parse(html);
  const site = new URL(options.siteRoot);
  const slugs = new Set(options.sectionSlugs);
  const reportPath = new URL(`reports/${options.reportId}/`, site).pathname;
  for (const el of root.querySelectorAll('a[href], form[action]')) {
    const attribute = el.tagName === 'FORM' ? 'action' : 'href';
    const value = el.getAttribute(attribute)!;
    if (!value.startsWith('/') || value.startsWith('//')) continue;
    const url = new URL(value, site);
    const inFile = url.pathname === reportPath ? 'top' : inReportSection(url.pathname, reportPath, slugs);
    if (inFile !== undefined && attribute === 'href') {
      const fragment = url.hash.slice(1);
      el.setAttribute('href', `#${fragment && inFile !== 'top' ? `${inFile}-${fragment}` : inFile}`);
    } else {
      el.setAttribute(attribute, url.href);
    }
  }
  return root.toString();
}

function inReportSection(pathname: string, reportPath: string, slugs: ReadonlySet<string>): string | undefined {
  if (!pathname.startsWith(reportPath)) return undefined;
  const slug = pathname.slice(reportPath.length).replace(/\/$/, '');
  return slugs.has(slug) ? slug : undefined;
}
