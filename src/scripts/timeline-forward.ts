/**
 * On /incidents/: a link made when the timeline was one page and filtered in place
 * (?category=…&report=…&topic=…) is sent on to the built list it names (src/lib/timeline/old-links.ts).
 * Only to a list this page links to, so an unknown category or report never leads to a missing page;
 * this page does not link to every topic, so a topic is sent on when it has the form of a topic id.
 */
import { forwardOldLink } from '../lib/timeline/old-links.ts';

export function forwardOldTimelineLink(): void {
  const forward = forwardOldLink(location.search);
  if (!forward) return;
  const list = [...document.querySelectorAll<HTMLAnchorElement>('#main a[href]')].find((a) => a.pathname.endsWith(`/${forward.path}`));
  if (list) location.replace(list.pathname + forward.query);
  else if (/^topics\/[a-z0-9-]+\/$/.test(forward.path)) location.replace(new URL(`../${forward.path}`, location.href).pathname);
}
