import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { showGroup } from './search-results.ts';

const ready = (page: Page) => page.locator('#search-results[data-state="done"]').waitFor({ state: 'attached' });
const group = (page: Page, name: string) => page.locator('.search-group', { has: page.getByRole('heading', { name: new RegExp(`^${name} \\(\\d+\\)$`) }) });

test('a search from the home page lands on the paragraph, with the words highlighted', async ({ page }) => {
  await page.goto('');
  await page.getByRole('searchbox', { name: 'Search all reports' }).fill('SoundCloud');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/search\/\?q=SoundCloud$/);
  await ready(page);
  await group(page, 'Freedom on the Net 2015').scrollIntoViewIfNeeded();
  const result = group(page, 'Freedom on the Net 2015').locator('ol a').first();
  await expect(result).toHaveText(/, ¶ \d+$/);
  await expect(group(page, 'Freedom on the Net 2015').locator('li .note-status').first()).toHaveText('Freedom on the Net 2015 · 2015 · Report text');
  await result.click();
  await expect(page).toHaveURL(/\/reports\/fotn-2015\/blocking-and-filtering\/\?highlight=SoundCloud#p\d+$/);
  const anchor = decodeURIComponent(new URL(page.url()).hash.slice(1));
  const paragraph = page.locator(`[id="${anchor}"]`);
  await expect(paragraph.locator('mark.pagefind-highlight').first()).toHaveText(/SoundCloud/i);
  await expect(paragraph).toBeInViewport();
});

test('a page reached without a search loads no highlighter', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto('reports/fotn-2015/blocking-and-filtering/#p3');
  await page.waitForLoadState('networkidle');
  expect(requests.filter((u) => u.includes('/pagefind/'))).toEqual([]);
  await expect(page.locator('mark')).toHaveCount(0);
});

test('a quoted phrase is highlighted whole on the page it leads to', async ({ page }) => {
  await page.goto('search/?q=%22Informational+Kazakhstan%22');
  await ready(page);
  await page.locator('.search-group ol a').first().click();
  await expect(page).toHaveURL(/\/reports\/profile-2013\/access\/\?highlight=Informational%20Kazakhstan#p1$/);
  await expect(page.locator('#p1 mark.pagefind-highlight')).toHaveText(['Informational Kazakhstan']);
});

test('results are grouped by report with a count, and a group opens in full', async ({ page }) => {
  await page.goto('search/?q=Kazakhtelecom');
  await ready(page);
  const index = page.locator('.search-group-index');
  for (const report of ['Freedom on the Net 2020', 'Freedom on the Net 2015', 'Freedom on the Net 2013', 'Country profile 2013', 'OpenNet Initiative 2007']) {
    await expect(index.getByRole('link', { name: new RegExp(`^${report} \\(\\d+\\)$`) })).toBeVisible();
  }
  const fotn2013 = group(page, 'Freedom on the Net 2013');
  await fotn2013.scrollIntoViewIfNeeded();
  const count = Number(/\((\d+)\)/.exec((await fotn2013.locator('h2').textContent())!)![1]);
  expect(count).toBeGreaterThan(3);
  await expect(fotn2013.locator('ol li')).toHaveCount(3);
  await fotn2013.getByRole('button', { name: `Show all ${count} from Freedom on the Net 2013` }).click();
  await expect(fotn2013.locator('ol li')).toHaveCount(count);
  await expect(fotn2013.locator('ol li').nth(3).getByRole('link')).toBeFocused();
});

test('excerpts of incidents and topics are clean prose', async ({ page }) => {
  await page.goto('search/?q=SoundCloud');
  await ready(page);
  const archive = group(page, 'Topics and incidents');
  await showGroup(page, archive);
  await expect(archive.locator('ol li p:not(.note-status)')).toHaveCount(3);
  for (const text of await archive.locator('ol li p:not(.note-status)').allTextContents()) {
    expect(text).not.toMatch(/Date\d|Categories[A-Z]|Places[A-Z]|Kind[a-z]|Incidents \(\d/);
  }
});

test('the filters live in the URL: any of within a filter, all of across filters', async ({ page }) => {
  await page.goto('search/?q=LiveJournal');
  await ready(page);
  const filters = page.locator('#search-filters');
  await expect(filters).not.toHaveAttribute('open');
  await filters.locator('summary').click();
  await filters.getByRole('checkbox', { name: /^Freedom on the Net 2015/ }).check();
  await expect(page).toHaveURL(/report=Freedom\+on\+the\+Net\+2015/);
  await ready(page);
  await expect(page.locator('.search-group h2')).toHaveText([/^Topics and incidents/, /^Freedom on the Net 2015/]);
  // A second report widens the search (any of).
  await filters.getByRole('checkbox', { name: /^Freedom on the Net 2013/ }).check();
  await ready(page);
  await expect(page.locator('.search-group h2')).toHaveText([/^Topics and incidents/, /^Freedom on the Net 2013/, /^Freedom on the Net 2015/]);
  // Each value shows how many results it would give; the report counts ignore the report filter itself.
  await expect(filters.getByRole('checkbox', { name: /^OpenNet Initiative 2007 \(\d+\)$/ })).toBeVisible();
  await expect(filters.getByRole('checkbox', { name: /^Freedom on the Net 2013 \([1-9]\d*\)$/ })).toBeChecked();
  // Another filter narrows it (all of).
  await filters.getByRole('checkbox', { name: /^Note \(/ }).check();
  await ready(page);
  await expect(page).toHaveURL(/kind=Note/);
  await expect(page.locator('.search-group h2')).toHaveText([/^Freedom on the Net 2013/]);
  for (const text of await page.locator('.search-group li .note-status').allTextContents()) expect(text).toMatch(/· Note$/);
  // Opening the shared URL restores the same search.
  await page.goto(page.url());
  await expect(page.getByRole('searchbox')).toHaveValue('LiveJournal');
  await expect(page.locator('#search-filter-summary')).toHaveText('(3 active)');
  await page.locator('#search-filters summary').click();
  await expect(page.getByRole('checkbox', { name: /^Freedom on the Net 2015/ })).toBeChecked();
});

test('years are a range, and incidents can be narrowed by kind and category', async ({ page }) => {
  await page.goto('search/?q=blocked&kind=Incident&category=Blocking&from=2014&to=2015');
  await ready(page);
  await page.locator('#search-filters summary').click();
  await expect(page.getByRole('checkbox', { name: /^Incident/ })).toBeChecked();
  await expect(page.getByRole('combobox', { name: 'From' })).toHaveValue('2014');
  const links = page.locator('.search-group ol a');
  await expect(links.first()).toBeVisible();
  for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? '')))
    expect(href).toMatch(/^(\/archive)?\/incidents\/[^/]+\/\?highlight=blocked$/);
  for (const source of await page.locator('.search-group li .note-status').allTextContents()) expect(source).toMatch(/^Incident · .*201[45]/);
});

