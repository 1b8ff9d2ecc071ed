/**
 * Where the offline files live. These paths are public (the downloads page, report pages'
 * citation_pdf_url and other sites link to them), so they never change. Like src/lib/urls.ts,
 * paths are relative to the site's base; pass them through withBase for a link.
 */

export const OFFLINE_FORMATS = ['html', 'epub', 'pdf'] as const;
export type OfflineFormat = (typeof OFFLINE_FORMATS)[number];

/** downloads/<report>.html, .epub or .pdf */
export function offlinePath(reportId: string, format: OfflineFormat): string {
  return `downloads/${offlineFileName(reportId, format)}`;
}

export function offlineFileName(reportId: string, format: OfflineFormat): string {
  return `${reportId}.${format}`;
}

export const DOWNLOADS_PATH = 'downloads/';

/**
 * The site path of page n of the downloads list. Like /reports/ (src/lib/report-pages.ts), the
 * list holds REPORTS_PER_PAGE reports a page, so each page stays small however many reports
 * the archive holds: /downloads/, then /downloads/page/2/ …
 */
export function downloadsPagePath(n: number): string {
  return n === 1 ? DOWNLOADS_PATH : `${DOWNLOADS_PATH}page/${n}/`;
}

/**
 * The whole site as one zip, named by the archive's release date (src/lib/release-date.ts):
 * downloads/archive-2026-11-23.zip. A new release has a new name; the old name stays
 * published and the host rules send it to the downloads page (redirectRules).
 */
export function bundlePath(releaseDate: string): string {
  return `downloads/${bundleFileName(releaseDate)}`;
}

export function bundleFileName(releaseDate: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(releaseDate)) throw new Error(`release date "${releaseDate}": expected YYYY-MM-DD`);
  return `archive-${releaseDate}.zip`;
}

/** The file that lists every download's SHA-256, in the form `sha256sum -c` reads. */
export const CHECKSUMS_FILE = 'SHA256SUMS';

/** The zips before the current one (every release day but the last), newest first, each with the release that superseded it. */
export function supersededBundles(releaseDays: readonly string[]): { date: string; file: string; supersededBy: string }[] {
  const days = [...releaseDays].sort();
  return days
    .slice(0, -1)
    .map((date, i) => ({ date, file: bundleFileName(date), supersededBy: days[i + 1]! }))
    .reverse();
}

/**
 * The host rules file (dist/_redirects, the form Netlify and Cloudflare Pages read: one
 * "from to status" line each): every superseded download name goes to the downloads page,
 * which says what superseded it and how to rebuild it. `base` is the site's base path.
 */
export function redirectRules(base: string, supersededFiles: readonly string[]): string {
  const lines = supersededFiles.map((file) => {
    if (!/^[\w.-]+$/.test(file)) throw new Error(`download name "${file}": expected a plain file name`);
    return `${base}downloads/${file} ${base}${DOWNLOADS_PATH} 302`;
  });
  return `# Superseded downloads: each old name leads to the downloads page (src/lib/offline/paths.ts).\n${lines.join('\n')}${lines.length ? '\n' : ''}`;
}

/** Parses a redirect rules file back into from → to (for the checks). */
export function parseRedirectRules(text: string): Map<string, string> {
  const rules = new Map<string, string>();
  for (const line of text.split('\n')) {
    const fields = line.trim().split(/\s+/);
    if (!line.trim() || line.trim().startsWith('#') || fields.length < 2) continue;
    rules.set(fields[0]!, fields[1]!);
  }
  return rules;
}

/** Human-readable size: 1234567 → "1.2 MB", 2048 → "2.0 KB", 512 → "512 bytes". */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
