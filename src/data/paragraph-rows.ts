import { getReports, getReportSections } from './reports.ts';
import { sectionParagraphs } from './section-paragraphs.ts';
import { permanentUrl } from './cite.ts';
import { sectionPath } from '../lib/urls.ts';
import { noteId } from '../lib/notes/note-markers.ts';
import { passageFingerprint, publishedText } from '../lib/verify/fingerprint.ts';
import type { ParagraphRow } from '../schemas/open-data.ts';

/**
 * The rows of /data/paragraphs.json: every paragraph of every section, in reading order, with
 * the ids and text the section page gives it (src/data/section-paragraphs.ts, the reading view's
 * own annotation), then the section's notes in number order; each with its fingerprint. Made
 * once per build: /data/ and /verify/'s word index and passage files read the same rows.
 */
export function paragraphRows(): Promise<ParagraphRow[]> {
  cached ??= makeRows();
  return cached;
}

let cached: Promise<ParagraphRow[]> | undefined;
let bySection: Promise<Map<string, ParagraphRow[]>> | undefined;

/** One section's rows, in the same order: grouped once, so each section's page reads only its own. */
export async function sectionParagraphRows(sectionId: string): Promise<ParagraphRow[]> {
  bySection ??= paragraphRows().then((rows) => Map.groupBy(rows, (row) => row.section));
  return (await bySection).get(sectionId) ?? [];
}

async function makeRows(): Promise<ParagraphRow[]> {
  const rows: ParagraphRow[] = [];
  for (const report of await getReports()) {
    for (const section of await getReportSections(report.id)) {
      const page = permanentUrl(sectionPath(section.id));
      const { paragraphs } = await sectionParagraphs(section);
      const passages = [
        ...paragraphs.map((p) => ({ anchor: p.id, kind: 'paragraph' as const, text: publishedText(p.text) })),
        ...section.data.notes.map((note) => ({ anchor: noteId(note.n), kind: 'note' as const, text: publishedText(note.text ?? '') })),
      ];
      for (const passage of passages) {
        rows.push({ report: report.id, section: section.id, ...passage, url: `${page}#${passage.anchor}`, sha256: passageFingerprint(passage.text) });
      }
    }
  }
  return rows;
}
