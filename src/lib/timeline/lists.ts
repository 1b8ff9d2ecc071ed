/**
 * How the timeline splits as incidents grow. /incidents/ itself lists no incidents: it links to
 * one list per year, per category and per report, each a plain built page, so every way of
 * narrowing the timeline works without JavaScript. A list longer than INCIDENTS_PER_PAGE runs
 * over several pages (…/page/2/, …/page/3/), so no page grows with the archive.
 */
import { timelineOrder } from '../incidents.ts';
import { parsePartialDate } from '../partial-date.ts';
import { pagesByYear, type YearGroup } from '../report-pages.ts';

/** Incidents on one page of a list. Fifty detailed events are about 10 KB gzip. */
export const INCIDENTS_PER_PAGE = 50;

/** What a list gathers: the incidents of one year, of one category or mentioned by one report. */
export const LIST_KINDS = ['year', 'category', 'report'] as const;
export type ListKind = (typeof LIST_KINDS)[number];

export interface ListedIncident {
  id: string;
  date: string;
  categories: readonly string[];
  reports: readonly string[];
}

export interface ListPage<T> {
  kind: ListKind;
  /** The year, category or report id. */
  key: string;
  /** 1-based. */
  number: number;
  pageCount: number;
  /** Incidents in the whole list, over all its pages. */
  total: number;
  /** The page's incidents under their years, oldest first. */
  groups: YearGroup<T>[];
  firstYear: number;
  lastYear: number;
}

export const yearOf = (incident: Pick<ListedIncident, 'date'>): number => parsePartialDate(incident.date).year;

const keysOf: Record<ListKind, (incident: ListedIncident) => readonly string[]> = {
  year: (incident) => [String(yearOf(incident))],
  category: (incident) => incident.categories,
  report: (incident) => incident.reports,
};

/**
 * Every list of one kind, each split into pages: a map from key (in the order the keys first
 * appear in timeline order) to the list's pages. Each list is in timeline order; each page
 * groups its incidents by year, and a year that runs over a page break is marked continued on
 * the next page. An incident stands in every list its keys name.
 */
export function incidentLists<T extends ListedIncident>(incidents: readonly T[], kind: ListKind, perPage = INCIDENTS_PER_PAGE): Map<string, ListPage<T>[]> {
  if (!Number.isInteger(perPage) || perPage < 1) throw new RangeError(`perPage is ${perPage}; expected a whole number of at least 1`);
  const members = new Map<string, T[]>();
  for (const incident of timelineOrder(incidents)) {
    for (const key of new Set(keysOf[kind](incident))) {
      const list = members.get(key);
      if (list) list.push(incident);
      else members.set(key, [incident]);
    }
  }
  const lists = new Map<string, ListPage<T>[]>();
  for (const [key, items] of members) {
    const pages = pagesByYear(items, yearOf, perPage);
    lists.set(
      key,
      pages.map((groups, i) => ({
        kind,
        key,
        number: i + 1,
        pageCount: pages.length,
        total: items.length,
        groups,
        firstYear: groups[0]!.year,
        lastYear: groups.at(-1)!.year,
      })),
    );
  }
  return lists;
}

/** The site path of page `n` of a list: incidents/year/2015/, incidents/category/blocking/page/2/ … */
export function listPath(kind: ListKind, key: string, n = 1): string {
  return n === 1 ? `incidents/${kind}/${key}/` : `incidents/${kind}/${key}/page/${n}/`;
}

/** "2015" or "2014–2019": the years a page covers, for its link among the list's pages. */
export function pageYears(page: Pick<ListPage<unknown>, 'firstYear' | 'lastYear'>): string {
  return page.firstYear === page.lastYear ? String(page.firstYear) : `${page.firstYear}–${page.lastYear}`;
}
