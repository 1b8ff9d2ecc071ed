/**
 * The search page, on Pagefind's JavaScript API. The query and the filters live in the
 * URL (?q=…&report=…&year=…&kind=…), so a search can be shared and the back button works.
 */

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
}
interface Pagefind {
  options(options: { baseUrl: string }): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(query: string, options: { filters: Record<string, string[]> }): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
}

const FILTER_LABELS: Record<string, string> = { report: 'Report', year: 'Year', kind: 'Kind of result', category: 'Incident category', theme: 'Theme' };
const PAGE_SIZE = 20;

export async function startSearch(): Promise<void> {
  const form = document.getElementById('search-form') as HTMLFormElement;
  const input = document.getElementById('search-input') as HTMLInputElement;
  const filtersBox = document.getElementById('search-filters') as HTMLElement;
  const status = document.getElementById('search-status') as HTMLElement;
  const list = document.getElementById('search-results') as HTMLOListElement;
  const base = filtersBox.dataset.base ?? '/';
  // The notice is for readers without JavaScript; this script running means it does not apply.
  document.getElementById('search-needs-js')?.setAttribute('hidden', '');

  const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
  await pagefind.options({ baseUrl: base });

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';

  const available = await pagefind.filters();
  for (const [name, values] of Object.entries(available)) {
    const fieldset = document.createElement('fieldset');
    const legend = document.createElement('legend');
    legend.textContent = FILTER_LABELS[name] ?? name;
    fieldset.append(legend);
    for (const value of Object.keys(values).sort((a, b) => b.localeCompare(a))) {
      const label = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.name = name;
      box.value = value;
      box.checked = params.getAll(name).includes(value);
      label.append(box, ` ${value}`);
      fieldset.append(label);
    }
    filtersBox.append(fieldset);
  }

  const selectedFilters = () => {
    const selected: Record<string, string[]> = {};
    for (const box of filtersBox.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')) {
      (selected[box.name] ??= []).push(box.value);
    }
    return selected;
  };

  const writeUrl = (query: string, filters: Record<string, string[]>) => {
    const next = new URLSearchParams();
    if (query) next.set('q', query);
    for (const [name, values] of Object.entries(filters)) values.forEach((v) => next.append(name, v));
    const search = next.toString();
    history.replaceState(null, '', search ? `?${search}` : location.pathname);
  };

  let generation = 0;
  const run = async () => {
    const query = input.value.trim();
    const filters = selectedFilters();
    writeUrl(query, filters);
    const mine = ++generation;
    if (!query) {
      list.replaceChildren();
      status.textContent = 'Type a word or phrase to search every report, section and note.';
      return;
    }
    // Pagefind treats several values of one filter as "all of"; a reader choosing two reports means "any of".
    const search = await pagefind.search(query, { filters: Object.fromEntries(Object.entries(filters).map(([k, v]) => [k, { any: v }])) as never });
    const data = await Promise.all(search.results.slice(0, PAGE_SIZE).map((r) => r.data()));
    if (mine !== generation) return;
    list.replaceChildren(...data.map(renderResult));
    const total = search.results.length;
    status.textContent =
      total === 0 ? `No results for “${query}”.`
      : total > PAGE_SIZE ? `${total} results for “${query}”; showing the first ${PAGE_SIZE}.`
      : `${total} result${total === 1 ? '' : 's'} for “${query}”.`;
  };

  let timer: number | undefined;
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(run, 200);
  });
  filtersBox.addEventListener('change', run);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    run();
  });
  await run();
}

function renderResult(result: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  const heading = document.createElement('h2');
  heading.style.fontSize = '1.05rem';
  heading.style.margin = '0';
  const link = document.createElement('a');
  link.href = result.url;
  link.textContent = result.meta.title ?? result.url;
  heading.append(link);
  const source = document.createElement('p');
  source.className = 'note-status';
  source.textContent = result.meta.report ?? '';
  const excerpt = document.createElement('p');
  // Pagefind returns the excerpt as escaped text with <mark> around the hits.
  excerpt.innerHTML = result.excerpt;
  item.append(heading, source, excerpt);
  return item;
}
