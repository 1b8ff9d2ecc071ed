/**
 * The search page, on Pagefind's JavaScript API. Every paragraph, note, incident and topic
 * is its own record (src/lib/search/records.ts), so a result links to the passage itself.
 * Results are grouped: the archive's topics and incidents, then one group per report, each
 * with its count and its best few results, and a button to open it in full. Within a
 * group, results that hold the exact phrase come first. The state lives in the URL
 * (src/lib/search/query.ts). Pagefind is loaded when the search box gets focus or when the
 * page opens with a query, never otherwise.
 */
import {
  FILTER_NAMES,
  highlightTerms,
  isQuoted,
  pagefindFilters,
  parseSearchState,
  phraseFirst,
  phraseQuery,
  searchStateToParams,
  withHighlight,
  type FilterName,
  type PagefindFilter,
  type SearchState,
} from '../lib/search/query.ts';
import { nearestNames, normaliseName, type NamedTopic } from '../lib/search/nearest-names.ts';
import { ARCHIVE_GROUP, KIND, notesGroup } from '../lib/search/kinds.ts';

interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}
interface Result {
  id: string;
  score: number;
  /** The metadata fields (a topic's or incident's names) the query matched, if any. */
  matchedMetaFields?: string[];
  data(): Promise<ResultData>;
}
interface SearchResponse {
  results: Result[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string | null, options?: { filters?: PagefindFilter }): Promise<SearchResponse>;
  preload(query: string): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
}
interface PagefindModule {
  createInstance(options: Record<string, unknown>): Pagefind;
}
interface Context {
  base: string;
  years: number[];
  ranking: Record<string, unknown>;
  reports: string[];
  topics: string[];
  sections: Record<string, string>;
}
interface Group {
  name: string;
  filter: PagefindFilter;
  results: Result[];
  hasPhrase: boolean;
}

/** How many results each group shows before it is opened. */
const FIRST_SCREEN = 3;

/**
 * Hands the main thread back to the browser (to paint, and to answer the reader) between
 * pieces of search work, so that no piece becomes a long task: Pagefind runs on the main
 * thread (its worker would be one more download), and a query runs several searches.
 */
const yieldToMain = (): Promise<void> => {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
};

