import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parse, type HTMLElement } from 'node-html-parser';
import { buildEpub } from '../lib/offline/epub.ts';
import { CHECKSUMS_FILE, formatSize, redirectRules } from '../lib/offline/paths.ts';
import { pdfWithDates } from '../lib/offline/pdf-dates.ts';
import { withoutPdfReferences } from '../lib/offline/pdf-references.ts';
import { siteBagZip } from '../lib/offline/site-bag.ts';
import { withBase } from '../lib/urls.ts';

/**
 * The offline files, made when the pages are built (`astro:build:done`), after the sitemap and
 * the headers file (it is registered after them in astro.config.mjs: the zip holds the sitemap).
 * Astro has written each report's one-file HTML (downloads/<report>.html) and the downloads
 * page. From those files this makes:
 *   1. each report's EPUB (src/lib/offline/epub.ts),
 *   2. each report's PDF, printed by Chromium from the one-file HTML (skipped, with a warning,
 *      where no Chromium is found or OFFLINE_PDF=skip, as npm run bench:scale sets at large
 *      sizes: the site still builds, and its pages no longer link to or name the PDFs),
 *   3. the whole site as a zip that works from file:// (src/lib/offline/bundle.ts), as a BagIt
 *      bag (src/lib/offline/site-bag.ts),
 * and writes each file's size and SHA-256 into its row on the downloads page and into
 * downloads/SHA256SUMS, and the host rules for superseded names into _redirects. The page is
 * the list of what to make: every row marked data-download names one file, and the zip's name
 * carries the archive's release date (src/lib/release-date.ts), which dates everything made
 * here. Nothing here reads the clock (except to say how long it took): two runs over the same
 * build give byte-identical files (test/offline/reproducible.test.ts).
 */
export function offlineFiles(): AstroIntegration {
  let siteRoot = '';
  return {
    name: 'archive-offline',
    hooks: {
      'astro:config:done': ({ config }) => {
        // The site's root URL, base included, e.g. https://example.org/archive/.
        if (!config.site) throw new Error('offline files: the config has no site; expected one (src/lib/site-address.ts)');
        siteRoot = new URL(withBase(config.base, ''), config.site).href;
      },
      'astro:build:done': async ({ dir, logger }) => {
        await makeOfflineFiles({ outDir: fileURLToPath(dir), siteRoot, log: (line) => logger.info(line), warn: (line) => logger.warn(line) });
      },
    },
  };
}

export interface OfflineOptions {
  /** The built site's folder. */
  outDir: string;
  /** The site's root URL, base included: https://example.org/archive/. */
  siteRoot: string;
  log: (line: string) => void;
  warn: (line: string) => void;
}

