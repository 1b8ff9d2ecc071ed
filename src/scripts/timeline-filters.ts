/**
 * Filters the timeline by category, report and topic without reloading, and keeps the
 * choice in the URL (?category=…&report=…&topic=…) so a filtered view can be shared.
 * Without JavaScript the form stays hidden and the whole timeline is there to read.
 */
const FIELDS = [
  { name: 'category', attribute: 'categories' },
  { name: 'report', attribute: 'reports' },
  { name: 'topic', attribute: 'topics' },
] as const;

export function attachTimelineFilters(): void {
  const form = document.getElementById('incident-filters') as HTMLFormElement | null;
  const status = document.getElementById('filter-status');
  if (!form || !status) return;
  const items = [...document.querySelectorAll<HTMLLIElement>('#timeline .incident')];
  const years = [...document.querySelectorAll<HTMLElement>('#timeline .timeline-year')];
  const select = (name: string) => form.elements.namedItem(name) as HTMLSelectElement;

  const params = new URLSearchParams(location.search);
  for (const { name } of FIELDS) {
    const value = params.get(name) ?? '';
    if ([...select(name).options].some((o) => o.value === value)) select(name).value = value;
  }
  form.hidden = false;

  const apply = () => {
    const chosen = FIELDS.map(({ name, attribute }) => ({ name, attribute, value: select(name).value }));
    let shown = 0;
    for (const item of items) {
      const match = chosen.every(({ attribute, value }) => !value || (item.dataset[attribute] ?? '').split(' ').includes(value));
      item.hidden = !match;
      if (match) shown++;
    }
    for (const year of years) year.hidden = !year.querySelector('.incident:not([hidden])');
    const active = chosen.filter((c) => c.value);
    status.textContent = active.length === 0 ? '' : `Showing ${shown} of ${items.length} incidents.`;
    const next = new URLSearchParams();
    for (const { name, value } of active) next.set(name, value);
    const query = next.toString();
    history.replaceState(null, '', query ? `?${query}` : location.pathname);
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
