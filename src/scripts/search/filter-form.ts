/**
 * The search form: the query box, the filters (report, kind, category, theme, topic, years)
 * and the URL, which holds the same state (src/lib/search/query.ts) so that a search can be
 * shared. Reads and writes the form; the searching is done elsewhere (start.ts).
 */
import { FILTER_NAMES, parseSearchState, searchStateToParams, type FilterName, type SearchState } from '../../lib/search/query.ts';
import type { FilterCounts } from './filter-counts.ts';

const yearSelect = (form: HTMLFormElement, name: 'from' | 'to') => form.elements.namedItem(name) as HTMLSelectElement;

/** The topic boxes are many; they are drawn when first needed: the filters opened, or a topic in the URL. */
export function drawTopicBoxes(fieldset: HTMLFieldSetElement, topics: readonly string[], ticked: readonly string[]): void {
  if (fieldset.querySelector('input')) return;
  for (const name of topics) {
    const label = document.createElement('label');
    label.dataset.filterValue = '';
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.name = 'topic';
    box.value = name;
    box.checked = ticked.includes(name);
    const count = document.createElement('span');
    count.className = 'count';
    label.append(box, ` ${name} `, count);
    fieldset.append(label);
  }
}

/** Shows a state in the form: the one the page was opened with. */
export function restoreForm(form: HTMLFormElement, input: HTMLInputElement, state: SearchState): void {
  input.value = state.q;
  for (const box of form.querySelectorAll<HTMLInputElement>('input[type=checkbox]'))
    box.checked = state.filters[box.name as FilterName]?.includes(box.value) ?? false;
  yearSelect(form, 'from').value = state.from ? String(state.from) : '';
  yearSelect(form, 'to').value = state.to ? String(state.to) : '';
}

export function readForm(form: HTMLFormElement, input: HTMLInputElement): SearchState {
  const params = new URLSearchParams();
  params.set('q', input.value.trim());
  for (const box of form.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')) params.append(box.name, box.value);
  for (const name of ['from', 'to'] as const) {
    const value = yearSelect(form, name).value;
    if (value) params.set(name, value);
  }
  return parseSearchState(params);
}

/** Puts the state in the URL, and the number of active filters in the filters' summary. */
export function writeState(state: SearchState, summary: HTMLElement): void {
  const params = searchStateToParams(state).toString();
  history.replaceState(null, '', params ? `?${params}` : location.pathname);
  const active = FILTER_NAMES.reduce((n, name) => n + state.filters[name].length, 0) + (state.from || state.to ? 1 : 0);
  summary.textContent = active > 0 ? `(${active} active)` : '';
}

/** Writes each value's count beside it (filter-counts.ts counts them). */
export function showCounts(form: HTMLFormElement, counts: FilterCounts): void {
  for (const label of form.querySelectorAll<HTMLElement>('[data-filter-value]')) {
    const box = label.querySelector('input')!;
    const count = counts[box.name]?.[box.value] ?? 0;
    label.querySelector('.count')!.textContent = `(${count})`;
    // Topics are many: list only those the results involve, and any the reader has ticked.
    if (box.name === 'topic') label.hidden = count === 0 && !box.checked;
  }
  for (const name of ['from', 'to'] as const) {
    for (const option of yearSelect(form, name).options) {
      if (option.value) option.textContent = `${option.value} (${counts.year?.[option.value] ?? 0})`;
    }
  }
}
