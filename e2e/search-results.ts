import type { Locator, Page } from '@playwright/test';

/** Brings a group's list on screen (its first results load only then) and waits for them. */
export async function showGroup(page: Page, group: Locator): Promise<void> {
  const list = group.locator('ol');
  await list.scrollIntoViewIfNeeded();
  await list.and(page.locator('[data-loaded]')).waitFor({ state: 'attached' });
}

/** One group of results as the reader sees it before opening it in full. */
export interface ShownGroup {
  name: string;
  count: number;
  /** Each shown result's link, without its highlight parameters: "/reports/fotn-2015/ict-market/#p3". */
  links: string[];
}

/**
 * Opens a search and reads its first screen of results: every group with its count and the
 * results it shows before "Show all". A group's results load when it comes on screen, so
 * each is scrolled to first. On a search page already open, the query is put in the box and
 * the form submitted, as Enter does: the page searches without reloading (src/scripts/search/
 * start.ts), so Pagefind and the index chunks it has fetched stay loaded.
 */
export async function shownResults(page: Page, query: string): Promise<{ status: string; groups: ShownGroup[] }> {
  const onSearchPage = await page.locator('#search-form').count();
  if (onSearchPage) {
    // The submit handler marks the results "searching" before it returns, so "done" below is this query's.
    await page.evaluate((q) => {
      (document.getElementById('search-input') as HTMLInputElement).value = q;
      (document.getElementById('search-form') as HTMLFormElement).requestSubmit();
    }, query);
    await page.waitForURL((url) => url.searchParams.get('q') === query);
  } else {
    await page.goto(`search/?q=${encodeURIComponent(query)}`);
  }
  await page.locator('#search-results[data-state="done"]').waitFor({ state: 'attached' });
  const groups = page.locator('.search-group');
  for (let i = 0; i < (await groups.count()); i++) await showGroup(page, groups.nth(i));
  return {
    status: (await page.locator('#search-status').textContent()) ?? '',
    groups: await groups.evaluateAll((sections) =>
      sections.map((section) => ({
        name: section.querySelector('h2')!.firstChild!.textContent!.trim(),
        count: Number(/\((\d+)\)/.exec(section.querySelector('h2 .note-status')!.textContent!)![1]),
        links: [...section.querySelectorAll<HTMLAnchorElement>('ol a')].map((a) => {
          const url = new URL(a.href);
          return url.pathname + url.hash;
        }),
      })),
    ),
  };
}
