import { parse, HTMLElement, TextNode, type Node } from 'node-html-parser';
import { strToU8 } from 'fflate';
import { fixedZip, type ZipEntry } from './fixed-zip.ts';

/**
 * An EPUB 3 made from the one-file HTML, so the EPUB has exactly its
 * text (which has exactly the site's): the front matter, one chapter per section, and the
 * back matter (editorial notes, colophon), each written as XHTML; a navigation document
 * from the sections' headings; the package document; all zipped with fflate, the mimetype
 * first and stored, as the EPUB container format requires.
 */

export interface EpubMetadata {
  /** A stable unique identifier, e.g. the report's URL on the site. */
  identifier: string;
  title: string;
  language: string;
  publisher: string;
  /** Where the text comes from (the report's URL on the archive). */
  source: string;
  /** The archive's release date, YYYY-MM-DD (src/lib/release-date.ts), never the day of the build. */
  modified: string;
}

export interface Chapter {
  /** File name inside the EPUB, e.g. ict-market.xhtml */
  file: string;
  title: string;
  /** Heading level of the chapter in the navigation: 1 for a part, 2 for a section in it. */
  level: number;
  /** The chapter's body, as XHTML. */
  body: string;
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (s: string) => escapeText(s).replace(/"/g, '&quot;');

/** Serialises parsed HTML as well-formed XHTML: void elements closed, entities as characters. */
export function toXhtml(node: Node): string {
  if (node instanceof TextNode) return escapeText(node.text);
  if (!(node instanceof HTMLElement)) return ''; // comments
  const inner = node.childNodes.map(toXhtml).join('');
  if (!node.rawTagName) return inner; // the parser's root
  const tag = node.rawTagName.toLowerCase();
  const attributes = Object.entries(node.attributes)
    .map(([name, value]) => ` ${name.toLowerCase()}="${escapeAttribute(value)}"`)
    .join('');
  return VOID.has(tag) ? `<${tag}${attributes}/>` : `<${tag}${attributes}>${inner}</${tag}>`;
}

/**
 * Splits the one-file HTML into chapters: everything before the first section (title, scores,
 * contents), each section.edition-section, and everything after the last one. Fragment
 * links are pointed at the chapter file that holds their target.
 */
export function chaptersOf(oneFileHtml: string): { chapters: Chapter[]; css: string } {
  const root = parse(oneFileHtml);
  const main = root.querySelector('main');
  if (!main) throw new Error('the one-file HTML has no <main>');
  const css = root
    .querySelectorAll('style')
    .map((s) => s.text)
    .join('\n');
  const groups: { title: string; level: number; file: string; nodes: Node[] }[] = [];
  let current: (typeof groups)[number] | undefined;
  let seenSection = false;
  for (const node of main.childNodes) {
    if (node instanceof HTMLElement && node.classList.contains('edition-section')) {
      const heading = node.querySelector('h2, h3');
      const level = Number(node.classNames.match(/level-(\d)/)?.[1] ?? 1);
      groups.push({ title: heading?.text.trim() ?? node.id, level, file: `${node.id}.xhtml`, nodes: [node] });
      current = undefined;
      seenSection = true;
      continue;
    }
    if (node instanceof TextNode && !node.text.trim()) continue; // whitespace between sections
    if (!current) {
      const title = seenSection ? 'Editorial notes and colophon' : (root.querySelector('h1')?.text.trim() ?? 'Title');
      current = { title, level: 1, file: seenSection ? 'back.xhtml' : 'front.xhtml', nodes: [] };
      groups.push(current);
    }
    current.nodes.push(node);
  }

  const fileOfId = new Map<string, string>([['top', 'front.xhtml']]);
  for (const group of groups) {
    for (const node of group.nodes) {
      if (!(node instanceof HTMLElement)) continue;
      if (node.id) fileOfId.set(node.id, group.file);
      for (const el of node.querySelectorAll('[id]')) fileOfId.set(el.id, group.file);
    }
  }
  for (const group of groups) {
    for (const node of group.nodes) {
      if (!(node instanceof HTMLElement)) continue;
      for (const a of node.querySelectorAll('a[href^="#"]')) {
        const id = a.getAttribute('href')!.slice(1);
        const file = fileOfId.get(id);
        if (!file) throw new Error(`one-file HTML link #${id} has no target`);
        a.setAttribute('href', file === group.file ? `#${id}` : id === 'top' ? file : `${file}#${id}`);
      }
    }
  }
  const chapters = groups.map((g) => ({ file: g.file, title: g.title, level: g.level, body: g.nodes.map(toXhtml).join('') }));
  return { chapters, css };
}

export function chapterDocument(chapter: Chapter, bookTitle: string, language: string): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="${language}" xml:lang="${language}">
<head><meta charset="utf-8"/><title>${escapeText(chapter.title)} · ${escapeText(bookTitle)}</title><link rel="stylesheet" href="style.css"/></head>
<body><main id="${chapter.file === 'front.xhtml' ? 'top' : `chapter-${chapter.file.replace(/\.xhtml$/, '')}`}">${chapter.body}</main></body>
</html>
`;
}

/** The EPUB navigation document: the chapters, a section's children nested under it. */
export function navDocument(chapters: readonly Chapter[], bookTitle: string, language: string): string {
  let items = '';
  let open = false; // a nested list under the last level-1 entry is open
  chapters.forEach((chapter, i) => {
    const link = `<a href="${chapter.file}">${escapeText(chapter.title)}</a>`;
    if (chapter.level > 1) {
      if (!open) {
        items = items.replace(/<\/li>$/, '');
        items += '<ol>';
        open = true;
      }
      items += `<li>${link}</li>`;
    } else {
      if (open) {
        items += '</ol></li>';
        open = false;
      }
      items += `<li>${link}</li>`;
    }
    if (i === chapters.length - 1 && open) items += '</ol></li>';
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="${language}" xml:lang="${language}">
<head><meta charset="utf-8"/><title>Contents · ${escapeText(bookTitle)}</title></head>
<body><nav epub:type="toc" id="toc"><h1>Contents</h1><ol>${items}</ol></nav></body>
</html>
`;
}

export function packageDocument(metadata: EpubMetadata, chapters: readonly Chapter[]): string {
  const items = chapters.map((c, i) => `<item id="c${i}" href="${c.file}" media-type="application/xhtml+xml"/>`).join('\n    ');
  const spine = chapters.map((_c, i) => `<itemref idref="c${i}"/>`).join('\n    ');
  return `<?xml version="1.0" encoding="utf-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="book-id" xml:lang="${metadata.language}">
  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
    <dc:identifier id="book-id">${escapeText(metadata.identifier)}</dc:identifier>
    <dc:title>${escapeText(metadata.title)}</dc:title>
    <dc:language>${metadata.language}</dc:language>
    <dc:publisher>${escapeText(metadata.publisher)}</dc:publisher>
    <dc:source>${escapeText(metadata.source)}</dc:source>
    <meta property="dcterms:modified">${metadata.modified}T00:00:00Z</meta>
  </metadata>
  <manifest>
    <item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
    <item id="css" href="style.css" media-type="text/css"/>
    ${items}
  </manifest>
  <spine>
    ${spine}
  </spine>
</package>
`;
}

const CONTAINER = `<?xml version="1.0" encoding="utf-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles><rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/></rootfiles>
</container>
`;

/**
 * The EPUB file's bytes. Its entries are in a fixed order and dated the release day
 * (src/lib/offline/fixed-zip.ts), so the same one-file HTML always gives the same bytes.
 */
export function buildEpub(oneFileHtml: string, metadata: EpubMetadata): Uint8Array {
  const { chapters, css } = chaptersOf(oneFileHtml);
  const entries: ZipEntry[] = [
    // The container format requires the mimetype first, uncompressed.
    { path: 'mimetype', bytes: strToU8('application/epub+zip'), store: true },
    { path: 'META-INF/container.xml', bytes: strToU8(CONTAINER) },
    { path: 'EPUB/package.opf', bytes: strToU8(packageDocument(metadata, chapters)) },
    { path: 'EPUB/nav.xhtml', bytes: strToU8(navDocument(chapters, metadata.title, metadata.language)) },
    { path: 'EPUB/style.css', bytes: strToU8(css) },
    ...chapters.map((chapter) => ({ path: `EPUB/${chapter.file}`, bytes: strToU8(chapterDocument(chapter, metadata.title, metadata.language)) })),
  ];
  return fixedZip(entries, metadata.modified);
}
