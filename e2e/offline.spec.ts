import { test, expect } from '@playwright/test';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import { axeViolations, loadAxe } from './axe.ts';

// The offline files as a reader gets them: files opened from file://, with no server.
// The whole-site zip is unpacked and read from its home page to a section and a note; a
// one-file edition is read on a phone screen. Nothing may be requested from any host.

const downloads = join(process.env.SITE_DIR ?? 'dist', 'downloads');
const WCAG = { runOnly: { type: 'tag' as const, values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } };

function watchRequests(page: import('@playwright/test').Page): string[] {
  const offenders: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith('file://') && !request.url().startsWith('data:')) offenders.push(request.url());
  });
  return offenders;
}

test('the whole-site zip, unpacked, reads from data/index.html to a section and a note', async ({ page }) => {
  const zipName = readdirSync(downloads).find((f) => /^archive-\d{4}-\d{2}-\d{2}\.zip$/.test(f));
  expect(zipName, 'no archive-<date>.zip in the build').toBeTruthy();
  const folder = mkdtempSync(join(tmpdir(), 'kifa-offline-'));
  try {
    for (const [name, bytes] of Object.entries(unzipSync(readFileSync(join(downloads, zipName!))))) {
      mkdirSync(dirname(join(folder, name)), { recursive: true });
      if (!name.endsWith('/')) writeFileSync(join(folder, name), bytes);
    }
    const offenders = watchRequests(page);
    // The zip is a BagIt bag: the site is its payload, under data/.
    await page.goto(pathToFileURL(join(folder, zipName!.replace(/\.zip$/, ''), 'data', 'index.html')).href);
    await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Reports' }).click();
    await expect(page).toHaveURL(/\/reports\/index\.html$/);
    await page
      .getByRole('link', { name: /Freedom on the Net 2015/ })
      .first()
      .click();
    await expect(page).toHaveURL(/\/reports\/fotn-2015\/index\.html$/);
    await page.locator('.toc').getByRole('link', { name: 'Blocking and Filtering' }).click();
    await expect(page).toHaveURL(/\/reports\/fotn-2015\/blocking-and-filtering\/index\.html$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Blocking and Filtering');
    await page.locator('#ref-39').click();
    await expect(page).toHaveURL(/#note-39$/);
    await expect(page.locator('#note-39')).toBeInViewport();
    await expect(page.locator('#note-39')).toContainText('Souncloud');

    await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Search' }).click();
    await expect(page.locator('.offline-notice')).toContainText('Search is not available in this offline copy');
    expect(offenders).toEqual([]);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

test('a one-file edition opens from file:// on a phone: notes work, no sideways scroll, axe clean, no request', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  await loadAxe(context);
  const page = await context.newPage();
  const offenders = watchRequests(page);
  await page.goto(pathToFileURL(join(downloads, 'fotn-2015.html')).href);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Freedom on the Net 2015/);
  await page.locator('#blocking-and-filtering-ref-39').click();
  await expect(page).toHaveURL(/#blocking-and-filtering-note-39$/);
  await expect(page.locator('#blocking-and-filtering-note-39')).toBeInViewport();
  await page.locator('#blocking-and-filtering-note-39 .backrefs a').first().click();
  await expect(page.locator('#blocking-and-filtering-ref-39')).toBeInViewport();
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  expect(await axeViolations(page, WCAG)).toEqual([]);
  expect(offenders).toEqual([]);
  await context.close();
});
