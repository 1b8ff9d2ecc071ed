import { test, expect } from '@playwright/test';

// Paths are relative to baseURL.
const SECTION = 'reports/fotn-2015/blocking-and-filtering/';

test('a reader follows a note marker to its note and comes back', async ({ page }) => {
  await page.goto(SECTION);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Blocking and Filtering');
  const marker = page.locator('#ref-39');
  await marker.click();
  await expect(page).toHaveURL(/#note-39$/);
  const note = page.locator('#note-39');
  await expect(note).toBeInViewport();
  await expect(note).toContainText('Souncloud');
  await note.getByRole('link', { name: /Back to the citation of note 39/ }).click();
  await expect(page).toHaveURL(/#ref-39$/);
  await expect(marker).toBeInViewport();
});

test('every paragraph has a permalink that can be reached by keyboard', async ({ page }) => {
  await page.goto(SECTION);
  const paragraphs = page.locator('.report-text p[id], .report-text li[id]');
  const count = await paragraphs.count();
  expect(count).toBeGreaterThan(5);
  await expect(page.locator('.report-text .permalink')).toHaveCount(count);
  await page.locator('.report-text #p2 .permalink').focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#p2$/);
});

test('a note previews on keyboard focus and Esc dismisses it', async ({ page }) => {
  await page.goto(SECTION);
  const preview = page.locator('#note-preview');
  await expect(preview).toBeHidden();
  // Tab from the last of the previous paragraph's own links onto this paragraph's first marker.
  await page.locator('#p2 .para-tools a').last().focus();
  await page.keyboard.press('Tab');
  await expect(page.locator('#ref-39')).toBeFocused();
  await expect(preview).toBeVisible();
  await expect(preview).toContainText('Souncloud');
  await expect(page.locator('#ref-39')).toHaveAttribute('aria-describedby', 'note-preview');
  await page.keyboard.press('Escape');
  await expect(preview).toBeHidden();
  await expect(page.locator('#ref-39')).toBeFocused();
});

test('a note preview stays while the pointer moves onto it, and goes when it leaves', async ({ page }) => {
  await page.goto(SECTION);
  const marker = page.locator('#ref-40');
  const preview = page.locator('#note-preview');
  await marker.hover();
  await expect(preview).toBeVisible();
  const box = (await preview.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
  await page.waitForTimeout(600);
  await expect(preview).toBeVisible();
  await page.mouse.move(5, 5);
  await expect(preview).toBeHidden();
});

test('previous and next lead through the report in order', async ({ page }) => {
  await page.goto(SECTION);
  await page.getByRole('link', { name: /^Next/ }).click();
  await expect(page).toHaveURL(/\/reports\/fotn-2015\/content-removal\/$/);
  await page.getByRole('link', { name: /^Previous/ }).click();
  await expect(page).toHaveURL(new RegExp(`${SECTION}$`));
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('a section reads fully, with its notes, and markers still lead to them', async ({ page }) => {
    await page.goto(SECTION);
    await expect(page.locator('.report-text p').first()).toBeVisible();
    await expect(page.locator('.notes li')).toHaveCount(await page.locator('.note-ref').count());
    await page.locator('#ref-41').click();
    await expect(page).toHaveURL(/#note-41$/);
    await expect(page.locator('#note-41')).toBeInViewport();
  });

  test('the search page says what it needs', async ({ page }) => {
    await page.goto('search/?q=SoundCloud');
    await expect(page.getByText('Search runs in your browser and needs JavaScript')).toBeVisible();
  });
});
