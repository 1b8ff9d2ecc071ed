import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import CSL from 'citeproc';
import type { CslItem } from './csl.ts';
import type { Pinpoint } from './work.ts';

/**
 * Chicago (18th edition, notes and bibliography) and APA (7th edition) references, rendered by
 * citeproc-js from a CSL-JSON item with the official CSL styles committed in ./styles/. The note
 * and the APA in-text citation carry the pinpoint (paragraph, note); the bibliography entry
 * and the APA reference do not. Each text comes as HTML (only <i>, <b>, <sup>, <sub>) and as
 * plain text for copying (the same HTML without its tags).
 */

const stylesDir = join(process.cwd(), 'src/lib/citations/styles');
export const styleFiles = { chicago: 'chicago-notes-bibliography.csl', apa: 'apa.csl', locale: 'locales-en-US.xml' } as const;
export const readStyle = (file: string) => readFileSync(join(stylesDir, file), 'utf8');

export interface Formatted {
  html: string;
  text: string;
}

export interface References {
  chicagoNote: Formatted;
  chicagoBibliography: Formatted;
  apaReference: Formatted;
  apaInText: Formatted;
}

type Style = 'chicago' | 'apa';

let current: CslItem | undefined;
const engines = new Map<string, InstanceType<typeof CSL.Engine>>();

function engine(style: Style) {
  let e = engines.get(style);
  if (!e) {
    const locale = readStyle(styleFiles.locale);
    e = new CSL.Engine({ retrieveLocale: () => locale, retrieveItem: () => current }, readStyle(styleFiles[style]), 'en-US', true);
    e.setOutputFormat('html');
    engines.set(style, e);
  }
  return e;
}

/** citeproc's HTML keeps only the inline markup a citation needs; text is already escaped by citeproc. */
export function safeCitationHtml(html: string): string {
  return html
    .replace(/<(\/?)(i|b|sup|sub)(?:\s[^>]*)?>/g, '\u0000$1$2\u0001')
    .replace(/<[^>]*>/g, '')
    .replace(/\u0000/g, '<')
    .replace(/\u0001/g, '>')
    .trim();
}

/** The plain text of citeproc's HTML: tags dropped, its character references decoded. */
export function citationText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .trim();
}

function render(style: Style, item: CslItem, where: Pinpoint | undefined): { bibliography: Formatted; citation: Formatted } {
  current = item;
  const e = engine(style);
  e.updateItems([item.id]);
  const bibliography = e.makeBibliography();
  if (!bibliography) throw new Error(`citeproc made no ${style} bibliography entry for ${item.id}`);
  const citation = e.previewCitationCluster(
    {
      citationItems: [{ id: item.id, ...(where ? { locator: where.locator, label: where.label } : {}) }],
      properties: { noteIndex: style === 'chicago' ? 1 : 0 },
    },
    [],
    [],
    'html',
  );
  const formatted = (s: string) => {
    const html = safeCitationHtml(s);
    return { html, text: citationText(html) };
  };
  return { bibliography: formatted(bibliography[1].join('')), citation: formatted(citation) };
}

export function references(item: CslItem, where: Pinpoint | undefined): References {
  const chicago = render('chicago', item, where);
  const apa = render('apa', item, where);
  return { chicagoNote: chicago.citation, chicagoBibliography: chicago.bibliography, apaReference: apa.bibliography, apaInText: apa.citation };
}