test('a name in another script finds the topic and the passages that print it', async ({ page }) => {
  await page.goto('search/?q=%D0%9A%D0%9D%D0%91'); // КНБ
  await ready(page);
  await expect(page.locator('#search-status')).toContainText('passages that name National Security Committee');
  await expect(page.locator('.search-group ol a').first()).toHaveText('National Security Committee');
  // A group's results load when the group comes on screen: bring it there first.
  const fotn2020 = group(page, 'Freedom on the Net 2020');
  await fotn2020.scrollIntoViewIfNeeded();
  const passage = fotn2020.locator('ol a').first();
  await passage.scrollIntoViewIfNeeded();
  await passage.click();
  await expect(page.locator('.report-text mark.pagefind-highlight').first()).toHaveText(/National Security Committee|NSC|KNB/);
});

test('a misspelt name shows the nearest name, and nothing near says so', async ({ page }) => {
  await page.goto('search/?q=Kazakhtelekom');
  await ready(page);
  await expect(page.locator('#search-status')).toContainText('Nothing holds “Kazakhtelekom” as typed. ');
  await expect(page.locator('#search-status')).toContainText('for “Kazakhtelecom”');
  await expect(page.locator('.search-suggestions').getByRole('link', { name: 'Kazakhtelecom' })).toBeVisible();
  await page.goto('search/?q=zzqxv');
  await ready(page);
  await expect(page.locator('#search-status')).toHaveText('No results for “zzqxv”.');
});

test('the index loads only when the search box gets focus, and nothing shifts as results appear', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto('search/');
  await page.waitForLoadState('networkidle');
  expect(requests.filter((p) => p.includes('/pagefind/'))).toEqual([]);
  await page.getByRole('searchbox').focus();
  await expect.poll(() => requests.filter((p) => p.endsWith('.pagefind') || p.endsWith('.pf_meta')).length).toBe(2);

  await page.addInitScript(() => {
    (window as unknown as { shift: number }).shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) (window as unknown as { shift: number }).shift += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto('search/?q=Kazakhtelecom');
  await ready(page);
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as unknown as { shift: number }).shift)).toBeLessThan(0.01);
});