export async function makeOfflineFiles({ outDir, siteRoot, log, warn }: OfflineOptions): Promise<void> {
  const started = Date.now();
  const base = new URL(siteRoot).pathname;
  const downloadsDir = join(outDir, 'downloads');
  const downloadsPage = join(downloadsDir, 'index.html');

  // The downloads list: /downloads/ (with the whole-site zip), then /downloads/page/2/ … when
  // the reports do not fit on one page (src/components/DownloadsReports.astro).
  const pagesDir = join(downloadsDir, 'page');
  const listFiles = [
    downloadsPage,
    ...(existsSync(pagesDir)
      ? readdirSync(pagesDir)
          .sort((a, b) => Number(a) - Number(b))
          .map((n) => join(pagesDir, n, 'index.html'))
      : []),
  ];
  const listPages = listFiles.map((file) => ({ file, root: parse(readFileSync(file, 'utf8')) }));
  const page = listPages[0]!.root;
  const rows = listPages.flatMap((p) => p.root.querySelectorAll('tr[data-download]'));
  const wanted = rows.map((row) => row.getAttribute('data-download')!);
  const reportIds = wanted.filter((f) => f.endsWith('.html')).map((f) => f.replace(/\.html$/, ''));
  const bundleName = wanted.find((f) => f.endsWith('.zip'));
  if (!reportIds.length || !bundleName) throw new Error(`${downloadsPage}: expected rows data-download="<report>.html" and one "archive-<date>.zip"`);
  // The release date, as the page computed it from the content.
  const date = bundleName.match(/^archive-(\d{4}-\d{2}-\d{2})\.zip$/)![1]!;
  const superseded = page.querySelectorAll('[data-superseded]').map((el) => el.getAttribute('data-superseded')!);

  // 1. EPUB
  for (const id of reportIds) {
    const html = readFileSync(join(downloadsDir, `${id}.html`), 'utf8');
    const url = new URL(`reports/${id}/`, siteRoot).href;
    const epub = buildEpub(html, {
      identifier: url,
      title: oneFileTitle(html),
      language: 'en',
      publisher: 'Kazakhstan Internet Freedom Archive',
      source: url,
      modified: date,
    });
    writeFileSync(join(downloadsDir, `${id}.epub`), epub);
  }
  log(`${reportIds.length} EPUBs`);

  // 2. PDF, all from one browser.
  const pdfSkipped = await printPdfs(downloadsDir, reportIds, date, log, warn);
  if (pdfSkipped) {
    // The report overviews link to their PDFs and name them in their metadata: take that out.
    for (const id of reportIds) {
      const overview = join(outDir, 'reports', id, 'index.html');
      writeFileSync(overview, withoutPdfReferences(readFileSync(overview, 'utf8'), `/downloads/${id}.pdf`));
    }
  }

  // Sizes and checksums into the downloads page and SHA256SUMS.
  const checksums: string[] = [];
  const measure = (row: HTMLElement, path: string): void => {
    const name = row.getAttribute('data-download')!;
    const sizeCell = row.querySelector('[data-download-size]')!;
    const hashCell = row.querySelector('[data-download-sha256]')!;
    if (!existsSync(path)) {
      // Not made in this build (a PDF where no Chromium was found): say so, and do not link to nothing.
      const link = row.querySelector('a');
      link?.replaceWith(link.text);
      sizeCell.set_content('not made in this build');
      sizeCell.removeAttribute('data-bytes');
      hashCell.set_content(pdfSkipped && name.endsWith('.pdf') ? `not made: ${escapeHtml(pdfSkipped)}` : 'not made');
      return;
    }
    const bytes = readFileSync(path);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    sizeCell.set_content(`${formatSize(bytes.length)} <span class="visually-hidden">(${bytes.length} bytes)</span>`);
    sizeCell.setAttribute('data-bytes', String(bytes.length));
    hashCell.set_content(`<code>${sha256}</code>`);
    checksums.push(`${sha256}  ${name}\n`);
  };
  for (const row of rows.filter((r) => r.getAttribute('data-download') !== bundleName)) {
    measure(row, join(downloadsDir, row.getAttribute('data-download')!));
  }
  for (const { file, root } of listPages) writeFileSync(file, root.toString());

  // 3. The whole site, for file://, as a BagIt bag. Left out: the search index (search cannot
  // work offline), the EPUBs and PDFs (the same text as the one-file HTML, which is in), any
  // zip, the checksums file (the bag has its own manifest) and the host rules files.
  const leftOut = (path: string) =>
    path.startsWith('pagefind/') ||
    /^downloads\/[^/]+\.(epub|pdf|zip)$/.test(path) ||
    path === `downloads/${CHECKSUMS_FILE}` ||
    path === '_headers' ||
    path === '_redirects';
  const site = walk(outDir).map((path) => ({ path: relative(outDir, path).split(sep).join('/'), bytes: readFileSync(path) }));
  const zip = siteBagZip(site, { base, siteRoot, isLeftOut: leftOut, releaseDate: date, zipName: bundleName });
  writeFileSync(join(downloadsDir, bundleName), zip);
  log(`${bundleName}, a BagIt bag of ${site.filter((f) => !leftOut(f.path)).length} files, ${formatSize(zip.length)}`);

  const finalPage = parse(readFileSync(downloadsPage, 'utf8'));
  measure(finalPage.querySelector(`tr[data-download="${bundleName}"]`)!, join(downloadsDir, bundleName));
  writeFileSync(downloadsPage, finalPage.toString());
  writeFileSync(join(downloadsDir, CHECKSUMS_FILE), checksums.join(''));
  // Every superseded download name leads to the downloads page (a published name never vanishes).
  writeFileSync(join(outDir, '_redirects'), redirectRules(base, superseded));
  log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

function oneFileTitle(html: string): string {
  return parse(html).querySelector('h1')?.text.trim() ?? 'Report';
}

/** Prints every report's PDF; returns why they were not printed, or undefined when they were. */
async function printPdfs(
  downloadsDir: string,
  reportIds: string[],
  date: string,
  log: (line: string) => void,
  warn: (line: string) => void,
): Promise<string | undefined> {
  if (process.env.OFFLINE_PDF === 'skip') {
    warn('PDFs skipped: OFFLINE_PDF=skip.');
    return 'OFFLINE_PDF=skip';
  }
  let chromium: typeof import('@playwright/test').chromium;
  let executablePath: string;
  let args: string[];
  try {
    ({ chromium } = await import('@playwright/test'));
    const found = await import('./chromium.ts');
    executablePath = found.findChromium();
    args = found.chromiumArgs;
  } catch (error) {
    const reason = `no Chromium found (${(error as Error).message.split('\n')[0]})`;
    warn(`PDFs skipped: ${reason}. Install one (Debian: apt-get install -y chromium) or set CHROMIUM_PATH.`);
    return reason;
  }
  const browser = await chromium.launch({ executablePath, args });
  try {
    const context = await browser.newContext({ colorScheme: 'light', javaScriptEnabled: false });
    const tab = await context.newPage();
    for (const id of reportIds) {
      const file = join(downloadsDir, `${id}.html`);
      await tab.goto(pathToFileURL(file).href);
      const title = escapeHtml(oneFileTitle(readFileSync(file, 'utf8')));
      const small = "font-family: 'DejaVu Sans', 'Liberation Sans', sans-serif; font-size: 8pt; color: #333; width: 100%; margin: 0 16mm;";
      const pdf = join(downloadsDir, `${id}.pdf`);
      await tab.pdf({
        path: pdf,
        format: 'A4',
        margin: { top: '20mm', bottom: '20mm', left: '18mm', right: '18mm' },
        displayHeaderFooter: true,
        headerTemplate: `<div style="${small} text-align: center;">${title}</div>`,
        footerTemplate: `<div style="${small} text-align: center;">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>`,
        outline: true,
        tagged: true,
      });
      // Chromium dates the PDF by the moment of printing: date it by the release instead.
      writeFileSync(pdf, pdfWithDates(readFileSync(pdf), date));
    }
  } finally {
    await browser.close();
  }
  log(`${reportIds.length} PDFs`);
  return undefined;
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function walk(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : [path];
    });
}
