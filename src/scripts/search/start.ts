/**
 * The search page, on Pagefind's JavaScript API. Every paragraph, note, incident and topic
 * is its own record (src/lib/search/records.ts), so a result links to the passage itself.
 * Results are grouped: the archive's topics and incidents, then one group per report, each
 * with its count and its best few results, and a button to open it in full. Within a
 * group, results that hold the exact phrase come first. The state lives in the URL
 * (src/lib/search/query.ts). Pagefind is loaded when the search box gets focus or when the
 * page opens with a query, never otherwise.
 *
 * This file only wires the parts together: see README.md in this folder.
 */
import { isQuoted, parseSearchState, type SearchState } from '../../lib/search/query.ts';
import { filterCounts } from './filter-counts.ts';
import { drawTopicBoxes, readForm, restoreForm, showCounts, writeState } from './filter-form.ts';
import { searchGrouped, searchNearest, type Outcome } from './grouped-search.ts';
import { loadTopicNames, pagefindLoader } from './loader.ts';
import { markState, showNearest, showPrompt, showResults, showSearching, type ResultsArea } from './results-view.ts';
import type { Pagefind, SearchContext } from './types.ts';

export async function startSearch(): Promise<void> {
  const form = document.getElementById('search-form') as HTMLFormElement;
  const input = document.getElementById('search-input') as HTMLInputElement;
  const details = document.getElementById('search-filters') as HTMLDetailsElement;
  const filterSummary = document.getElementById('search-filter-summary') as HTMLElement;
  const topicBoxes = document.getElementById('search-topics') as HTMLFieldSetElement;
  const context = JSON.parse(document.getElementById('search-context')!.textContent!) as SearchContext;
  const area: ResultsArea = {
    status: document.getElementById('search-status') as HTMLElement,
    box: document.getElementById('search-results') as HTMLElement,
    context,
  };
  const pagefind = pagefindLoader(context);

  const state = parseSearchState(new URLSearchParams(location.search));
  // A page opened with a query needs Pagefind at once: start it before anything else.
  if (state.q) void pagefind();
  const drawTopics = () => drawTopicBoxes(topicBoxes, context.topics, state.filters.topic);
  if (state.filters.topic.length > 0) drawTopics();
  restoreForm(form, input, state);

  input.addEventListener('focus', () => void pagefind(), { once: true });

  let generation = 0;
  const run = async () => {
    const current = readForm(form, input);
    writeState(current, filterSummary);
    const mine = ++generation;
    // A newer search has started since this one: this one's results are no longer wanted.
    const stale = () => mine !== generation;
    markState(area, 'searching');
    if (!current.q) {
      showPrompt(area);
      return;
    }
    showSearching(area, current.q);
    const pf = await pagefind();
    const outcome = await searchGrouped(pf, context, current);
    if (stale()) return;
    if (outcome.exactTotal === 0) await nearest(pf, current, outcome, stale);
    else await showResults(area, outcome, current.q);
    if (!stale()) markState(area, 'done');
    if (details.open) await counts(pf, current);
  };

  /** Nothing holds the query as typed: the list of names is fetched (only now) to find the nearest. */
  const nearest = async (pf: Pagefind, current: SearchState, found: Outcome, stale: () => boolean) => {
    const names = await loadTopicNames(context.base);
    if (stale()) return;
    const shown = await searchNearest(pf, context, current, found, names);
    if (!stale()) await showNearest(area, shown);
  };

  const counts = async (pf: Pagefind, current: SearchState) => {
    if (current.q) showCounts(form, await filterCounts(pf, current, context.years));
  };

  details.addEventListener('toggle', async () => {
    if (details.open) drawTopics();
    if (details.open && input.value.trim()) await counts(await pagefind(), readForm(form, input));
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
