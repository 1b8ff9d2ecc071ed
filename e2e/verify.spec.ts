import { test, expect, type Page } from '@playwright/test';
import { axeViolations, loadAxe } from './axe.ts';

// /verify/ on the built site: a quotation found word for word (with its permanent link and
// citation), one with an ellipsis, one with a changed word (the nearest passage, the word
// marked), one from no report, and a Cyrillic name; by the form and by the URL.

const done = (page: Page) => page.locator('#verify-result:not([data-verdict="checking"])[data-verdict]').waitFor({ state: 'attached', timeout: 20_000 });
const check = async (page: Page, quote: string) => {
  await page.goto(`verify/?q=${encodeURIComponent(quote)}`);
  await done(page);
};
const status = (page: Page) => page.getByRole('status');
const result = (page: Page) => page.locator('#verify-result');

test('an exact sentence is found, with its permanent link and the link to its citation', async ({ page }) => {
  await page.goto('verify/');
  await page
    .getByLabel('Quotation to check')
    .fill(
      'The Ministry of Information and Social Development ran tests on the platform and restored access to it in October 2019 upon finding no traces of illegal content.',
    );
  await page.getByRole('button', { name: 'Check' }).click();
  await done(page);
  await expect(page).toHaveURL(/\/verify\/\?q=The\+Ministry/);
  await expect(result(page)).toHaveAttribute('data-verdict', 'found');
  await expect(status(page)).toHaveText(/^Found word for word: Freedom on the Net 2020: Kazakhstan, “B1\. .*”, ¶ 7\.$/);
  await expect(result(page).getByRole('link', { name: /\/reports\/fotn-2020\/b1\/#p7$/ })).toHaveAttribute(
    'href',
    /^http:\/\/127\.0\.0\.1:\d+\/reports\/fotn-2020\/b1\/#p7$/,
  );
  await expect(result(page).getByRole('link', { name: 'Cite ¶ 7' })).toHaveAttribute('href', '/reports/fotn-2020/b1/cite/#p7');
  await expect(result(page).locator('mark')).toHaveText([
    'The Ministry of Information and Social Development ran tests on the platform and restored access to it in October 2019 upon finding no traces of illegal content',
  ]);
  await result(page).getByRole('link', { name: 'Cite ¶ 7' }).click();
  await expect(page.locator('#p7')).toContainText('Chicago');
});

test('a quotation with an ellipsis, straight quotes for curly ones and a line break is found', async ({ page }) => {
  await check(
    page,
    'In early May 2015, access to SoundCloud […] was blocked in Kazakhstan.\nISPs claimed that they were not responsible ... Officials maintain that it was a "preventive blocking,"',
  );
  await expect(result(page)).toHaveAttribute('data-verdict', 'found');
  await expect(status(page)).toHaveText(/Freedom on the Net 2015: Kazakhstan, “.*”, ¶ 3\.$/);
  await expect(result(page).locator('.verify-omitted').first()).toContainText('an international platform for sharing music and podcasts');
  await expect(page.getByLabel('Quotation to check')).toHaveValue(/^In early May 2015/);
});

test('a quotation with a changed word shows the nearest passage with the word marked, and says so in words', async ({ page }) => {
  await check(page, 'entire platforms are often banned for isolated posts or accounts');
  await expect(result(page)).toHaveAttribute('data-verdict', 'nearest');
  await expect(status(page)).toHaveText(/^Not found word for word\. Nearest passage: Freedom on the Net 2020: Kazakhstan, .*¶ 7, with 1 difference\.$/);
  await expect(result(page).locator('blockquote del')).toHaveText(['(the quotation has: banned) ']);
  await expect(result(page).locator('blockquote ins')).toHaveText(['(the report has: blocked)']);
  await expect(result(page).locator('.verify-differences')).toHaveText('The quotation has “banned” where the report has “blocked”.');
  await expect(result(page).getByRole('link', { name: /#p7$/ })).toHaveAttribute('href', /\/reports\/fotn-2020\/b1\/#p7$/);
});

test('a sentence from no report is not found', async ({ page }) => {
  await check(page, 'The penguins of Kazakhstan organised a flash mob against tariffs on herring.');
  await expect(result(page)).toHaveAttribute('data-verdict', 'not-found');
  await expect(status(page)).toHaveText(/^Not found in any report/);
});

test('a Cyrillic name is found', async ({ page }) => {
  await check(page, 'Нападение на Лукпана Ахмедьярова раскрыто');
  await expect(result(page)).toHaveAttribute('data-verdict', 'found');
  await expect(result(page).getByRole('link', { name: /\/reports\/fotn-2013\/violations-of-user-rights\/#note-66$/ })).toBeVisible();
  await expect(result(page).getByRole('link', { name: 'Cite note 66' })).toHaveAttribute('href', '/reports/fotn-2013/violations-of-user-rights/cite/#note-66');
});

test('the page with a result passes axe (WCAG 2.2 AA), light and dark', async ({ page, context }) => {
  await loadAxe(context);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await check(page, 'entire platforms are often banned for isolated posts or accounts');
    expect(await axeViolations(page, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } })).toEqual([]);
  }
});

test('without JavaScript the page says how to search instead, and hides the form that cannot work', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('verify/');
  await expect(page.getByText('Checking a quotation runs in your browser and needs JavaScript')).toBeVisible();
  await expect(page.getByRole('link', { name: 'search page' })).toBeVisible();
  await expect(page.getByLabel('Quotation to check')).toBeHidden();
  await context.close();
});

test('search, /data/ and each cite panel link to the checker', async ({ page }) => {
  for (const path of ['search/', 'data/']) {
    await page.goto(path);
    await expect(page.getByRole('link', { name: 'check a quotation' })).toHaveAttribute('href', '/verify/');
  }
  await page.goto('reports/fotn-2015/blocking-and-filtering/');
  await page.locator('details.cite summary').first().click();
  await expect(page.locator('details.cite[open]').getByRole('link', { name: 'Check a quotation' })).toHaveAttribute('href', '/verify/');
});

test('a check stays within the Content-Security-Policy and on this host', async ({ page, context }) => {
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  const hosts = new Set<string>();
  page.on('request', (request) => hosts.add(new URL(request.url()).host));
  await check(page, 'entire platforms are often banned for isolated posts or accounts');
  await expect(result(page)).toHaveAttribute('data-verdict', 'nearest');
  expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
  expect([...hosts]).toEqual([new URL(page.url()).host]);
});
