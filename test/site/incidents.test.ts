import { test } from 'node:test';
import type { HTMLElement } from 'node-html-parser';
import assert from 'node:assert/strict';
import { normaliseSpace as normalise } from '../../src/lib/incidents.ts';
import { INCIDENTS_PER_PAGE, LIST_KINDS } from '../../src/lib/timeline/lists.ts';
import { corpus, incidentPages, pageByFile, resolveUrlPath, siteBase, type Page } from './site.ts';

// Rule: every quote on an incident page stands word for word in the paragraph it links to,
// in the built report (checked here independently of the build-time check), and every
// incident page quotes at least one passage.

test('there is a page for every incident in content/incidents/', () => {
  assert.equal(incidentPages().length, corpus.incidents);
});

test('every incident quotes at least one passage', () => {
  assert.deepEqual(
    incidentPages()
      .filter((p) => p.root.querySelectorAll('blockquote.mention').length === 0)
      .map((p) => p.file),
    [],
  );
});

test('every quote is word for word in the paragraph it cites', () => {
  const problems: string[] = [];
  for (const page of incidentPages()) {
    for (const quote of page.root.querySelectorAll('blockquote.mention')) {
      const cite = new URL(quote.getAttribute('cite')!, 'http://archive.test');
      const file = resolveUrlPath(cite.pathname);
      const target = file ? pageByFile(file) : undefined;
      const paragraph = target?.root.getElementById(cite.hash.slice(1))?.clone() as HTMLElement | undefined;
      if (!paragraph || !cite.pathname.startsWith(`${siteBase}reports/`)) {
        problems.push(`${page.file}: ${cite.pathname}${cite.hash} is not a report paragraph`);
        continue;
      }
      paragraph.querySelectorAll('.permalink, .note-ref, .incident-links').forEach((el) => el.remove());
      if (!normalise(paragraph.text).includes(normalise(quote.text))) problems.push(`${page.file}: quote not in ${cite.pathname}${cite.hash}`);
    }
  }
  assert.deepEqual(problems, []);
});

test('a paragraph that an incident quotes links back to that incident', () => {
  const missing: string[] = [];
  for (const page of incidentPages()) {
    const own = page.url;
    for (const quote of page.root.querySelectorAll('blockquote.mention')) {
      const cite = new URL(quote.getAttribute('cite')!, 'http://archive.test');
      const paragraph = pageByFile(resolveUrlPath(cite.pathname)!)!.root.getElementById(cite.hash.slice(1))!;
      if (!paragraph.querySelectorAll('.incident-links a').some((a) => a.getAttribute('href') === own)) {
        missing.push(`${cite.pathname}${cite.hash} does not link to ${own}`);
      }
    }
  }
  assert.deepEqual(missing, []);
});

/** A list page and every other page of its list, as its plain page links give them. */
function listPages(first: Page): Page[] {
  const others = first.root.querySelectorAll('nav[aria-label^="Pages of this list"] a').map((a) => pageByFile(resolveUrlPath(a.getAttribute('href')!)!)!);
  return [first, ...others.filter((p, i) => others.findIndex((q) => q.file === p.file) === i)];
}

const listedIncidents = (page: Page) => page.root.querySelectorAll('#timeline .incident');
const eventYear = (item: HTMLElement) => item.querySelector('.incident-date time')!.getAttribute('datetime')!.replace('~', '').slice(0, 4);

test("without JavaScript, each year on /incidents/ (its #y<year> anchor) links to a list of that year's incidents, and together they list every incident", () => {
  const timeline = pageByFile('incidents/index.html')!;
  const years = timeline.root.querySelectorAll('.year-index li');
  assert.ok(years.length > 0, 'no years on /incidents/');
  const listed = new Set<string>();
  const problems: string[] = [];
  for (const year of years) {
    const href = year.querySelector('a')!.getAttribute('href')!;
    const number = year.id.replace(/^y/, '');
    if (href !== `${siteBase}incidents/year/${number}/`) problems.push(`#${year.id} links to ${href}`);
    for (const page of listPages(pageByFile(resolveUrlPath(href)!)!)) {
      for (const item of listedIncidents(page)) {
        listed.add(item.querySelector('.incident-title a')!.getAttribute('href')!);
        if (eventYear(item) !== number) problems.push(`${page.url} lists an incident of ${eventYear(item)}`);
      }
    }
  }
  assert.deepEqual(problems, []);
  assert.deepEqual(
    incidentPages()
      .filter((p) => !listed.has(p.url))
      .map((p) => p.url),
    [],
  );
});

test(`each category and report list holds exactly the incidents of that category or report, at most ${INCIDENTS_PER_PAGE} to a page`, () => {
  const incidents = incidentPages();
  const problems: string[] = [];
  for (const [kind, attribute] of [
    ['category', 'categories'],
    ['report', 'reports'],
  ] as const) {
    const links = pageByFile('incidents/index.html')!.root.querySelectorAll(`a[href^="${siteBase}incidents/${kind}/"]`);
    assert.ok(links.length > 0, `/incidents/ links to no ${kind} list`);
    let union = 0;
    for (const link of links) {
      const key = link.getAttribute('href')!.split('/').at(-2)!;
      const pagesOfList = listPages(pageByFile(resolveUrlPath(link.getAttribute('href')!)!)!);
      const items = pagesOfList.flatMap(listedIncidents);
      union += items.length;
      for (const page of pagesOfList)
        if (listedIncidents(page).length > INCIDENTS_PER_PAGE) problems.push(`${page.url} lists ${listedIncidents(page).length} incidents`);
      for (const item of items)
        if (!item.getAttribute(`data-${attribute}`)!.split(' ').includes(key))
          problems.push(`${link.getAttribute('href')} lists ${item.querySelector('a')!.getAttribute('href')}`);
      const claimed = Number(link.parentNode!.querySelector('.note-status')!.text.split(' ')[0]);
      if (claimed !== items.length) problems.push(`/incidents/ counts ${claimed} for ${key}, its list holds ${items.length}`);
    }
    // Every incident has a category and a report, so each kind of list reaches every incident.
    const reached = new Set(
      links.flatMap((l) =>
        listPages(pageByFile(resolveUrlPath(l.getAttribute('href')!)!)!)
          .flatMap(listedIncidents)
          .map((i) => i.querySelector('a')!.getAttribute('href')),
      ),
    );
    assert.equal(reached.size, incidents.length, `${kind} lists reach ${reached.size} of ${incidents.length} incidents`);
    assert.ok(union >= incidents.length);
  }
  assert.deepEqual(problems, []);
});

test('/incidents/year/, /incidents/category/ and /incidents/report/ are pages, each linking to every list of its kind that /incidents/ links to', () => {
  const timeline = pageByFile('incidents/index.html')!;
  const problems: string[] = [];
  for (const kind of LIST_KINDS) {
    const page = pageByFile(`incidents/${kind}/index.html`);
    if (!page) {
      problems.push(`incidents/${kind}/ has no page`);
      continue;
    }
    const lists = (p: Page) => [
      ...new Set(
        p.root
          .querySelectorAll(`main a[href^="${siteBase}incidents/${kind}/"]`)
          .map((a) => a.getAttribute('href')!)
          .filter((href) => href !== `${siteBase}incidents/${kind}/`),
      ),
    ];
    assert.ok(lists(timeline).length > 0, `/incidents/ links to no ${kind} list`);
    assert.deepEqual(lists(page), lists(timeline), `incidents/${kind}/ and /incidents/ link to different ${kind} lists`);
  }
  assert.deepEqual(problems, []);
});