export async function startSearch(): Promise<void> {
  const form = document.getElementById('search-form') as HTMLFormElement;
  const input = document.getElementById('search-input') as HTMLInputElement;
  const details = document.getElementById('search-filters') as HTMLDetailsElement;
  const filterSummary = document.getElementById('search-filter-summary') as HTMLElement;
  const status = document.getElementById('search-status') as HTMLElement;
  const resultsBox = document.getElementById('search-results') as HTMLElement;
  const context = JSON.parse(document.getElementById('search-context')!.textContent!) as Context;

  let pagefindPromise: Promise<Pagefind> | undefined;
  const pagefind = () =>
    (pagefindPromise ??= (async () => {
      const module = (await import(/* @vite-ignore */ `${context.base}pagefind/pagefind.js`)) as PagefindModule;
      // No worker: the index is small, and the worker script would be one more download.
      const instance = module.createInstance({ basePath: `${context.base}pagefind/`, noWorker: true });
      await instance.options({ baseUrl: '/', excerptLength: 36, ranking: context.ranking });
      await instance.init();
      return instance;
    })());

  const state = parseSearchState(new URLSearchParams(location.search));
  // A page opened with a query needs Pagefind at once: start it before anything else.
  if (state.q) void pagefind();
  input.value = state.q;
  // The topic boxes are many; they are drawn when first needed: the filters opened, or a topic in the URL.
  const topicBoxes = document.getElementById('search-topics') as HTMLFieldSetElement;
  const drawTopicBoxes = () => {
    if (topicBoxes.querySelector('input')) return;
    for (const name of context.topics) {
      const label = document.createElement('label');
      label.dataset.filterValue = '';
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.name = 'topic';
      box.value = name;
      box.checked = state.filters.topic.includes(name);
      const count = document.createElement('span');
      count.className = 'count';
      label.append(box, ` ${name} `, count);
      topicBoxes.append(label);
    }
  };
  if (state.filters.topic.length > 0) drawTopicBoxes();
  for (const box of form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) box.checked = state.filters[box.name as FilterName]?.includes(box.value) ?? false;
  (form.elements.namedItem('from') as HTMLSelectElement).value = state.from ? String(state.from) : '';
  (form.elements.namedItem('to') as HTMLSelectElement).value = state.to ? String(state.to) : '';

  const readForm = (): SearchState => {
    const params = new URLSearchParams();
    params.set('q', input.value.trim());
    for (const box of form.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')) params.append(box.name, box.value);
    for (const name of ['from', 'to']) {
      const value = (form.elements.namedItem(name) as HTMLSelectElement).value;
      if (value) params.set(name, value);
    }
    return parseSearchState(params);
  };

  const showFilterSummary = (s: SearchState) => {
    const active = FILTER_NAMES.reduce((n, name) => n + s.filters[name].length, 0) + (s.from || s.to ? 1 : 0);
    filterSummary.textContent = active > 0 ? `(${active} active)` : '';
  };

  input.addEventListener('focus', () => void pagefind(), { once: true });

  let generation = 0;
  const run = async () => {
    const current = readForm();
    const params = searchStateToParams(current).toString();
    history.replaceState(null, '', params ? `?${params}` : location.pathname);
    showFilterSummary(current);
    const mine = ++generation;
    // For tests and the bench: "searching" until the results (or the message) are on screen.
    resultsBox.dataset.state = 'searching';
    if (!current.q) {
      resultsBox.dataset.state = 'done';
      resultsBox.replaceChildren();
      status.textContent = 'Type a word, a name or a "quoted phrase" to search every report, note, incident and topic.';
      return;
    }
    status.textContent = `Searching for “${current.q}”…`;
    const pf = await pagefind();
    const outcome = await searchGrouped(pf, context, current);
    if (mine !== generation) return;
    if (outcome.exactTotal === 0) await showNearest(pf, current, outcome, () => mine !== generation);
    else await render(outcome, current.q, outcome.highlight);
    if (mine === generation) resultsBox.dataset.state = 'done';
    if (details.open) await showCounts(pf, current);
  };

  let observer: IntersectionObserver | undefined;
  const render = async (outcome: Outcome, shownQuery: string, highlight: string[], note = '') => {
    observer?.disconnect();
    const loaders = new WeakMap<Element, () => Promise<void>>();
    const pending: Promise<void>[] = [];
    let settle: () => void = () => {};
    const firstPass = new Promise<void>((resolve) => (settle = resolve));
    observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (!entry.isIntersecting) continue;
          const load = loaders.get(entry.target);
          observer?.unobserve(entry.target);
          if (load) pending.push(load());
        }
        settle();
      },
      { rootMargin: '0px' },
    );
    const groups = outcome.groups.map((group) => renderGroup(group, context, highlight, observer!, loaders));
    resultsBox.replaceChildren(...(groups.length > 1 ? [groupIndex(outcome.groups)] : []), ...groups);
    // The observer reports once for every group straight away; wait for the visible ones to fill.
    await firstPass;
    await Promise.all(pending);
    const inReports = outcome.groups.filter((g) => g.name !== ARCHIVE_GROUP).length;
    status.textContent =
      note +
      `${outcome.total} result${outcome.total === 1 ? '' : 's'} for “${shownQuery}”` +
      (inReports > 0 ? `, in ${inReports} report${inReports === 1 ? '' : 's'}` : '') +
      (outcome.expandedFrom ? ` (passages that name ${outcome.expandedFrom})` : '') +
      '.';
  };

  /**
   * Nothing holds the query as typed: it may be misspelt, or another spelling of a name. The
   * list of names is fetched (only now), and when one is near, its results are shown instead,
   * saying so; otherwise whatever Pagefind found for near spellings, with the suggestions.
   */
  const showNearest = async (pf: Pagefind, current: SearchState, found: Outcome, stale: () => boolean) => {
    const response = await fetch(`${context.base}pagefind/topic-names.json`);
    const typed = current.q.replace(/"/g, '');
    const suggestions = nearestNames(typed, (await response.json()) as NamedTopic[]).filter((s) => normaliseName(s.matched) !== normaliseName(typed));
    if (stale()) return;
    const best = suggestions[0];
    if (best) {
      const outcome = await searchGrouped(pf, context, { ...current, q: best.matched });
      if (stale()) return;
      if (outcome.total > 0) {
        await render(outcome, best.matched, outcome.highlight, `Nothing holds “${current.q}” as typed. `);
        resultsBox.prepend(suggestionList(suggestions, context));
        return;
      }
    }
    if (found.total > 0) {
      await render(found, current.q, found.highlight);
      if (suggestions.length > 0) resultsBox.prepend(suggestionList(suggestions, context));
      return;
    }
    status.textContent = `No results for “${current.q}”.`;
    resultsBox.replaceChildren(...(suggestions.length > 0 ? [suggestionList(suggestions, context)] : []));
  };

  const showCounts = async (pf: Pagefind, current: SearchState) => {
    if (!current.q) return;
    await pf.filters(); // loads every filter's values, needed only once the reader opens the filters
    const term = current.q;
    const counts: Record<string, Record<string, number>> = {};
    for (const name of FILTER_NAMES) {
      // "Any of" within a filter: count each value as if this filter were not set.
      const response = await pf.search(term, { filters: pagefindFilters(current, context.years, { except: name }) });
      counts[name] = response.filters[name] ?? {};
    }
    const yearResponse = await pf.search(term, { filters: pagefindFilters(current, context.years, { except: 'year' }) });
    counts.year = yearResponse.filters.year ?? {};
    for (const label of form.querySelectorAll<HTMLElement>('[data-filter-value]')) {
      const box = label.querySelector('input')!;
      const count = counts[box.name]?.[box.value] ?? 0;
      label.querySelector('.count')!.textContent = `(${count})`;
      // Topics are many: list only those the results involve, and any the reader has ticked.
      if (box.name === 'topic') label.hidden = count === 0 && !box.checked;
    }
    for (const name of ['from', 'to']) {
      for (const option of (form.elements.namedItem(name) as HTMLSelectElement).options) {
        if (option.value) option.textContent = `${option.value} (${counts.year[option.value] ?? 0})`;
      }
    }
  };

  details.addEventListener('toggle', async () => {
    if (details.open) drawTopicBoxes();
    if (details.open && input.value.trim()) await showCounts(await pagefind(), readForm());
  });

  let timer: number | undefined;
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    const q = input.value.trim();
    if (q && !isQuoted(q)) void pagefind().then((pf) => pf.preload(q));
    timer = window.setTimeout(run, 300);
  });
  form.addEventListener('change', (event) => {
    if (event.target !== input) void run();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  await run();
}

interface Outcome {
  total: number;
  /** How many results hold the query exactly as typed; none suggests a misspelling. */
  exactTotal: number;
  groups: Group[];
  highlight: string[];
  /** Set when the query is another name of a topic (КНБ, Qazaqtelecom) and passages were found under its printed names. */
  expandedFrom?: string;
}

async function searchGrouped(pf: Pagefind, context: Context, state: SearchState): Promise<Outcome> {
  const query = state.q;
  const phrase = phraseQuery(query);
  const searched = isQuoted(query) ? phrase! : query;
  const withUser = (extra: PagefindFilter) => pagefindFilters(state, context.years, { extra: [extra] });

  // One small filter names each record's group, so grouping loads one filter chunk, not two.
  // A report's group is its paragraphs, then its notes.
  const groupDefs: { name: string; filter: PagefindFilter; parts: string[] }[] = [ARCHIVE_GROUP, ...context.reports].map((name) => {
    const parts = name === ARCHIVE_GROUP ? [name] : [name, notesGroup(name)];
    return { name, filter: { group: { any: parts } }, parts };
  });
  const partFilter = (part: string): PagefindFilter => ({ group: { any: [part] } });

  // Every record is in one of the groups, so this condition takes nothing away; it makes the
  // first search load the group filter alongside the index, and count the results in each part.
  const main = await pf.search(searched, { filters: withUser({ group: { any: groupDefs.flatMap((d) => d.parts) } }) });
  const inPart = main.filters.group ?? {};
  await yieldToMain();
  // The results holding the words exactly as typed, together: for a quoted query all of them;
  // for one word, those with the word itself (Pagefind also finds near spellings).
  const exact = isQuoted(query) ? main : await pf.search(phrase ?? `"${query}"`, { filters: pagefindFilters(state, context.years) });
  const phraseIds = new Set(phrase ? exact.results.map((r) => r.id) : []);

  // A query that is another name of a topic (Cyrillic, another spelling, an old name) finds the
  // topic by its metadata; its passages are then those tagged with the topic, under whatever
  // name the report prints. Whether it is can only be read from the first result's own data, a
  // download, fetched only when the match was on other names; the groups are searched meanwhile.
  const archive = inPart[ARCHIVE_GROUP] ? await pf.search(searched, { filters: withUser(partFilter(ARCHIVE_GROUP)) }) : undefined;
  const first = archive?.results[0];
  const topData = first?.matchedMetaFields?.includes('otherNames') ? first.data() : undefined;

  const collect = async (search: (part: string) => Promise<SearchResponse>, skipEmpty: boolean): Promise<Group[]> => {
    const groups: Group[] = [];
    for (const def of groupDefs) {
      const results: Result[] = [];
      for (const part of def.parts) {
        // A part the first search found nothing in needs no search of its own.
        if (skipEmpty && !inPart[part]) continue;
        const response = part === ARCHIVE_GROUP && archive && skipEmpty ? archive : await search(part);
        results.push(...phraseFirst(response.results, phraseIds));
        await yieldToMain();
      }
      if (results.length > 0) groups.push({ name: def.name, filter: def.filter, results, hasPhrase: results.some((r) => phraseIds.has(r.id)) });
    }
    return groups;
  };

  let groups = await collect((part) => pf.search(searched, { filters: withUser(partFilter(part)) }), true);
  let highlight = highlightTerms(query);
  let expandedFrom: string | undefined;
  const top = await topData;
  if (top?.meta.otherNames && top.filters.kind?.includes(KIND.topic)) {
    const wanted = normaliseName(query);
    const printed = [top.meta.name ?? '', ...(top.meta.aliases ?? '').split(' · ')].filter(Boolean);
    const isOtherName = top.meta.otherNames.split(' · ').some((n) => normaliseName(n) === wanted) && !printed.some((n) => normaliseName(n) === wanted);
    if (isOtherName) {
      const topicFilter = { topic: { any: [top.meta.name] } };
      expandedFrom = top.meta.name;
      highlight = printed;
      groups = await collect((part) => (part === ARCHIVE_GROUP ? Promise.resolve(archive!) : pf.search(null, { filters: withUser({ all: [partFilter(part), topicFilter] }) })), false);
    }
  }

  // First the reports whose text holds the exact phrase, then the topics and incidents when one
  // is found by its name, then the rest, each by its best result.
  const rank = (g: Group) =>
    g.name !== ARCHIVE_GROUP && g.hasPhrase ? 2 : g.name === ARCHIVE_GROUP && (g.results[0]?.matchedMetaFields?.length ?? 0) > 0 ? 1 : 0;
  groups.sort((a, b) => rank(b) - rank(a) || (b.results[0]?.score ?? 0) - (a.results[0]?.score ?? 0));
  const total = expandedFrom ? groups.reduce((n, g) => n + g.results.length, 0) : main.results.length;
  return { total, exactTotal: expandedFrom ? total : exact.results.length, groups, highlight, ...(expandedFrom ? { expandedFrom } : {}) };
}

const slug = (name: string) => `group-${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;

function groupIndex(groups: Group[]): HTMLElement {
  const nav = document.createElement('p');
  nav.className = 'search-group-index';
  nav.append('Found in: ');
  groups.forEach((group, i) => {
    if (i > 0) nav.append(' · ');
    const link = document.createElement('a');
    link.href = `#${slug(group.name)}`;
    link.textContent = `${group.name} (${group.results.length})`;
    nav.append(link);
  });
  return nav;
}

