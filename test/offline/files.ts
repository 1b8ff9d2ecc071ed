import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { strFromU8, unzipSync } from 'fflate';
import { parse as parseYaml } from 'yaml';
import { releaseDays } from '../../src/lib/release-date.ts';
import { readings } from '../fidelity/check.ts';
import { siteDir, type Page } from '../site/site.ts';

/**
 * The offline files as the checks in this folder read them, from the build in OUT_DIR
 * (dist by default, src/lib/out-dir.ts), made by `npm run build` (src/integrations/offline.ts).
 */

export const downloadsDir = join(siteDir, 'downloads');

/** The archive's release days, read straight from the content files (not from the build), oldest first. */
export function contentReleases(contentDir = process.env.ARCHIVE_CONTENT_DIR ?? 'content'): string[] {
  const yamls = (folder: string) =>
    readdirSync(join(contentDir, folder))
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => parseYaml(readFileSync(join(contentDir, folder, f), 'utf8')));
  return releaseDays({
    firstEdition: parseYaml(readFileSync(join(contentDir, 'archive.yaml'), 'utf8')).firstEdition,
    corrections: yamls('corrections').map((c) => String(c.date)),
    added: yamls('incidents').map((i) => (i.added === undefined ? undefined : String(i.added))),
  });
}
export const releaseDate = contentReleases().at(-1)!;
export const zipName = `archive-${releaseDate}.zip`;
export const reportIds: string[] = readings.map((r) => r.report).sort();

export function offlineFile(id: string, format: 'html' | 'epub' | 'pdf'): string {
  return join(downloadsDir, `${id}.${format}`);
}

export function oneFileReport(id: string): Page {
  return { file: `downloads/${id}.html`, url: `/downloads/${id}.html`, root: parse(readFileSync(offlineFile(id, 'html'), 'utf8')) };
}

/** The EPUB's chapters in spine order, as one page (inside <main>) for the reading-text checks. */
export function epubAsPage(id: string): Page {
  const files = unzipSync(readFileSync(offlineFile(id, 'epub')));
  const opf = strFromU8(files['EPUB/package.opf']!);
  const hrefs = new Map([...opf.matchAll(/<item id="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1]!, m[2]!]));
  const spine = [...opf.matchAll(/<itemref idref="([^"]+)"/g)].map((m) => hrefs.get(m[1]!)!);
  const bodies = spine.map((href) => parse(strFromU8(files[`EPUB/${href}`]!)).querySelector('body')!.innerHTML);
  return { file: `downloads/${id}.epub`, url: '', root: parse(`<main>${bodies.join('\n')}</main>`) };
}

/** The report text blocks of an edition (paragraphs and list items), without what the archive adds. */
export function reportBlocks(root: HTMLElement): string[] {
  return root.querySelectorAll('.report-text > p, .report-text > blockquote, .report-text li').map((block) => {
    const clone = block.clone() as HTMLElement;
    clone.querySelectorAll('.permalink, .note-ref, .incident-links').forEach((el) => el.remove());
    return clone.text.replace(/\s+/g, ' ').trim();
  });
}
