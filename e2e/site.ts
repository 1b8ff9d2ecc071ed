import type { Page } from '@playwright/test';

/** Every page the sitemap lists, as paths relative to the server root. */
export async function sitemapPaths(page: Page): Promise<string[]> {
  const index = await (await page.request.get('/sitemap-index.xml')).text();
  const paths: string[] = [];
  for (const [, loc] of index.matchAll(/<loc>([^<]+)<\/loc>/g)) {
    const xml = await (await page.request.get(new URL(loc!).pathname)).text();
    for (const [, url] of xml.matchAll(/<loc>([^<]+)<\/loc>/g)) paths.push(new URL(url!).pathname);
  }
  return paths;
}

/** Records every request to a host other than the test server. */
export function watchOtherHosts(page: Page): string[] {
  const offenders: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (url.hostname !== '127.0.0.1' && url.hostname !== 'localhost') offenders.push(request.url());
  });
  return offenders;
}
