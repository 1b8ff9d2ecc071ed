import { test, expect } from '@playwright/test';

// The blocking theme: the widest one, with passages from every edition.
const THEME = '/themes/blocking/';

test('a theme page fits a phone screen, one edition under another', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(THEME);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const [first, second] = await page.locator('.theme-edition').evaluateAll((els) => els.slice(0, 2).map((el) => el.getBoundingClientRect()));
  expect(second!.top).toBeGreaterThanOrEqual(first!.bottom);
});

test('on a wide screen the editions stand side by side, oldest first', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(THEME);
  const headings = await page.locator('.theme-edition h3').allTextContents();
  expect(headings[0]).toContain('2007');
  const [first, second] = await page.locator('.theme-edition').evaluateAll((els) => els.slice(0, 2).map((el) => el.getBoundingClientRect()));
  expect(second!.top).toBe(first!.top);
  expect(second!.left).toBeGreaterThan(first!.right);
});

test('a note marker on a theme page previews its note, and the note links to its section', async ({ page }) => {
  await page.goto(THEME);
  const marker = page.locator('a[href="#fotn-2015-blocking-and-filtering-note-39"]');
  await marker.focus();
  const preview = page.locator('#note-preview');
  await expect(preview).toBeVisible();
  await expect(preview).toContainText('Souncloud');
  await page.keyboard.press('Escape');
  await expect(preview).toBeHidden();
  await page.locator('#fotn-2015-blocking-and-filtering-note-39').getByRole('link', { name: 'Note 39' }).click();
  await expect(page).toHaveURL(/\/reports\/fotn-2015\/blocking-and-filtering\/#note-39$/);
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('a theme page reads in full and its paragraph links lead to the paragraphs', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(THEME);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Blocking and filtering');
    // One column per report with a passage in the theme, as the open data lists them.
    const rows = (await (await page.request.get('/data/themes.json')).json()) as { theme: string; report: string }[];
    const editions = new Set(rows.filter((row) => row.theme === 'blocking').map((row) => row.report));
    await expect(page.locator('.theme-edition')).toHaveCount(editions.size);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.locator('a[href="/reports/fotn-2015/blocking-and-filtering/#p3"]').click();
    await expect(page).toHaveURL(/#p3$/);
    await expect(page.locator('#p3')).toContainText('SoundCloud');
  });

  test('a section page links to its themes', async ({ page }) => {
    await page.goto('/reports/fotn-2020/b1/');
    const themes = page.getByRole('navigation', { name: 'This question in other years' });
    await themes.getByRole('link', { name: 'B1. Blocking and filtering' }).click();
    await expect(page).toHaveURL(/\/themes\/blocking\/$/);
  });
});
