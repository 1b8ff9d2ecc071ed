/**
 * How /reports/ splits a long list of reports: newest first, grouped by year, a fixed number of
 * reports to a page, so every page stays within the first-visit weight budget however large the
 * archive grows, and every report is reachable by plain links. The first page is /reports/
 * itself; the others are /reports/page/2/, /reports/page/3/ …
 */

/** Reports on one page of /reports/. Fifty summaries are about 12 KB gzip. */
export const REPORTS_PER_PAGE = 50;

/** Reports the home page lists, newest first; with more, it links to /reports/ for the rest. */
export const HOME_REPORTS = 5;

export interface YearGroup<T> {
  year: number;
  items: T[];
  /** The year's items began on an earlier page. */
  continued: boolean;
}

export interface ReportPage<T> {
  /** 1-based. */
  number: number;
  groups: YearGroup<T>[];
  /** The newest and oldest year on the page. */
  newestYear: number;
  oldestYear: number;
}

/**
 * Splits `items` (already in the order to show them) into pages of `perPage`, each page's items
 * grouped by year in that order. A year whose items do not fit on one page continues on the
 * next, marked `continued`. No items give no pages. Shared by /reports/ and the timeline's lists.
 */
export function pagesByYear<T>(items: readonly T[], yearOf: (item: T) => number, perPage: number): YearGroup<T>[][] {
  if (!Number.isInteger(perPage) || perPage < 1) throw new RangeError(`perPage is ${perPage}; expected a whole number of at least 1`);
  const pages: YearGroup<T>[][] = [];
  for (let start = 0; start < items.length; start += perPage) {
    const groups: YearGroup<T>[] = [];
    for (const item of items.slice(start, start + perPage)) {
      const year = yearOf(item);
      const last = groups.at(-1);
      if (last?.year === year) last.items.push(item);
      else groups.push({ year, items: [item], continued: groups.length === 0 && start > 0 && yearOf(items[start - 1]!) === year });
    }
    pages.push(groups);
  }
  return pages;
}

/** /reports/'s pages: `items` newest first, `perPage` to a page, grouped by year (pagesByYear). */
export function reportPages<T>(items: readonly T[], yearOf: (item: T) => number, perPage = REPORTS_PER_PAGE): ReportPage<T>[] {
  return pagesByYear(items, yearOf, perPage).map((groups, i) => ({ number: i + 1, groups, newestYear: groups[0]!.year, oldestYear: groups.at(-1)!.year }));
}

/** The site path of page `n` of the report list. */
export function reportPagePath(n: number): string {
  return n === 1 ? 'reports/' : `reports/page/${n}/`;
}

/** "2020" or "2020–2015": the years a page covers, for its link in the page list. */
export function pageYears(page: Pick<ReportPage<unknown>, 'newestYear' | 'oldestYear'>): string {
  return page.newestYear === page.oldestYear ? String(page.newestYear) : `${page.newestYear}–${page.oldestYear}`;
}
