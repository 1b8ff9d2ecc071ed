import { getCollection } from 'astro:content';
import { annotateSectionHtml, type AnnotatedParagraph, type AnnotatedCitation } from '../lib/section-html.ts';
import { getSectionAnchors } from './anchors.ts';
import { sectionBodyHtml } from './section-body-html.ts';

/**
 * Every section's paragraphs, with the ids and text the section pages give them. Each body
 * is rendered as the section page renders it (src/data/section-body-html.ts) and put through
 * the same annotation as the reading view (src/lib/section-html.ts), so a paragraph id here is
 * exactly the anchor on the page: ids are never worked out by counting. Only ids, text and
 * note citations are kept, not the HTML. Topic pages and the statistics checks read this.
 */
export interface SectionParagraphs {
  paragraphs: AnnotatedParagraph[];
  citations: AnnotatedCitation[];
}

let loaded: Promise<Map<string, SectionParagraphs>> | undefined;

async function load(): Promise<Map<string, SectionParagraphs>> {
  const sections = await getCollection('sections');
  const bySection = new Map<string, SectionParagraphs>();
  for (const section of sections) {
    // Called as SectionText.astro calls it, with the section's permanent anchors (the incident
    // and citation links add no paragraphs), so the ids are exactly the page's.
    const { paragraphs, citations } = annotateSectionHtml(sectionBodyHtml(section), new Map(), { anchors: await getSectionAnchors(section.id) });
    bySection.set(section.id, { paragraphs, citations });
  }
  return bySection;
}

/** Section id → its paragraphs and note citations, computed once per build. */
export async function getSectionParagraphs(): Promise<Map<string, SectionParagraphs>> {
  loaded ??= load();
  return loaded;
}
