import { parse, type HTMLElement } from 'node-html-parser';
import { MARKER_PATTERN, noteId, refId } from '../notes/note-markers.ts';
import { fingerprint } from '../anchors/paragraph-anchors.ts';

/**
 * Turns the HTML that MDX renders for a section body into the reading view: every
 * paragraph and list item gets its permanent id (from the section's anchor lockfile, see
 * src/lib/anchors/paragraph-anchors.ts) and a visible permalink, every [^n] marker becomes a link
 * to its note, a paragraph that describes an incident gets a link to it, and each retired
 * anchor stands where its paragraph was and says where the text went. The report's words
 * are not touched; everything added is marked so tests and the search index can skip it.
 */

export interface AnnotatedParagraph {
  id: string;
  /** The paragraph's text without markers or permalink, for quoting and checks. */
  text: string;
}

export interface NoteReference {
  n: number;
  refId: string;
  paragraphId: string;
}

export interface AnnotatedSection {
  html: string;
  paragraphs: AnnotatedParagraph[];
  noteRefs: NoteReference[];
  /**
   * The row each paragraph stands in when the section is laid out with margin notes: the
   * 1-based position of the top-level block that holds it (a list is one block, a retired
   * anchor is one too). Notes are placed in the row of the paragraph that cites them.
   */
  rowOf: Map<string, number>;
  /** How many top-level blocks, i.e. rows, the section has. */
  rowCount: number;
  /** Where the rendered paragraphs do not agree with the anchors they were given. */
  problems: string[];
}

/** A paragraph's permanent anchor, as the section's lockfile records it. */
export interface ParagraphAnchor {
  id: string;
  fingerprint: string;
}

/** A retired anchor, already worded for readers (see src/lib/anchors/retired-anchors.ts). */
export interface RetiredAnchorNotice {
  id: string;
  /** The id of the paragraph it follows; absent: it stands first. */
  after?: string | undefined;
  html: string;
}

export interface SectionAnchors {
  paragraphs: readonly ParagraphAnchor[];
  retired?: readonly RetiredAnchorNotice[];
}

/** The ¶ number shown for an anchor: the number in its id, which never changes. */
export function paragraphNumber(id: string): number {
  return Number(id.slice(1));
}

/** Anchors by position, for a body with no lockfile (unit tests, previews). */
function positionalAnchors(count: number): SectionAnchors {
  return { paragraphs: Array.from({ length: count }, (_, i) => ({ id: `p${i + 1}`, fingerprint: '' })) };
}

function permalink(id: string): string {
  return `<a class="permalink" href="#${id}" data-pagefind-ignore><span class="visually-hidden">Paragraph </span>${paragraphNumber(id)}</a>`;
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
  const items = links.map((l) => `<a href="${escapeAttribute(l.href)}">${escapeText(l.label)}</a>`).join('<span aria-hidden="true"> · </span>');
  const label = links.length === 1 ? 'Incident' : 'Incidents';
  return `<span class="incident-links" data-pagefind-ignore><span class="tools-label">${label}<span class="visually-hidden"> described here</span>:</span> ${items}</span>`;
}

/**
 * The paragraph's own links (permalink, Cite, incidents; themes go in the same group, class
 * theme-links), kept apart from the report's words: after the text in reading order, set in
 * the margin on wide screens (src/styles/reading.css). The group's name comes from
 * aria-label, not from text, so the page's text stays the report's text.
 */
