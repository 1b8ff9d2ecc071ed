import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import { watchOtherHosts } from './site.ts';
import { axeViolations, loadAxe } from './axe.ts';
import { PAGE_KINDS } from './page-kinds.ts';

// Every URL in the sitemap (and the 404 page), loaded once:
// - on a desktop screen in light mode, axe with the WCAG 2.0–2.2 A and AA rules;
// - then, the same page narrowed to a phone screen, no sideways scrolling (the colour scheme
//   changes no widths, so light mode stands for dark here);
// and, on one page of each kind, axe's colour-contrast rule in dark mode on a phone (only
// colours change between the schemes, and each kind of page has its own components).
// No run may send a request to another host, and no page may break its own
// Content-Security-Policy (a violation is recorded by a listener added before any page script).
// The pages are read from the built sitemap and split into batches, one test each, so the two
// workers share them and a slow machine does not run one test past its time limit.

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const BATCH = 40;

function builtPaths(): string[] {
  const dir = process.env.OUT_DIR ?? 'dist';
  const paths: string[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => /^sitemap-\d+\.xml$/.test(f))
    .sort()) {
    for (const [, url] of readFileSync(join(dir, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)) paths.push(new URL(url!).pathname);
  }
  return [...paths, '/404.html'];
}

const paths = builtPaths();
const batches = Array.from({ length: Math.ceil(paths.length / BATCH) }, (_, i) => paths.slice(i * BATCH, (i + 1) * BATCH));

async function watch(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
}

const cspViolations = (page: Page) => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

test('the sitemap lists the pages', () => {
  expect(paths.length).toBeGreaterThan(10);
});

for (const [i, batch] of batches.entries()) {
  test(`pages ${i * BATCH + 1}–${i * BATCH + batch.length}: axe finds nothing (light, desktop), no sideways scroll (phone), no other host, no CSP violation`, async ({
    page,
    context,
  }) => {
    test.setTimeout(300_000);
    await loadAxe(context);
    await watch(page);
    const offenders = watchOtherHosts(page);
    const problems: string[] = [];
    await page.emulateMedia({ colorScheme: 'light' });
    for (const path of batch) {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(path);
      for (const v of await axeViolations(page, { runOnly: { type: 'tag', values: WCAG_TAGS } })) problems.push(`${path}: ${v}`);
      await page.setViewportSize({ width: 360, height: 740 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) problems.push(`${path}: ${overflow}px wider than a phone screen`);
      for (const v of await cspViolations(page)) problems.push(`${path}: CSP violation: ${v}`);
    }
    expect(problems).toEqual([]);
    expect(offenders).toEqual([]);
  });
}

test('one page of each kind passes axe colour contrast in dark mode on a phone', async ({ page, context }) => {
  test.setTimeout(120_000);
  await loadAxe(context);
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.setViewportSize({ width: 360, height: 740 });
  const problems: string[] = [];
  for (const { path } of PAGE_KINDS) {
    await page.goto(path);
    for (const v of await axeViolations(page, { runOnly: { type: 'rule', values: ['color-contrast'] } })) problems.push(`${path}: ${v}`);
  }
  expect(problems).toEqual([]);
});
