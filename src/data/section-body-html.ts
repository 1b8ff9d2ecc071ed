import { createMdxHastHandle, dropHandle, renderHandle } from 'satteri';
import type { Section } from './reports.ts';
import { escapeTextAsAstro } from '../lib/astro-text-escapes.ts';

/**
 * A section's body as HTML, rendered from its MDX text when a page needs it. Section bodies
 * are report text only (checked as they load, src/lib/section-body.ts), so they are parsed as
 * MDX, exactly as @astrojs/mdx would parse them, and written straight out as HTML: they are
 * never compiled into JavaScript modules. At a thousand reports, bundling 13,000 compiled
 * section modules took the build past 5 GB; this keeps them out of the bundle
 * (src/data/checked-glob.ts, `bodyOutsideBundle`). Smart punctuation stays off, as in
 * astro.config.mjs: report text is verbatim. Text is escaped as Astro escapes it, so the pages
 * are what they were when Astro rendered the compiled MDX.
 */
export function sectionBodyHtml(section: Pick<Section, 'id' | 'body'>): string {
  if (section.body === undefined) throw new Error(`section ${section.id} has no body in the content store; expected its MDX text`);
  const handle = createMdxHastHandle(section.body, { smartPunctuation: false });
  try {
    // The renderer ends with a newline after the last block; the compiled MDX did not.
    return escapeTextAsAstro(renderHandle(handle).replace(/\n$/, ''));
  } finally {
    dropHandle(handle);
  }
}
