import { test, expect } from '@playwright/test';
import { axeViolations, loadAxe } from './axe.ts';

// /incidents/ links to built lists (a year, a category, a report); on each, the filter form narrows
// its incidents in place. 2015 has incidents of several categories, reports and topics.
const LIST = '/incidents/year/2015/';

test("a list's filters narrow it without a reload and keep their state in the URL", async ({ page }) => {
  await page.goto(LIST);
  const items = page.locator('#timeline .incident');
  const total = await items.count();
  expect(total).toBeGreaterThanOrEqual(10);
  await page.getByLabel('Category').selectOption('blocking');
  await expect(page).toHaveURL(/\/incidents\/year\/2015\/\?category=blocking$/);
  const visible = page.locator('#timeline .incident:visible');
  const shown = await visible.count();
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThan(total);
  await expect(page.locator('#filter-status')).toHaveText(`Showing ${shown} of the ${total} incidents on this page.`);
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
  await expect(page).toHaveURL(/\/incidents\/year\/2015\/$/);
});

test('a topic filter keeps only incidents tagged with it', async ({ page }) => {
  await page.goto(`${LIST}?topic=soundcloud`);
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

test('the timeline and its lists fit a phone screen', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of ['/incidents/', LIST]) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test('a link made to the one-page timeline with filters leads to the list they name, the other filters applied there', async ({ page }) => {
  await page.goto('/incidents/?category=blocking&report=fotn-2015');
  await expect(page).toHaveURL(/\/incidents\/category\/blocking\/\?report=fotn-2015$/);
  await expect(page.getByLabel('Report')).toHaveValue('fotn-2015');
  await page.goto('/incidents/?topic=soundcloud');
  await expect(page).toHaveURL(/\/topics\/soundcloud\/$/);
  // A value the timeline has no list for stays on /incidents/ rather than leading to a missing page.
  await page.goto('/incidents/?category=no-such-category');
  await expect(page).toHaveURL(/\/incidents\/\?category=no-such-category$/);
});

test('nothing on a timeline list moves while it loads on a phone (no layout shift)', async ({ page }) => {
  // The filter form used to be revealed by the script after load and push the whole timeline
  // down (Lighthouse: layout shift 0.116). It is now in the HTML as the script leaves it.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.addInitScript(() => {
    const w = window as unknown as { layoutShift: number };
    w.layoutShift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) w.layoutShift += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(LIST, { waitUntil: 'load' });
  await expect(page.locator('#incident-filters')).toBeVisible();
  // Two frames after load: the filter script has run and its changes have been laid out.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  expect(await page.evaluate(() => (window as unknown as { layoutShift: number }).layoutShift)).toBeLessThan(0.01);
});

test.describe('every event, laid out', () => {
  // Events off screen are skipped by content-visibility (timeline.css), and axe cannot judge
  // the colours of what is not laid out, so the every-page axe run only covers the first screen.
  // Here every event is laid out (a style the page's CSP would refuse, hence bypassCSP) and
  // checked, light and dark.
  test.use({ bypassCSP: true });
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`every event on a timeline list passes axe's colour contrast check (${colorScheme})`, async ({ page, context }) => {
      await loadAxe(context);
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto('/incidents/category/blocking/');
      await page.addStyleTag({ content: '#timeline .incident { content-visibility: visible !important; }' });
      const undecided = await page.evaluate(async () => {
        const results = await (window as unknown as { axe: typeof import('axe-core') }).axe.run(document, {
          runOnly: { type: 'rule', values: ['color-contrast'] },
        });
        return results.incomplete.flatMap((r) => r.nodes.map((n) => n.target.join(' ')));
      });
      expect(undecided, 'elements axe could not judge').toEqual([]);
      expect(await axeViolations(page, { runOnly: { type: 'rule', values: ['color-contrast'] } })).toEqual([]);
    });
  }
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('a whole list is there to read, and the filter form is not offered', async ({ page }) => {
    await page.goto(`${LIST}?category=blocking`);
    await expect(page.locator('#incident-filters')).toBeHidden();
    const items = page.locator('#timeline .incident');
    await expect(items.first()).toBeVisible();
    expect(await page.locator('#timeline .incident:visible').count()).toBe(await items.count());
  });
});

test("each year on /incidents/ keeps its #y<year> anchor and leads to that year's list", async ({ page }) => {
  await page.goto('/incidents/#y2015');
  const year = page.locator('#y2015');
  await expect(year).toBeInViewport();
  await year.getByRole('link').click();
  await expect(page).toHaveURL(/\/incidents\/year\/2015\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Incidents of 2015');
  await expect(page.locator('#timeline .incident').first()).toBeVisible();
});

/** Sort key of a <time datetime> value: coarser dates first, as the timeline orders them. */
const firstDates = (page: import('@playwright/test').Page) =>
  page.locator('#timeline .incident:visible .incident-date time:first-child').evaluateAll((els) => els.map((el) => el.getAttribute('datetime') ?? ''));

test('a list runs newest first, with the order kept in the URL', async ({ page }) => {
  await page.goto('/incidents/category/blocking/');
  const oldest = await firstDates(page);
  await page.getByLabel('Order').selectOption('newest');
  await expect(page).toHaveURL(/\?order=newest$/);
  const newest = await firstDates(page);
  expect(newest).toEqual([...oldest].reverse());
  expect(newest[0]!.slice(0, 4) >= newest.at(-1)!.slice(0, 4)).toBe(true);
  // Years run newest first too, and the order survives a reload with a filter.
  const headings = await page.locator('#timeline .year-heading').allTextContents();
  expect(headings).toEqual([...headings].sort().reverse());
  await page.goto('/incidents/category/blocking/?report=fotn-2015&order=newest');
  await expect(page.getByLabel('Order')).toHaveValue('newest');
  const filtered = await firstDates(page);
  expect(filtered.length).toBeGreaterThan(1);
  expect(filtered[0]!.slice(0, 4) >= filtered.at(-1)!.slice(0, 4)).toBe(true);
});

test('the compact view shows about fifteen events to a 1366×900 screen, the date in its own column', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto('/incidents/report/fotn-2020/?view=compact');
  await expect(page.getByLabel('View')).toHaveValue('compact');
  await expect(page.locator('#timeline .incident-summary').first()).toBeHidden();
  // A screen from the middle of the timeline, its top at a year heading.
  await page
    .locator('#timeline .year-heading')
    .nth(3)
    .evaluate((el) => el.scrollIntoView({ block: 'start' }));
  const onScreen = await page.locator('#timeline .incident').evaluateAll(
    (els) =>
      els.filter((el) => {
        const r = el.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= innerHeight;
      }).length,
  );
  expect(onScreen).toBeGreaterThanOrEqual(13);
  // The date stands to the left of the title, not above it.
  const item = page.locator('#timeline .incident').first();
  const date = (await item.locator('.incident-date').boundingBox())!;
  const title = (await item.locator('.incident-title').boundingBox())!;
  expect(date.x + date.width).toBeLessThanOrEqual(title.x);
  await page.getByLabel('View').selectOption('');
  await expect(page).toHaveURL(/\/incidents\/report\/fotn-2020\/$/);
  await expect(page.locator('#timeline .incident-summary').first()).toBeVisible();
});
