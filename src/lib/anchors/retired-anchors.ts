import { formatPartialDate } from '../partial-date.ts';
import { paragraphNumber, type RetiredAnchorNotice } from '../reading/section-html.ts';
import type { RetiredAnchor } from './paragraph-anchors.ts';

/**
 * What a retired paragraph anchor says where its paragraph was: that a correction removed,
 * merged or split the paragraph, when, where the text went, and where the correction is
 * recorded. An old link to #p7 thus still lands, and the reader is told what happened.
 */
export function retiredNotice(anchor: RetiredAnchor, correctionsHref: string): RetiredAnchorNotice {
  const to = (anchor.into ?? []).map((id) => `<a href="#${id}">¶${paragraphNumber(id)}</a>`);
  const went =
    anchor.fate === 'merged' ? `was merged into ${to.join(' and ')}` : anchor.fate === 'split' ? `was split into ${to.join(' and ')}` : 'was removed';
  return {
    id: anchor.id,
    after: anchor.after,
    html: `¶${paragraphNumber(anchor.id)} ${went} on ${formatPartialDate(anchor.retired)} (<a href="${correctionsHref}">see the corrections</a>).`,
  };
}
