// What checking a quotation costs a reader (/verify/): a fresh browser (empty cache) opens
// /verify/?q=… on a server that compresses as a host would (scripts/bench/static-server.ts); every
// response until the result is shown and the network falls quiet is counted at the size sent
// (the page, its script, Pagefind's script and WebAssembly, index metadata and chunks, the kind
// filter, the fragments of the passages compared), and the time from navigation to the result
// is read from the page's own clock. Used by `npm run bench`; `node scripts/bench/verify-bytes.ts`
// runs it alone over an existing dist/.
import { chromium, type Browser, type Request } from '@playwright/test';
import { findChromium, chromiumArgs } from '../../src/integrations/chromium.ts';
import { startStaticServer } from './static-server.ts';
import { outDir } from '../../src/lib/out-dir.ts';

/** Quotations of each kind the checker must handle (as in e2e/verify.spec.ts), and a few ordinary ones. */
export const VERIFY_QUOTES = [
  'The Ministry of Information and Social Development ran tests on the platform and restored access to it in October 2019 upon finding no traces of illegal content.',
  'In early May 2015, access to SoundCloud […] was blocked in Kazakhstan.',
  'entire platforms are often banned for isolated posts or accounts',
  'The penguins of Kazakhstan organised a flash mob against tariffs on herring.',
  'Нападение на Лукпана Ахмедьярова раскрыто',
  'Kazakhtelecom, the largest telecommunications company in the country',
  'the government blocked websites',
] as const;

export interface VerifyCost {
  quote: string;
  verdict: string;
  bytes: number;
  /** From navigation start to the result on the page. */
  milliseconds: number;
  requests: { url: string; bytes: number }[];
}

export async function measureVerifyCosts(siteDir: string, quotes: readonly string[] = VERIFY_QUOTES, base = '/'): Promise<VerifyCost[]> {
  const { server, origin } = await startStaticServer(siteDir, base);
  const browser: Browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
  const costs: VerifyCost[] = [];
  try {
    for (const quote of quotes) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const requests: { url: string; bytes: number }[] = [];
      const pending: Promise<void>[] = [];
      const onFinished = (request: Request) => {
        pending.push(request.sizes().then((sizes) => void requests.push({ url: request.url(), bytes: sizes.responseBodySize })));
      };
      page.on('requestfinished', onFinished);
      await page.goto(`${origin}${base}verify/?q=${encodeURIComponent(quote)}`);
      const shown = page.locator('#verify-result:not([data-verdict="checking"])[data-verdict]');
      await shown.waitFor({ state: 'attached', timeout: 30_000 });
      const milliseconds = await page.evaluate(() => performance.now());
      const verdict = (await shown.getAttribute('data-verdict')) ?? '';
      await page.waitForLoadState('networkidle');
      await Promise.all(pending);
      costs.push({ quote, verdict, bytes: requests.reduce((sum, r) => sum + r.bytes, 0), milliseconds, requests });
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  return costs;
}

/** The Markdown lines the bench prints for /verify/. */
export function verifyReport(costs: readonly VerifyCost[], budgetKib: number): { lines: string[]; met: boolean } {
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
  const heaviest = costs.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  const slowest = costs.reduce((a, b) => (b.milliseconds > a.milliseconds ? b : a));
  const medianBytes = median(costs.map((c) => c.bytes));
  const lines = [
    `| check a quotation, first visit to /verify/?q=…, ${costs.length} quotations | median | heaviest |`,
    '|---|---|---|',
    `| bytes transferred (budget ${budgetKib} KiB, as search) | ${kib(medianBytes)} | ${kib(heaviest.bytes)} (“${heaviest.quote.slice(0, 40)}”, ${heaviest.verdict}) |`,
    `| time to the result | ${Math.round(median(costs.map((c) => c.milliseconds)))} ms | ${Math.round(slowest.milliseconds)} ms (“${slowest.quote.slice(0, 40)}”) |`,
  ];
  const met = medianBytes <= budgetKib * 1024;
  lines.push('', `Budget: /verify/, median first visit with a quotation ≤ ${budgetKib} KiB: ${met ? 'met' : 'NOT met'}.`);
  return { lines, met };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const costs = await measureVerifyCosts(process.argv[2] ?? outDir());
  for (const c of costs) console.log(`${(c.bytes / 1024).toFixed(1)} KiB, ${Math.round(c.milliseconds)} ms, ${c.verdict}: ${c.quote}`);
  console.log('\n' + verifyReport(costs, 120).lines.join('\n'));
}
