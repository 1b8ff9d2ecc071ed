import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createMdxHastHandle, dropHandle, renderHandle } from 'satteri';
import type { Section } from './entries.ts';
import { escapeTextAsAstro } from '../lib/reading/astro-text-escapes.ts';
import { bodyPart } from '../lib/content-rules/content-problem.ts';

/**
 * A section's MDX text (after the frontmatter, trimmed, as Astro's MDX loader gives it), read
 * from its file whenever it is needed. The content store does not keep bodies (see
 * `bodyOutsideBundle` in src/data/checked-glob.ts): the store is bundled into the build as one
 * module, and at a thousand reports the bodies made it 55 MB.
 */
export function sectionBody(section: Pick<Section, 'id' | 'filePath'>): string {
  if (!section.filePath) throw new Error(`section ${section.id} has no file path in the content store; expected the loader to record it`);
  return bodyPart(readFileSync(resolve(section.filePath), 'utf8')).body.trim();
}

/**
 * A section's body as HTML, rendered from its MDX text when a page needs it. Section bodies
 * are report text only (checked as they load, src/lib/reading/section-body.ts), so they are parsed as
 * MDX, exactly as @astrojs/mdx would parse them, and written straight out as HTML: they are
 * never compiled into JavaScript modules. At a thousand reports, bundling 13,000 compiled
 * section modules took the build past 5 GB; this keeps them out of the bundle
 * (src/data/checked-glob.ts, `bodyOutsideBundle`). Smart punctuation stays off, as in
 * astro.config.mjs: report text is verbatim. Text is escaped as Astro escapes it, so the pages
 * are what they were when Astro rendered the compiled MDX.
 */
export function sectionBodyHtml(section: Pick<Section, 'id' | 'filePath'>): string {
  const handle = createMdxHastHandle(sectionBody(section), { smartPunctuation: false });
  try {
    // The renderer ends with a newline after the last block; the compiled MDX did not.
    return escapeTextAsAstro(renderHandle(handle).replace(/\n$/, ''));
  } finally {
    dropHandle(handle);
  }
}
