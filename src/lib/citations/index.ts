import { cslItem, type CslItem } from './csl.ts';
import { references, type Formatted } from './render.ts';
import { bibtex } from './bibtex.ts';
import { ris } from './ris.ts';
import { pinpoint, type CitedWork, type Pinpoint } from './work.ts';

export { ARCHIVE_NAME, issuedDate, type CitedReport, type CitedWork } from './work.ts';
export type { CslItem } from './csl.ts';
export { citationText, safeCitationHtml, type Formatted } from './render.ts';

/** Every format of one work's citation, all from one CSL-JSON item. */
export interface Citation {
  chicagoNote: Formatted;
  chicagoBibliography: Formatted;
  apaReference: Formatted;
  apaInText: Formatted;
  bibtex: string;
  ris: string;
  csl: CslItem;
  /** The locator and its label, for the note and the in-text citation (not in the CSL item's schema). */
  pinpoint: Pinpoint | undefined;
}

export function cite(work: CitedWork): Citation {
  const item = cslItem(work);
  const where = pinpoint(work);
  return { ...references(item, where), bibtex: bibtex(item), ris: ris(item), csl: item, pinpoint: where };
}

/** The downloadable citation files: one file holds the entries of a page and of its parts. */
export const citationFormats = {
  bib: { contentType: 'application/x-bibtex; charset=utf-8', body: (cs: readonly Citation[]) => cs.map((c) => c.bibtex).join('\n') },
  ris: { contentType: 'application/x-research-info-systems; charset=utf-8', body: (cs: readonly Citation[]) => cs.map((c) => c.ris).join('') },
  json: {
    contentType: 'application/vnd.citationstyles.csl+json; charset=utf-8',
    body: (cs: readonly Citation[]) =>
      `${JSON.stringify(
        cs.map((c) => c.csl),
        null,
        2,
      )}\n`,
  },
} as const;

export type CitationFormat = keyof typeof citationFormats;

export function citationFile(format: CitationFormat, citations: readonly Citation[]): Response {
  const { contentType, body } = citationFormats[format];
  return new Response(body(citations), { headers: { 'Content-Type': contentType } });
}
