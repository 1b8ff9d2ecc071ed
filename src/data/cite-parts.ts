import type { Citation } from '../lib/citations/index.ts';
import { paragraphNumber } from '../lib/reading/section-html.ts';
import { getSectionAnchors } from './anchors.ts';
import { citationOf, noteWork, paragraphWork, sectionWork } from './cite.ts';
import type { Report, Section } from './reports.ts';

export interface CitedPart {
  /** The fragment on the section page, and on its citation page: "p3", "note-12". */
  fragment: string;
  label: string;
  citation: Citation;
}

/** A section's citation and those of each of its paragraphs (by permanent anchor) and notes. */
export async function sectionCitations(report: Report, section: Section): Promise<{ section: Citation; parts: CitedPart[] }> {
  const anchors = await getSectionAnchors(section.id);
  const ids = anchors.paragraphs.map((a) => a.id);
  const parts: CitedPart[] = [
    ...ids.map((id) => ({ fragment: id, label: `paragraph ${paragraphNumber(id)}`, citation: citationOf(paragraphWork(report, section, id)) })),
    ...section.data.notes.map((note) => ({ fragment: `note-${note.n}`, label: `note ${note.n}`, citation: citationOf(noteWork(report, section, note.n)) })),
  ];
  return { section: citationOf(sectionWork(report, section)), parts };
}
