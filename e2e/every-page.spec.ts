import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import { watchOtherHosts } from './site.ts';
import { axeViolations, checkPage, loadAxe } from './axe.ts';
import { PAGE_KINDS } from './page-kinds.ts';

// Every URL in the sitemap (and the 404 page), loaded once on a phone screen in light mode:
// axe with the WCAG 2.0–2.2 A and AA rules, and no sideways scrolling. A phone, because that is
// where a page is most cramped (targets, wrapping, wide tables), and because one width per page
// keeps the page laid out once: switching widths on each page cost about 8 % of this test's CPU.
// Then, on one page of each kind (each kind has its own components), axe again on a desktop
// screen in light mode, and axe's colour-contrast rule in dark mode on a phone (only colours
// change between the schemes). e2e/layout.spec.ts runs axe on sections at a tablet's and a wide screen's width.
// No run may send a request to another host, and no page may break its own
// Content-Security-Policy (a violation is recorded by a listener added before any page script).
// The pages are read from the built sitemap and split into batches, one test each, so the
// workers share them and a slow machine does not run one test past its time limit.

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const BATCH = 40;
const PHONE = { width: 360, height: 740 };

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

test('the sitemap lists the pages', () => {
  expect(paths.length).toBeGreaterThan(10);
});

for (const [i, batch] of batches.entries()) {
  test(`pages ${i * BATCH + 1}–${i * BATCH + batch.length}: axe finds nothing and no sideways scroll (phone, light), no other host, no CSP violation`, async ({
    page,
    context,
  }) => {
    test.setTimeout(300_000);
    await loadAxe(context);
    await watch(page);
    const offenders = watchOtherHosts(page);
    const problems: string[] = [];
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize(PHONE);
    for (const path of batch) {
      await page.goto(path);
      const { violations, overflow, csp } = await checkPage(page, { runOnly: { type: 'tag', values: WCAG_TAGS } });
      for (const v of violations) problems.push(`${path}: ${v}`);
      if (overflow > 0) problems.push(`${path}: ${overflow}px wider than a phone screen`);
      for (const v of csp) problems.push(`${path}: CSP violation: ${v}`);
    }
    expect(problems).toEqual([]);
    expect(offenders).toEqual([]);
  });
}

test('one page of each kind: axe finds nothing on a desktop screen (light), nor colour contrast problems on a phone in dark mode', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  await loadAxe(context);
  const problems: string[] = [];
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 1280, height: 900 });
  for (const { path } of PAGE_KINDS) {
    await page.goto(path);
    for (const v of await axeViolations(page, { runOnly: { type: 'tag', values: WCAG_TAGS } })) problems.push(`${path} (desktop, light): ${v}`);
  }
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.setViewportSize(PHONE);
  for (const { path } of PAGE_KINDS) {
    await page.goto(path);
    for (const v of await axeViolations(page, { runOnly: { type: 'rule', values: ['color-contrast'] } })) problems.push(`${path} (phone, dark): ${v}`);
  }
  expect(problems).toEqual([]);
});
