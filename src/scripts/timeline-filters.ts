/**
 * On a page of the timeline's lists (a year, a category, a report: src/pages/incidents/[kind]/),
 * filters its incidents by category, report and topic without reloading, runs it newest first
 * or oldest first, and shows it detailed or compact (one line per event). Every choice is kept
 * in the URL (?category=…&report=…&topic=…&order=newest&view=compact) so a view can be shared.
 * The form is in the page's HTML, shown unless scripting is off (timeline.css), so nothing moves
 * when this script starts; on a plain visit it changes nothing on the page (no layout shift, and no
 * relayout of the list). Without JavaScript the whole page is there to read, oldest first.
 */
const FIELDS = [
  { name: 'category', attribute: 'categories' },
  { name: 'report', attribute: 'reports' },
  { name: 'topic', attribute: 'topics' },
] as const;
const SETTINGS = ['order', 'view'] as const;

export function attachTimelineFilters(): void {
  const form = document.getElementById('incident-filters') as HTMLFormElement | null;
  const status = document.getElementById('filter-status');
  const timeline = document.getElementById('timeline');
  if (!form || !status || !timeline) return;
  const items = [...timeline.querySelectorAll<HTMLLIElement>('.incident')];
  // The years and the events in each, in the order the page was built (oldest first).
  const years = [...timeline.querySelectorAll<HTMLElement>('.timeline-year')].map((section) => {
    const list = section.querySelector('ol')!;
    return { section, list, events: [...list.children] };
  });
  const select = (name: string) => form.elements.namedItem(name) as HTMLSelectElement;

  const params = new URLSearchParams(location.search);
  for (const name of [...FIELDS.map((f) => f.name), ...SETTINGS]) {
    const value = params.get(name) ?? '';
    if ([...select(name).options].some((o) => o.value === value)) select(name).value = value;
  }

  let newestShown = false; // the page is built oldest first
  const arrange = (newestFirst: boolean) => {
    if (newestFirst === newestShown) return;
    newestShown = newestFirst;
    // Moving the nodes (not a CSS reversal) keeps reading and focus order the same as what is seen.
    const ordered = newestFirst ? [...years].reverse() : years;
    for (const { section, list, events } of ordered) {
      timeline.append(section);
      for (const event of newestFirst ? [...events].reverse() : events) list.append(event);
    }
  };

  const apply = () => {
    const chosen = FIELDS.map(({ name, attribute }) => ({ name, attribute, value: select(name).value }));
    let shown = 0;
    for (const item of items) {
      const match = chosen.every(({ attribute, value }) => !value || (item.dataset[attribute] ?? '').split(' ').includes(value));
      item.hidden = !match;
      if (match) shown++;
    }
    for (const { section } of years) section.hidden = !section.querySelector('.incident:not([hidden])');
    arrange(select('order').value === 'newest');
    timeline.classList.toggle('compact', select('view').value === 'compact');
    const active = chosen.filter((c) => c.value);
    status.textContent = active.length === 0 ? '' : `Showing ${shown} of the ${items.length} incidents on this page.`;
    const next = new URLSearchParams();
    for (const { name, value } of active) next.set(name, value);
    for (const name of SETTINGS) if (select(name).value) next.set(name, select(name).value);
    const query = next.toString();
    history.replaceState(null, '', (query ? `?${query}` : location.pathname) + location.hash);
  };

  form.addEventListener('change', apply);
  form.addEventListener('reset', () => setTimeout(apply));
  form.addEventListener('submit', (event) => {
    // Filters apply as they change; the button is there for readers who expect one.
    event.preventDefault();
    apply();
  });
  apply();
}
