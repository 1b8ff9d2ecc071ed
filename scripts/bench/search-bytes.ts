// What a search costs a reader, in bytes actually transferred: a fresh browser (empty cache)
// opens /search/?q=… on a server that compresses as a host would (scripts/bench/static-server.ts),
// and every response is counted: the page, its scripts, Pagefind's script and WebAssembly, the
// index metadata, filter chunks, index chunks and result fragments. A further query is then
// typed into the same page, and what it adds is counted too. Used by `npm run bench`.
import { chromium, type Browser, type Page } from '@playwright/test';
import { findChromium, chromiumArgs } from '../../src/integrations/chromium.ts';
import { startStaticServer } from './static-server.ts';

export interface QueryCost {
  query: string;
  firstBytes: number;
  firstRequests: { url: string; bytes: number }[];
  furtherQuery: string;
  furtherBytes: number;
}

async function countBytes(page: Page, action: () => Promise<void>): Promise<{ total: number; requests: { url: string; bytes: number }[] }> {
  const requests: { url: string; bytes: number }[] = [];
  const pending: Promise<void>[] = [];
  const onFinished = (request: import('@playwright/test').Request) => {
    pending.push(
      request.sizes().then((sizes) => {
        requests.push({ url: request.url(), bytes: sizes.responseBodySize });
      }),
    );
  };
  page.on('requestfinished', onFinished);
  await action();
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  page.off('requestfinished', onFinished);
  return { total: requests.reduce((sum, r) => sum + r.bytes, 0), requests };
}

const resultsReady = (page: Page) => page.locator('#search-results[data-state="done"]').waitFor({ state: 'attached', timeout: 20_000 });

export async function measureSearchCosts(siteDir: string, queries: readonly string[], base = '/'): Promise<QueryCost[]> {
  const { server, origin } = await startStaticServer(siteDir, base);
  const browser: Browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
  const costs: QueryCost[] = [];
  try {
    for (const [i, query] of queries.entries()) {
      // A new context is a new profile: empty cache, as on a reader's first visit.
      const context = await browser.newContext();
      const page = await context.newPage();
      const first = await countBytes(page, async () => {
        await page.goto(`${origin}${base}search/?q=${encodeURIComponent(query)}`);
        await resultsReady(page);
      });
      const furtherQuery = queries[(i + 1) % queries.length]!;
      const further = await countBytes(page, async () => {
        await page.locator('#search-input').fill(furtherQuery);
        await page.locator('#search-input').press('Enter');
        await page.waitForFunction((q) => new URLSearchParams(location.search).get('q') === q, furtherQuery);
        await resultsReady(page);
      });
      costs.push({ query, firstBytes: first.total, firstRequests: first.requests, furtherQuery, furtherBytes: further.total });
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  return costs;
}