/**
 * A group's heading and count are drawn at once; its first results (one fragment download
 * each) are fetched when the group comes on screen, in a list whose height is kept in advance,
 * so a reader who reads only the top of the page downloads only what it shows. They are put
 * in the list together: filled one by one, each would move the ones below it. The list is
 * marked `data-loaded` once they are in.
 */
function renderGroup(group: Group, context: Context, highlight: string[], observer: IntersectionObserver, loaders: WeakMap<Element, () => Promise<void>>): HTMLElement {
  const section = document.createElement('section');
  section.className = 'search-group';
  section.setAttribute('aria-labelledby', slug(group.name));
  const heading = document.createElement('h2');
  heading.id = slug(group.name);
  heading.textContent = `${group.name} `;
  const count = document.createElement('span');
  count.className = 'note-status';
  count.textContent = `(${group.results.length})`;
  heading.append(count);
  const list = document.createElement('ol');
  list.className = 'results search-pending';
  list.style.setProperty('--shown', String(Math.min(FIRST_SCREEN, group.results.length)));
  section.append(heading, list);
  const item = (data: ResultData) => {
    const li = document.createElement('li');
    fillResult(li, data, context, highlight);
    return li;
  };
  let loading: Promise<void> | undefined;
  const fill = () =>
    (loading ??= Promise.all(group.results.slice(0, FIRST_SCREEN).map((r) => r.data())).then((first) => {
      list.append(...first.map(item));
      list.classList.remove('search-pending');
      list.dataset.loaded = '';
    }));
  loaders.set(list, fill);
  observer.observe(list);
  if (group.results.length > FIRST_SCREEN) {
    const more = document.createElement('button');
    more.type = 'button';
    more.textContent = `Show all ${group.results.length} from ${group.name}`;
    more.addEventListener('click', async () => {
      more.disabled = true;
      await fill();
      const rest = await Promise.all(group.results.slice(FIRST_SCREEN).map((r) => r.data()));
      list.append(...rest.map(item));
      more.remove();
      (list.children[FIRST_SCREEN]?.querySelector('a') as HTMLElement | null)?.focus();
    });
    section.append(more);
  }
  return section;
}

