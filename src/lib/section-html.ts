import { parse, type HTMLElement } from 'node-html-parser';
import { MARKER_PATTERN, noteId, refId } from './note-markers.ts';

/**
 * Turns the HTML that MDX renders for a section body into the reading view: every
 * paragraph and list item gets a stable id (p1, p2 … in reading order) and a visible
 * permalink, every [^n] marker becomes a link to its note, and a paragraph that describes
 * an incident gets a link to it. The report's words are not touched; everything added is
 * marked so tests and the search index can skip it.
 */

export interface AnnotatedParagraph {
  id: string;
  /** The paragraph's text without markers or permalink, for quoting and checks. */
  text: string;
}

export interface AnnotatedCitation {
  n: number;
  refId: string;
  paragraphId: string;
}

export interface AnnotatedSection {
  html: string;
  paragraphs: AnnotatedParagraph[];
  citations: AnnotatedCitation[];
}

export function paragraphId(index: number): string {
  return `p${index}`;
}

function permalink(id: string, number: number): string {
  return `<a class="permalink" href="#${id}" data-pagefind-ignore><span class="visually-hidden">Paragraph </span>${number}</a>`;
}

function marker(n: number, ref: string): string {
  return `<sup class="note-ref" data-pagefind-ignore><a href="#${noteId(n)}" id="${ref}" data-note="${n}"><span class="visually-hidden">Note </span>${n}</a></sup>`;
}

function readingBlocks(root: HTMLElement): HTMLElement[] {
  const blocks: HTMLElement[] = [];
  for (const child of root.childNodes) {
    if (!(child instanceof Object) || !('tagName' in child)) continue;
    const element = child as HTMLElement;
    const tag = element.tagName?.toLowerCase();
    if (tag === 'p' || tag === 'blockquote') blocks.push(element);
    else if (tag === 'ul' || tag === 'ol') blocks.push(...element.querySelectorAll(':scope > li'));
  }
  return blocks;
}

/** A link added after a paragraph, e.g. to an incident the paragraph describes. */
export interface ParagraphLink {
  href: string;
  label: string;
}

function paragraphLinks(links: readonly ParagraphLink[]): string {
  const items = links.map((l) => `<a href="${escapeAttribute(l.href)}">${escapeText(l.label)}</a>`).join(' · ');
  return `<span class="incident-links" data-pagefind-ignore><span class="visually-hidden">Incidents described here: </span>${items}</span>`;
}

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (s: string) => escapeText(s).replace(/"/g, '&quot;');

/** The mark after a paragraph the source cuts off: added by the site, never typed into the report text. */
export const TRUNCATION_MARK = '<span class="truncation-mark" data-pagefind-ignore>[The source breaks off here.]</span>';

export function annotateSectionHtml(
  html: string,
  links: ReadonlyMap<string, readonly ParagraphLink[]> = new Map(),
  truncated: ReadonlySet<string> = new Set(),
): AnnotatedSection {
  const root = parse(html);
  const paragraphs: AnnotatedParagraph[] = [];
  const citations: AnnotatedCitation[] = [];
  const occurrences = new Map<number, number>();

  readingBlocks(root).forEach((block, index) => {
    const id = paragraphId(index + 1);
    block.setAttribute('id', id);
    paragraphs.push({ id, text: block.text.replace(MARKER_PATTERN, '').replace(/\s+/g, ' ').trim() });
    const withMarkers = block.innerHTML.replace(MARKER_PATTERN, (_match, digits: string) => {
      const n = Number(digits);
      const occurrence = (occurrences.get(n) ?? 0) + 1;
      occurrences.set(n, occurrence);
      const ref = refId(n, occurrence);
      citations.push({ n, refId: ref, paragraphId: id });
      return marker(n, ref);
    });
    const extra = links.get(id);
    const cut = truncated.has(id) ? TRUNCATION_MARK : '';
    if (cut) block.setAttribute('class', [block.getAttribute('class'), 'truncated'].filter(Boolean).join(' '));
    block.set_content(permalink(id, index + 1) + withMarkers + cut + (extra?.length ? paragraphLinks(extra) : ''));
  });

  return { html: root.toString(), paragraphs, citations };
}
