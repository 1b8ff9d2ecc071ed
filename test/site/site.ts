import { test } from 'node:test';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { outDir } from '../../src/lib/out-dir.ts';
import { siteAddress } from '../../src/lib/site-address.ts';
import { LIST_KINDS } from '../../src/lib/timeline/lists.ts';
import { contentDir, readReports } from '../content.ts';

/**
 * The built site, as the checks in this folder read it. The output folder (OUT_DIR,
 * src/lib/out-dir.ts) and the site's address (SITE_URL, src/lib/site-address.ts) select a
 * build, as they do for the build itself: `dist` at `/` by default.
 */
export const siteDir = outDir();
export const siteBase = siteAddress().base;

export interface Page {
  /** Path of the HTML file under the site folder, e.g. reports/fotn-2015/index.html */
  file: string;
  /** The URL path the page is served at, base included, e.g. /archive/reports/fotn-2015/ */
  url: string;
  root: HTMLElement;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

let cache: Page[] | undefined;

export function pages(): Page[] {
  cache ??= walk(siteDir)
    .filter((f) => f.endsWith('.html'))
    .map((path) => {
      const file = relative(siteDir, path).split(sep).join('/');
      const url = siteBase + file.replace(/(^|\/)index\.html$/, '$1');
      return { file, url, root: parse(readFileSync(path, 'utf8')) };
    });
  return cache;
}

/** The file a URL path resolves to in the build, or undefined when there is none. */
export function resolveUrlPath(urlPath: string): string | undefined {
  if (!urlPath.startsWith(siteBase)) return undefined;
  const rest = decodeURIComponent(urlPath.slice(siteBase.length));
  for (const candidate of [rest, join(rest, 'index.html')]) {
    try {
      if (statSync(join(siteDir, candidate)).isFile()) return candidate.split(sep).join('/');
    } catch {
      // not this candidate
    }
  }
  return undefined;
}

/** Each incident's own page: a folder under incidents/, apart from the timeline's lists (year/, category/, report/). */
export function incidentPages(): Page[] {
  return pages().filter((p) => {
    const name = /^incidents\/([^/]+)\/index\.html$/.exec(p.file)?.[1];
    return name !== undefined && !(LIST_KINDS as readonly string[]).includes(name);
  });
}

export function pageByFile(file: string): Page | undefined {
  return pages().find((p) => p.file === file);
}

/**
 * The text a reader sees in a page's article, without what the archive adds inside the
 * report's own sentences (paragraph numbers, note markers, archive links, backlinks).
 */
export function readingText(page: Page): string {
  const article = page.root.querySelector('main')?.clone() as HTMLElement | undefined;
  if (!article) return '';
  article
    .querySelectorAll(
      '.permalink, .note-ref, .archived, .backrefs, .note-number, .incident-links, .truncation-mark, .cite-link, .cite, .cite-parts, script, style',
    )
    .forEach((el) => el.remove());
  return article.structuredText;
}

/** The content the build was made from, as the checks count it: reports, sections and incidents. */
const reportIds = readReports().map((r) => r.id);
export const corpus = {
  reports: reportIds,
  sections: reportIds.flatMap((id) => readdirSync(join(contentDir, 'sections', id)).filter((f) => f.endsWith('.mdx'))).length,
  incidents: readdirSync(join(contentDir, 'incidents')).filter((f) => f.endsWith('.yaml')).length,
};

/**
 * A check that pins a passage of one of the real reports (a note's number, a derived score, a
 * statistic's kind). The site checks also run on the fixture corpus with a sixth report added
 * (test/sixth-report/), which does not hold that report: there the check is skipped, saying why.
 */
export function testOfReport(report: string | string[], name: string, fn: () => void): void {
  const absent = [report].flat().filter((id) => !corpus.reports.includes(id));
  test(name, absent.length ? { skip: `${absent.join(', ')} not in this corpus` } : {}, fn);
}
