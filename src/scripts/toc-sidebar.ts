/**
 * The sticky report contents (TocSidebar.astro) scroll on their own when a report has many
 * sections (fotn-2020's 21 indicators). Without this the marked current section can sit below
 * the sidebar's fold; this scrolls the sidebar alone (never the page) so it is in view.
 */
export function revealCurrentSection(sidebar: HTMLElement): void {
  const current = sidebar.querySelector<HTMLElement>('a[aria-current="page"]');
  // Hidden below 80rem, or short enough to need no scrolling.
  if (!current || sidebar.scrollHeight <= sidebar.clientHeight) return;
  const top = current.getBoundingClientRect().top - sidebar.getBoundingClientRect().top + sidebar.scrollTop;
  if (top + current.offsetHeight > sidebar.scrollTop + sidebar.clientHeight) sidebar.scrollTop = top - sidebar.clientHeight / 3;
}
