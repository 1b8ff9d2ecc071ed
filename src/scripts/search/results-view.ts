/**
 * Draws the results into the page: the status line, the "Found in" index, one section per
 * group with its count and its first results, a button to open it in full, and the "Did you
 * mean" names. What to draw comes from grouped-search.ts.
 */
import { withHighlight } from '../../lib/search/query.ts';
import { ARCHIVE_GROUP, KIND } from '../../lib/search/kinds.ts';
import type { Suggestion } from '../../lib/search/nearest-names.ts';
import type { Group, NearestOutcome, Outcome } from './grouped-search.ts';
import type { ResultData, SearchContext } from './types.ts';

/** How many results each group shows before it is opened. */
const FIRST_SCREEN = 3;

/** Where results are drawn: the page's status line and results box, and what describes a result. */
export interface ResultsArea {
  status: HTMLElement;
  box: HTMLElement;
  context: SearchContext;
}

// For tests and the bench: "searching" until the results (or the message) are on screen.
export function markState({ box }: ResultsArea, state: 'searching' | 'done'): void {
  box.dataset.state = state;
}

/** What the page says before anything is typed. */
export function showPrompt({ status, box }: ResultsArea): void {
  box.dataset.state = 'done';
  box.replaceChildren();
  status.textContent = 'Type a word, a name or a "quoted phrase" to search every report, note, incident and topic.';
}

export function showSearching({ status }: ResultsArea, query: string): void {
  status.textContent = `Searching for “${query}”…`;
}

/** The results area has one observer at a time: drawing new results stops the last one's. */
let observer: IntersectionObserver | undefined;

/** Draws the groups, and says how many results there are once the groups on screen are filled. */
export async function showResults({ status, box, context }: ResultsArea, outcome: Outcome, shownQuery: string, note = ''): Promise<void> {
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
  const groups = outcome.groups.map((group) => renderGroup(group, context, outcome.highlight, observer!, loaders));
  box.replaceChildren(...(groups.length > 1 ? [groupIndex(outcome.groups)] : []), ...groups);
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
}

/** When nothing holds the query as typed: the nearest name's results, or near spellings', and the names it may have meant. */
export async function showNearest(area: ResultsArea, nearest: NearestOutcome): Promise<void> {
  const { outcome, suggestions } = nearest;
  const { status, box, context } = area;
  if (outcome) {
    await showResults(area, outcome, nearest.query, nearest.insteadOf ? `Nothing holds “${nearest.insteadOf}” as typed. ` : '');
    if (suggestions.length > 0) box.prepend(suggestionList(suggestions, context));
    return;
  }
  status.textContent = `No results for “${nearest.query}”.`;
  box.replaceChildren(...(suggestions.length > 0 ? [suggestionList(suggestions, context)] : []));
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
function renderGroup(
  group: Group,
  context: SearchContext,
  highlight: string[],
  observer: IntersectionObserver,
  loaders: WeakMap<Element, () => Promise<void>>,
): HTMLElement {
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
function describe(data: ResultData, context: SearchContext): { title: string; source: string } {
  const kind = data.filters.kind?.[0];
  if (kind === KIND.incident)
    return { title: data.meta.name ?? data.url, source: `Incident · ${data.meta.date ?? ''} · ${(data.filters.report ?? []).join(', ')}` };
  if (kind === KIND.topic)
    return {
      title: data.meta.name ?? data.url,
      source: `Topic${data.meta.aliases || data.meta.otherNames ? ` · also ${[data.meta.aliases, data.meta.otherNames].filter(Boolean).join(' · ')}` : ''}`,
    };
  const match = /reports\/([^/]+\/[^/]+)\/#(.+)$/.exec(data.url);
  const sectionTitle = match ? (context.sections[match[1]!] ?? match[1]!) : '';
  const anchor = match?.[2] ?? '';
  const place = anchor.startsWith('note-') ? `note ${anchor.slice(5)}` : `¶ ${anchor.replace(/^p/, '')}`;
  return { title: `${sectionTitle}, ${place}`, source: `${data.filters.report?.[0] ?? ''} · ${data.filters.year?.[0] ?? ''} · ${kind ?? ''}` };
}

function fillResult(item: HTMLLIElement, data: ResultData, context: SearchContext, highlight: string[]): void {
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

function suggestionList(suggestions: readonly Suggestion[], context: SearchContext): HTMLElement {
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
