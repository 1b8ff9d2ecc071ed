import { annotateSectionHtml, type AnnotatedParagraph, type NoteReference } from '../lib/reading/section-html.ts';
import type { Section } from './entries.ts';
import { getSectionAnchors } from './anchors.ts';
import { sectionBodyHtml } from './section-body-html.ts';

/**
 * A section's paragraphs, with the ids and text the section page gives them. The body is
 * rendered as the section page renders it (src/data/section-body-html.ts) and put through the
 * same annotation as the reading view (src/lib/reading/section-html.ts), so a paragraph id here is
 * exactly the anchor on the page: ids are never worked out by counting. Nothing is cached:
 * topic pages (src/data/topic-passages.ts) read each section once, keep the few quotes they
 * need and let the rest go, rather than holding every paragraph of the archive for the build.
 */
export interface SectionParagraphs {
  paragraphs: AnnotatedParagraph[];
  noteRefs: NoteReference[];
}

export async function sectionParagraphs(section: Section): Promise<SectionParagraphs> {
  // Called as SectionText.astro calls it, with the section's permanent anchors (the incident
  // and citation links add no paragraphs), so the ids are exactly the page's.
  const { paragraphs, noteRefs } = annotateSectionHtml(sectionBodyHtml(section), new Map(), { anchors: await getSectionAnchors(section.id) });
  return { paragraphs, noteRefs };
}
