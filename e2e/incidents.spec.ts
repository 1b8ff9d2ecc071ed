import { test, expect } from '@playwright/test';

test('timeline filters narrow the list without a reload and keep their state in the URL', async ({ page }) => {
  await page.goto('/incidents/');
  const items = page.locator('#timeline .incident');
  const total = await items.count();
  expect(total).toBeGreaterThanOrEqual(50);
  await page.getByLabel('Category').selectOption('blocking');
  await expect(page).toHaveURL(/\/incidents\/\?category=blocking$/);
  const visible = page.locator('#timeline .incident:visible');
  const shown = await visible.count();
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThan(total);
  await expect(page.locator('#filter-status')).toHaveText(`Showing ${shown} of ${total} incidents.`);
  for (const categories of await visible.evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.categories ?? ''))) {
    expect(categories.split(' ')).toContain('blocking');
  }
  // Combine with a report; then open the shared URL in a fresh page.
  await page.getByLabel('Report').selectOption('fotn-2015');
  await expect(page).toHaveURL(/category=blocking&report=fotn-2015/);
  const both = await visible.count();
  expect(both).toBeLessThanOrEqual(shown);
  const shared = page.url();
  await page.goto(shared);
  await expect(page.getByLabel('Category')).toHaveValue('blocking');
  await expect(page.locator('#timeline .incident:visible')).toHaveCount(both);
  await page.getByRole('button', { name: 'Show all' }).click();
  await expect(page.locator('#timeline .incident:visible')).toHaveCount(total);
  await expect(page).toHaveURL(/\/incidents\/$/);
});

test('a topic filter keeps only incidents tagged with it', async ({ page }) => {
  await page.goto('/incidents/?topic=soundcloud');
  const visible = page.locator('#timeline .incident:visible');
  await expect(visible.first()).toBeVisible();
  for (const topics of await visible.evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.topics ?? ''))) {
    expect(topics.split(' ')).toContain('soundcloud');
  }
});

test('an incident leads to the paragraph it quotes, and the paragraph leads back', async ({ page }) => {
  await page.goto('/incidents/soundcloud-blocked-2015/');
  await page.getByRole('link', { name: 'Blocking and Filtering, paragraph 3' }).click();
  await expect(page).toHaveURL(/\/reports\/fotn-2015\/blocking-and-filtering\/#p3$/);
  const paragraph = page.locator('#p3');
  await expect(paragraph).toBeInViewport();
  await paragraph.getByRole('link', { name: 'SoundCloud blocked' }).click();
  await expect(page).toHaveURL(/\/incidents\/soundcloud-blocked-2015\/$/);
});

test('the timeline fits a phone screen', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/incidents/');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the whole timeline is there to read, and the filter form is not offered', async ({ page }) => {
    await page.goto('/incidents/?category=blocking');
    await expect(page.locator('#incident-filters')).toBeHidden();
    const items = page.locator('#timeline .incident');
    await expect(items.first()).toBeVisible();
    expect(await page.locator('#timeline .incident:visible').count()).toBe(await items.count());
  });
});