test('a topic filter in the URL is restored, and only topics the results involve are offered', async ({ page }) => {
  await page.goto('search/?q=blocked&topic=LiveJournal');
  await ready(page);
  await expect(page.locator('#search-filter-summary')).toHaveText('(1 active)');
  await page.locator('#search-filters summary').click();
  await expect(page.getByRole('checkbox', { name: /^LiveJournal \(\d+\)$/ })).toBeChecked();
  // Topics with no result for this query are not offered.
  await expect.poll(() => page.locator('#search-topics label[hidden]').count()).toBeGreaterThan(0);
  await expect.poll(() => page.locator('#search-topics label:not([hidden])').count()).toBeGreaterThan(1);
  await page.getByRole('checkbox', { name: /^LiveJournal/ }).uncheck();
  await expect(page).not.toHaveURL(/topic=/);
  await ready(page);
  await expect(page.locator('#search-status')).toHaveText(/^\d+ results for “blocked”/);
});

test('a theme filter narrows the results to the passages of that theme, and lives in the URL', async ({ page }) => {
  // Which paragraphs and notes belong to the theme, from the open data (a note: through the paragraphs citing it).
  const theme = 'blocking';
  const rows = JSON.parse(readFileSync('dist/data/themes.json', 'utf8')) as { theme: string; section: string; paragraph: string }[];
  const notes = JSON.parse(readFileSync('dist/data/citations.json', 'utf8')) as { section: string; n: number; themes: string[] }[];
  const inTheme = new Set([
    ...rows.filter((r) => r.theme === theme).map((r) => `/reports/${r.section}/#${r.paragraph}`),
    ...notes.filter((n) => n.themes.includes(theme)).map((n) => `/reports/${n.section}/#note-${n.n}`),
  ]);
  const shownLinks = async () => {
    await ready(page);
    const groups = page.locator('.search-group');
    for (let i = 0; i < (await groups.count()); i++) {
      await showGroup(page, groups.nth(i));
      const more = groups.nth(i).getByRole('button', { name: /^Show all/ });
      if (await more.count()) {
        const count = Number(/\((\d+)\)/.exec((await groups.nth(i).locator('h2').textContent())!)![1]);
        await more.click();
        await expect(groups.nth(i).locator('ol li h3')).toHaveCount(count);
      }
    }
    return page.locator('.search-group ol a').evaluateAll((as) =>
      as.map((a) => {
        const url = new URL((a as HTMLAnchorElement).href);
        return url.pathname.replace(/^\/archive\//, '/') + url.hash;
      }),
    );
  };

  await page.goto('search/?q=LiveJournal');
  const unfiltered = await shownLinks();
  // The query finds passages outside the theme too, so the filter has something to take away.
  expect(unfiltered.filter((link) => !inTheme.has(link)).length).toBeGreaterThan(0);
  expect(unfiltered.filter((link) => inTheme.has(link)).length).toBeGreaterThan(0);

  const filters = page.locator('#search-filters');
  await filters.locator('summary').click();
  const box = filters.getByRole('checkbox', { name: /^B1\. Blocking and filtering \(\d+\)$/ });
  const offered = Number(/\((\d+)\)\s*$/.exec(await box.evaluate((b) => b.parentElement!.textContent!))![1]);
  await box.check();
  await expect(page).toHaveURL(/[?&]theme=blocking(&|$)/);
  const filtered = await shownLinks();
  expect(filtered.length).toBeGreaterThan(0);
  expect(filtered.length).toBeLessThan(unfiltered.length);
  for (const link of filtered) expect(inTheme, `${link} is not a passage of the theme`).toContain(link);
  // The count the box offered is the number of results the filter gives.
  expect(filtered.length).toBe(offered);

  // The shared URL restores it, with the filter bar closed and saying one filter is on.
  await page.goto(page.url());
  await ready(page);
  await expect(page.locator('#search-filters')).not.toHaveAttribute('open');
  await expect(page.locator('#search-filter-summary')).toHaveText('(1 active)');
  await page.locator('#search-filters summary').click();
  await expect(page.getByRole('checkbox', { name: /^B1\. Blocking and filtering/ })).toBeChecked();
});
