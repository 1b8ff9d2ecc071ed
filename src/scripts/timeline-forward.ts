/**
 * On /incidents/: a link made when the timeline was one page and filtered in place
 * (?category=…&report=…&topic=…) is sent on to the built list it names (src/lib/timeline/old-links.ts).
 * Only to a list or topic this page links to, so an unknown value never leads to a missing page.
 */
import { forwardOldLink } from '../lib/timeline/old-links.ts';

export function forwardOldTimelineLink(): void {
  const forward = forwardOldLink(location.search);
  if (!forward) return;
  const target = [...document.querySelectorAll<HTMLAnchorElement>('#main a[href]')].find((a) => a.pathname.endsWith(`/${forward.path}`));
  if (target) location.replace(target.pathname + forward.query);
}
