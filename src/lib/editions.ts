/**
 * Where the offline editions live. These paths are public (the downloads page, report pages'
 * citation_pdf_url and other sites link to them), so they never change. Like src/lib/urls.ts,
 * paths are relative to the site's base; pass them through withBase for a link.
 */

export const EDITION_FORMATS = ['html', 'epub', 'pdf'] as const;
export type EditionFormat = (typeof EDITION_FORMATS)[number];

/** downloads/<report>.html, .epub or .pdf */
export function editionPath(reportId: string, format: EditionFormat): string {
  return `downloads/${editionFileName(reportId, format)}`;
}

export function editionFileName(reportId: string, format: EditionFormat): string {
  return `${reportId}.${format}`;
}

export const DOWNLOADS_PATH = 'downloads/';

/** The whole site as one zip, named by its build date: downloads/archive-2026-11-23.zip */
export function bundlePath(buildDate: string): string {
  return `downloads/${bundleFileName(buildDate)}`;
}

export function bundleFileName(buildDate: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(buildDate)) throw new Error(`build date "${buildDate}": expected YYYY-MM-DD`);
  return `archive-${buildDate}.zip`;
}

/**
 * The build date (UTC) that names the bundle and stands in every edition's colophon.
 * BUILD_DATE overrides it, so a rebuild can reproduce a published edition's name.
 */
export function buildDate(now: Date = new Date(), override: string | undefined = process.env.BUILD_DATE): string {
  const date = override ?? now.toISOString().slice(0, 10);
  bundleFileName(date); // validates the form
  return date;
}

/** Human-readable size: 1234567 → "1.2 MB", 2048 → "2.0 KB", 512 → "512 bytes". */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
