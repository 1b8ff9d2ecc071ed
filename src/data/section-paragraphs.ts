import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import { getCollection, render } from 'astro:content';
import { annotateSectionHtml, type AnnotatedParagraph, type AnnotatedCitation } from '../lib/section-html.ts';
import { getSectionAnchors } from './anchors.ts';

/**
 * Every section's paragraphs, with the ids and text the section pages give them. Each MDX
 * body is rendered once per build and put through the same annotation as the reading view
 * (src/lib/section-html.ts), so a paragraph id here is exactly the anchor on the page: ids
 * are never worked out by counting. Topic pages and the statistics checks read this.
 */
export interface SectionParagraphs {
  paragraphs: AnnotatedParagraph[];
  citations: AnnotatedCitation[];
}

let loaded: Promise<Map<string, SectionParagraphs>> | undefined;

async function load(): Promise<Map<string, SectionParagraphs>> {
  const container = await AstroContainer.create({ renderers: await loadRenderers([getContainerRenderer()]) });
  const sections = await getCollection('sections');
  const bySection = new Map<string, SectionParagraphs>();
  for (const section of sections) {
    const { Content } = await render(section);
    // Called as SectionText.astro calls it, with the section's permanent anchors (the incident
    // and citation links add no paragraphs), so the ids are exactly the page's.
    const { paragraphs, citations } = annotateSectionHtml(await container.renderToString(Content), new Map(), { anchors: await getSectionAnchors(section.id) });
    bySection.set(section.id, { paragraphs, citations });
  }
  return bySection;
}

/** Section id → its paragraphs and note citations, computed once per build. */
export async function getSectionParagraphs(): Promise<Map<string, SectionParagraphs>> {
  loaded ??= load();
  return loaded;
}