function paragraphTools(id: string, links: readonly ParagraphLink[] | undefined, cite: string): string {
  return `<span class="para-tools" role="group" aria-label="Paragraph ${paragraphNumber(id)} links" data-pagefind-ignore>${permalink(id)}${cite}${links?.length ? paragraphLinks(links) : ''}</span>`;
}

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (s: string) => escapeText(s).replace(/"/g, '&quot;');

/** The mark after a paragraph the source cuts off: added by the site, never typed into the report text. */
export const TRUNCATION_MARK = '<span class="truncation-mark" data-pagefind-ignore>[The source breaks off here.]</span>';

export interface AnnotationOptions {
  /** The section's permanent anchors; without them, paragraphs are numbered by position (tests, previews). */
  anchors?: SectionAnchors | undefined;
  /** Where a paragraph's citation is (its "Cite" link), if it has one. */
  citeHref?: ((id: string) => string) | undefined;
  /** Anchors of paragraphs the source cuts off; each gets a visible mark. */
  truncated?: ReadonlySet<string> | undefined;
}

export function annotateSectionHtml(
  html: string,
  links: ReadonlyMap<string, readonly ParagraphLink[]> = new Map(),
  { anchors: given, citeHref, truncated = new Set() }: AnnotationOptions = {},
): AnnotatedSection {
  const root = parse(html);
  const paragraphs: AnnotatedParagraph[] = [];
  const noteRefs: NoteReference[] = [];
  const problems: string[] = [];
  const occurrences = new Map<number, number>();
  const blocks = readingBlocks(root);
  const anchors = given ?? positionalAnchors(blocks.length);
  if (anchors.paragraphs.length !== blocks.length) {
    problems.push(`the page has ${blocks.length} paragraphs but the anchor lockfile gives ${anchors.paragraphs.length}; expected one anchor per paragraph`);
  }

  blocks.forEach((block, index) => {
    const anchor = anchors.paragraphs[index];
    if (!anchor) return;
    const id = anchor.id;
    block.setAttribute('id', id);
    const text = block.text.replace(MARKER_PATTERN, '').replace(/\s+/g, ' ').trim();
    if (given && fingerprint(block.text) !== anchor.fingerprint) {
      problems.push(
        `${id}: the rendered paragraph (“${text.slice(0, 50)}…”) is not the text its anchor records; expected the lockfile's fingerprint ${anchor.fingerprint}`,
      );
    }
    paragraphs.push({ id, text });
    const withMarkers = block.innerHTML.replace(MARKER_PATTERN, (_match, digits: string) => {
      const n = Number(digits);
      const occurrence = (occurrences.get(n) ?? 0) + 1;
      occurrences.set(n, occurrence);
      const ref = refId(n, occurrence);
      noteRefs.push({ n, refId: ref, paragraphId: id });
      return marker(n, ref);
    });
    const extra = links.get(id);
    const cite = citeHref
      ? `<a class="cite-link" href="${escapeAttribute(citeHref(id))}" data-pagefind-ignore>Cite<span class="visually-hidden"> paragraph ${paragraphNumber(id)}</span></a>`
      : '';
    const cut = truncated.has(id) ? TRUNCATION_MARK : '';
    if (cut) block.setAttribute('class', [block.getAttribute('class'), 'truncated'].filter(Boolean).join(' '));
    // The report's words go in their own wrapper, so the margin layout can set the links beside
    // them; a paragraph takes a span, a list item or quotation (which may hold blocks) a div.
    const wrapper = block.tagName.toLowerCase() === 'p' ? 'span' : 'div';
    block.set_content(`<${wrapper} class="para-text">${withMarkers}${cut}</${wrapper}>` + paragraphTools(id, extra, cite));
  });

  // A retired anchor stands after the paragraph it followed (or first), so an old link lands
  // where the text was and reads where it went.
  for (const notice of [...(anchors.retired ?? [])].reverse()) {
    const element = `<p id="${notice.id}" class="retired-anchor" data-pagefind-ignore>${notice.html}</p>`;
    const after = notice.after ? blocks.find((b) => b.id === notice.after) : undefined;
    const container = after?.parentNode?.tagName?.toLowerCase() === 'ul' || after?.parentNode?.tagName?.toLowerCase() === 'ol' ? after.parentNode : after;
    if (container) container.insertAdjacentHTML('afterend', element);
    else root.insertAdjacentHTML('afterbegin', element);
  }

  const rowOf = new Map<string, number>();
  const rows = root.childNodes.filter((node): node is HTMLElement => 'tagName' in node && Boolean((node as HTMLElement).tagName));
  rows.forEach((row, index) => {
    for (const element of [row, ...row.querySelectorAll('[id]')]) {
      if (paragraphs.some((p) => p.id === element.id)) rowOf.set(element.id, index + 1);
    }
  });

  return { html: root.toString(), paragraphs, noteRefs, rowOf, rowCount: rows.length, problems };
}
