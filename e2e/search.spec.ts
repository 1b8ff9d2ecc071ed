import { test, expect } from '@playwright/test';

test('a search from the home page lands on the report that has the hit', async ({ page }) => {
  await page.goto('');
  await page.getByRole('searchbox', { name: 'Search all reports' }).fill('SoundCloud');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/search\/\?q=SoundCloud$/);
  const results = page.locator('#search-results li');
  await expect(results.first()).toBeVisible();
  await expect(page.locator('#search-status')).toContainText('for “SoundCloud”');
  await results.first().getByRole('link').click();
  await expect(page).not.toHaveURL(/\/search\//);
  await expect(page.locator('main')).toContainText('SoundCloud');
});

test('the query and filters live in the URL, so a search can be shared', async ({ page }) => {
  await page.goto('search/?q=LiveJournal');
  const results = page.locator('#search-results li');
  await expect(results.first()).toBeVisible();
  const all = await results.count();
  await page.getByRole('checkbox', { name: 'Freedom on the Net 2015' }).check();
  await expect(page).toHaveURL(/report=Freedom\+on\+the\+Net\+2015/);
  await expect(async () => {
    const texts = await page.locator('#search-results li .note-status').allTextContents();
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.length).toBeLessThanOrEqual(all);
    for (const text of texts) expect(text).toContain('Freedom on the Net 2015');
  }).toPass();
  // Opening the shared URL restores the same search.
  await page.goto(page.url());
  await expect(page.getByRole('searchbox')).toHaveValue('LiveJournal');
  await expect(page.getByRole('checkbox', { name: 'Freedom on the Net 2015' })).toBeChecked();
});

test('a note is found by its text', async ({ page }) => {
  await page.goto('search/?q=Kazkhtelecom');
  await expect(page.locator('#search-results li').first()).toContainText('Freedom on the Net 2015');
});

test('incidents can be narrowed by kind and category', async ({ page }) => {
  await page.goto('search/?q=blocked&kind=Incident&category=Blocking');
  await expect(page.getByRole('checkbox', { name: 'Incident', exact: true })).toBeChecked();
  const results = page.locator('#search-results li');
  await expect(results.first()).toBeVisible();
  for (const href of await results.locator('h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))) {
    expect(href).toMatch(/\/incidents\/[^/]+\/$/);
  }
});
