// What a first visit to a page costs a reader, in bytes actually transferred: a fresh browser
// profile (empty cache) opens the page on a server that compresses as a host would
// (scripts/bench/static-server.ts), and every response until the network falls quiet is counted at
// the size sent: the HTML, its scripts and whatever they fetch in turn. Used by `npm run bench`.
import { chromium, type Browser } from '@playwright/test';
import { findChromium, chromiumArgs } from '../../src/integrations/chromium.ts';
import { startStaticServer } from './static-server.ts';

export interface PageCost {
  path: string;
  bytes: number;
  requests: number;
}

/** Pages are visited a few at a time, each in its own new browser context. */
const CONCURRENT = 4;

export async function measurePageCosts(siteDir: string, paths: readonly string[], base = '/'): Promise<PageCost[]> {
  const { server, origin } = await startStaticServer(siteDir, base);
  const browser: Browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
  const costs: PageCost[] = [];
  const queue = [...paths];
  async function worker(): Promise<void> {
    for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const sizes: Promise<number>[] = [];
      page.on('requestfinished', (request) => sizes.push(request.sizes().then((s) => s.responseBodySize)));
      await page.goto(`${origin}${base}${path.replace(/^\//, '')}`, { waitUntil: 'networkidle' });
      const bytes = (await Promise.all(sizes)).reduce((sum, n) => sum + n, 0);
      costs.push({ path, bytes, requests: sizes.length });
      await context.close();
    }
  }
  try {
    await Promise.all(Array.from({ length: CONCURRENT }, worker));
  } finally {
    await browser.close();
    server.close();
  }
  return costs.sort((a, b) => a.path.localeCompare(b.path));
}
