// `npm run build`, after astro build and the search index: the offline editions.
// Astro has written each report's one-file edition (dist/downloads/<report>.html) and the
// downloads page. This script makes, from those files:
//   1. each report's EPUB (src/lib/offline/epub.ts),
//   2. each report's PDF, printed by Chromium from the one-file edition (skipped, with a
//      message, where no Chromium is found or EDITIONS_PDF=skip, as npm run bench:scale sets
//      at large sizes: the site still builds, and its pages no longer link to or name the PDFs),
//   3. the whole site as a zip that works from file:// (src/lib/offline/bundle.ts), as a BagIt
//      bag (src/lib/offline/site-bag.ts),
// and writes each file's size and SHA-256 into its row on the downloads page and into
// downloads/SHA256SUMS, and the host rules for superseded names into _redirects. The page is
// the list of what to make: every row marked data-download names one file, and the zip's name
// carries the archive's edition date (src/lib/release-date.ts), which dates everything made
// here. Nothing here reads the clock (except to report how long it took): two runs over the
// same build give byte-identical files.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse, type HTMLElement } from 'node-html-parser';
import { buildEpub } from '../../src/lib/offline/epub.ts';
import { CHECKSUMS_FILE, formatSize, redirectRules } from '../../src/lib/offline/paths.ts';
import { pdfWithDates } from '../../src/lib/offline/pdf-dates.ts';
import { withoutPdfReferences } from '../../src/lib/offline/pdf-references.ts';
import { siteBagZip } from '../../src/lib/offline/site-bag.ts';

const started = Date.now();
const siteDir = process.env.OUT_DIR ?? 'dist';
const downloadsDir = join(siteDir, 'downloads');
const downloadsPage = join(downloadsDir, 'index.html');

// The downloads list: /downloads/ (with the whole-site zip), then /downloads/page/2/ … when
// the reports do not fit on one page (src/components/DownloadsReports.astro).
const pagesDir = join(downloadsDir, 'page');
const listFiles = [
  downloadsPage,
  ...(existsSync(pagesDir) ? readdirSync(pagesDir).sort((a, b) => Number(a) - Number(b)).map((n) => join(pagesDir, n, 'index.html')) : []),
];
const listPages = listFiles.map((file) => ({ file, root: parse(readFileSync(file, 'utf8')) }));
const page = listPages[0]!.root;
// The site's URL and base path, as the build used them: the downloads page's canonical URL
// is <site root>downloads/.
const canonical = page.querySelector('link[rel=canonical]')?.getAttribute('href');
if (!canonical?.endsWith('/downloads/')) throw new Error(`${downloadsPage}: expected a canonical link ending in /downloads/`);
const siteRoot = canonical.replace(/downloads\/$/, '');
const base = new URL(siteRoot).pathname;
const rows = listPages.flatMap((p) => p.root.querySelectorAll('tr[data-download]'));
const wanted = rows.map((row) => row.getAttribute('data-download')!);
const reportIds = wanted.filter((f) => f.endsWith('.html')).map((f) => f.replace(/\.html$/, ''));
const bundleName = wanted.find((f) => f.endsWith('.zip'));
if (!reportIds.length || !bundleName) throw new Error(`${downloadsPage}: expected rows data-download="<report>.html" and one "archive-<date>.zip"`);
// The edition date, as the page computed it from the content.
const date = bundleName.match(/^archive-(\d{4}-\d{2}-\d{2})\.zip$/)![1]!;
const superseded = page.querySelectorAll('[data-superseded]').map((el) => el.getAttribute('data-superseded')!);

function editionTitle(html: string): string {
  return parse(html).querySelector('h1')?.text.trim() ?? 'Report';
}

// 1. EPUB
for (const id of reportIds) {
  const html = readFileSync(join(downloadsDir, `${id}.html`), 'utf8');
  const url = new URL(`reports/${id}/`, siteRoot).href;
  const epub = buildEpub(html, {
    identifier: url,
    title: editionTitle(html),
    language: 'en',
    publisher: 'Kazakhstan Internet Freedom Archive',
    source: url,
    modified: date,
  });
  writeFileSync(join(downloadsDir, `${id}.epub`), epub);
}
console.log(`editions: ${reportIds.length} EPUBs`);

