import type { AnchorLock } from './paragraph-anchors.ts';
import { retiredNotice } from './retired-anchors.ts';
import type { SectionAnchors } from '../reading/section-html.ts';

/**
 * A section's anchors as the reading view takes them (src/lib/reading/section-html.ts): each
 * paragraph's permanent id in reading order (as assignAnchors matched them), with its
 * fingerprint, and a notice for each retired anchor that links to `retiredHref(id)`, where the
 * correction that retired it is recorded.
 */
export function sectionAnchors(ids: readonly string[], lock: AnchorLock, retiredHref: (anchorId: string) => string): SectionAnchors {
  const fingerprints = new Map(lock.paragraphs.map((a) => [a.id, a.fingerprint]));
  return {
    paragraphs: ids.map((id) => ({ id, fingerprint: fingerprints.get(id) ?? '' })),
    retired: lock.retired.map((a) => retiredNotice(a, retiredHref(a.id))),
  };
}