/** What a result is and where it sits: "Freedom on the Net 2015 · 2015 · Blocking and Filtering · ¶ 3". */
function describe(data: ResultData, context: Context): { title: string; source: string } {
  const kind = data.filters.kind?.[0];
  if (kind === KIND.incident) return { title: data.meta.name ?? data.url, source: `Incident · ${data.meta.date ?? ''} · ${(data.filters.report ?? []).join(', ')}` };
  if (kind === KIND.topic) return { title: data.meta.name ?? data.url, source: `Topic${data.meta.aliases || data.meta.otherNames ? ` · also ${[data.meta.aliases, data.meta.otherNames].filter(Boolean).join(' · ')}` : ''}` };
  const match = /reports\/([^/]+\/[^/]+)\/#(.+)$/.exec(data.url);
  const sectionTitle = match ? (context.sections[match[1]!] ?? match[1]!) : '';
  const anchor = match?.[2] ?? '';
  const place = anchor.startsWith('note-') ? `note ${anchor.slice(5)}` : `¶ ${anchor.replace(/^p/, '')}`;
  return { title: `${sectionTitle}, ${place}`, source: `${data.filters.report?.[0] ?? ''} · ${data.filters.year?.[0] ?? ''} · ${kind ?? ''}` };
}

function fillResult(item: HTMLLIElement, data: ResultData, context: Context, highlight: string[]): void {
  const { title, source } = describe(data, context);
  const heading = document.createElement('h3');
  heading.className = 'search-result-title';
  const link = document.createElement('a');
  link.href = withHighlight(data.url, highlight);
  link.textContent = title;
  heading.append(link);
  const where = document.createElement('p');
  where.className = 'note-status';
  where.textContent = source;
  const excerpt = document.createElement('p');
  // Pagefind returns the excerpt as escaped text with <mark> around the hits.
  excerpt.innerHTML = data.excerpt;
  item.append(heading, where, excerpt);
}

function suggestionList(suggestions: ReturnType<typeof nearestNames>, context: Context): HTMLElement {
  const box = document.createElement('p');
  box.className = 'search-suggestions';
  box.append('Did you mean: ');
  suggestions.forEach((s, i) => {
    if (i > 0) box.append(', ');
    const link = document.createElement('a');
    link.href = `${context.base}search/?q=${encodeURIComponent(s.matched)}`;
    link.textContent = s.matched === s.topic.name ? s.topic.name : `${s.matched} (${s.topic.name})`;
    box.append(link);
  });
  box.append('?');
  return box;
}