// 2. PDF, all from one browser.
const pdfSkipped = await printPdfs();
if (pdfSkipped) {
  // The report overviews link to their PDFs and name them in their metadata: take that out.
  for (const id of reportIds) {
    const overview = join(siteDir, 'reports', id, 'index.html');
    writeFileSync(overview, withoutPdfReferences(readFileSync(overview, 'utf8'), `/downloads/${id}.pdf`));
  }
}

async function printPdfs(): Promise<string | undefined> {
  if (process.env.EDITIONS_PDF === 'skip') {
    console.warn('editions: PDFs skipped: EDITIONS_PDF=skip.');
    return 'EDITIONS_PDF=skip';
  }
  let chromium: typeof import('@playwright/test').chromium;
  let executablePath: string;
  let args: string[];
  try {
    ({ chromium } = await import('@playwright/test'));
    const found = await import('../../e2e/chromium.ts');
    executablePath = found.findChromium();
    args = found.chromiumArgs;
  } catch (error) {
    const reason = `no Chromium found (${(error as Error).message.split('\n')[0]})`;
    console.warn(`editions: PDFs skipped: ${reason}. Install one (Debian: apt-get install -y chromium) or set CHROMIUM_PATH.`);
    return reason;
  }
  const browser = await chromium.launch({ executablePath, args });
  try {
    const context = await browser.newContext({ colorScheme: 'light', javaScriptEnabled: false });
    const tab = await context.newPage();
    for (const id of reportIds) {
      const file = join(downloadsDir, `${id}.html`);
      await tab.goto(pathToFileURL(file).href);
      const title = escapeHtml(editionTitle(readFileSync(file, 'utf8')));
      const small = "font-family: 'DejaVu Sans', 'Liberation Sans', sans-serif; font-size: 8pt; color: #333; width: 100%; margin: 0 16mm;";
      await tab.pdf({
        path: join(downloadsDir, `${id}.pdf`),
        format: 'A4',
        margin: { top: '20mm', bottom: '20mm', left: '18mm', right: '18mm' },
        displayHeaderFooter: true,
        headerTemplate: `<div style="${small} text-align: center;">${title}</div>`,
        footerTemplate: `<div style="${small} text-align: center;">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>`,
        outline: true,
        tagged: true,
      });
      // Chromium dates the PDF by the moment of printing: date it by the edition instead.
      const pdf = join(downloadsDir, `${id}.pdf`);
      writeFileSync(pdf, pdfWithDates(readFileSync(pdf), date));
    }
  } finally {
    await browser.close();
  }
  console.log(`editions: ${reportIds.length} PDFs`);
  return undefined;
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

// Sizes and checksums into the downloads page and SHA256SUMS.
const checksums: string[] = [];
function measure(row: HTMLElement, path: string): void {
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
}
for (const row of rows.filter((r) => r.getAttribute('data-download') !== bundleName)) {
  measure(row, join(downloadsDir, row.getAttribute('data-download')!));
}
for (const { file, root } of listPages) writeFileSync(file, root.toString());

// 3. The whole site, for file://, as a BagIt bag. Left out: the search index (search cannot
// work offline), the EPUBs and PDFs (the same text as the one-file editions, which are in),
// any zip, the checksums file (the bag has its own manifest) and the host rules files.
const leftOut = (path: string) =>
  path.startsWith('pagefind/') || /^downloads\/[^/]+\.(epub|pdf|zip)$/.test(path) || path === `downloads/${CHECKSUMS_FILE}` || path === '_headers' || path === '_redirects';
const site = walk(siteDir).map((path) => ({ path: relative(siteDir, path).split(sep).join('/'), bytes: readFileSync(path) }));
const zip = siteBagZip(site, { base, siteRoot, isLeftOut: leftOut, editionDate: date, zipName: bundleName });
writeFileSync(join(downloadsDir, bundleName), zip);
console.log(`editions: ${bundleName}, a BagIt bag of ${site.filter((f) => !leftOut(f.path)).length} files, ${formatSize(zip.length)}`);

const finalPage = parse(readFileSync(downloadsPage, 'utf8'));
measure(finalPage.querySelector(`tr[data-download="${bundleName}"]`)!, join(downloadsDir, bundleName));
writeFileSync(downloadsPage, finalPage.toString());
writeFileSync(join(downloadsDir, CHECKSUMS_FILE), checksums.join(''));
// Every superseded download name leads to the downloads page (a published name never vanishes).
writeFileSync(join(siteDir, '_redirects'), redirectRules(base, superseded));
console.log(`editions: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);

function walk(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}
