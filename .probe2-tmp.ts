import { chromium } from '@playwright/test';
import { startStaticServer } from './scripts/static-server.ts';
import { shownResults } from './e2e/search-results.ts';
const { server, origin } = await startStaticServer('dist', '/');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ baseURL: origin + '/' });
for (const q of process.argv.slice(2)) {
  const r = await shownResults(page, q);
  console.log(`== ${q}: ${r.status}`);
  for (const g of r.groups) console.log(`  ${g.name} (${g.count}): ${g.links.join('  ')}`);
}
await browser.close(); server.close();
