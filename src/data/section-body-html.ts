import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Section } from './entries.ts';
import { renderSectionBody } from '../lib/reading/section-body.ts';
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
 * A section's body as HTML, rendered from its MDX text when a page needs it
 * (src/lib/reading/section-body.ts, renderSectionBody).
 */
export function sectionBodyHtml(section: Pick<Section, 'id' | 'filePath'>): string {
  return renderSectionBody(sectionBody(section));
}
