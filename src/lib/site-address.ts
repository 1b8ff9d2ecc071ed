/**
 * The site's public address: the one setting a deployment makes. It is read here and only here
 * (astro.config.mjs, the scripts and the site checks all ask this module), from the environment:
 *
 *   SITE_URL   where the site is served, e.g. https://archive.example.org/ or, under a sub-path,
 *              https://example.org/archive/ (the path is then the base of every link).
 *   SITE_BASE  the sub-path alone, e.g. /archive/, to try a sub-path build (or preview one)
 *              without a real address. With SITE_URL it may only repeat its path.
 *
 * Without SITE_URL the site still builds, but every absolute URL (citations, canonical links, the
 * feed, the sitemap, the JSON-LD) carries a placeholder host; the build says so once, up front.
 */

export const PLACEHOLDER_ORIGIN = 'https://kz-internet-freedom-archive.example';

export interface SiteAddress {
  /** The origin, e.g. "https://archive.example.org" (Astro's `site`). */
  site: string;
  /** The base path, "/" or "/archive/" (Astro's `base`). */
  base: string;
  /** True when no SITE_URL was given and the placeholder host stands in for it. */
  placeholder: boolean;
}

/** A base path with one slash at each end: "archive" → "/archive/", "" → "/". */
function normaliseBase(path: string): string {
  const trimmed = path.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

export function siteAddress(env: Record<string, string | undefined> = process.env): SiteAddress {
  const given = env.SITE_URL?.trim();
  const siteBase = env.SITE_BASE?.trim() ? normaliseBase(env.SITE_BASE.trim()) : undefined;
  if (!given) return { site: PLACEHOLDER_ORIGIN, base: siteBase ?? '/', placeholder: true };
  let url: URL;
  try {
    url = new URL(given);
  } catch {
    throw new Error(
      `SITE_URL: "${given}" is not a URL; expected the address the site is served at, e.g. https://archive.example.org/ or https://example.org/archive/`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL: "${given}" is not an http(s) address; expected e.g. https://archive.example.org/`);
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new Error(`SITE_URL: "${given}" has a query, fragment or credentials; expected only the scheme, host and path, e.g. https://example.org/archive/`);
  }
  const urlBase = normaliseBase(url.pathname);
  if (siteBase && urlBase !== '/' && siteBase !== urlBase) {
    throw new Error(`SITE_BASE: "${env.SITE_BASE}" differs from the path of SITE_URL (${urlBase}); expected one of them only, or both the same`);
  }
  return { site: url.origin, base: urlBase !== '/' ? urlBase : (siteBase ?? '/'), placeholder: false };
}

/** What a build without SITE_URL prints, once, before it builds any page. */
export function placeholderWarning(address: SiteAddress): string {
  return (
    `SITE_URL is not set: citations, canonical links, the feed, the JSON-LD and the sitemap carry the placeholder host ` +
    `${new URL(address.site).host}. For a deployment, build with the site's address, e.g. ` +
    `SITE_URL=https://archive.example.org/ npm run build (a sub-path goes in the URL: https://example.org/archive/).`
  );
}
