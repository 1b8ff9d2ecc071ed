import { getCollection } from 'astro:content';
import { assignAnchors, sourceParagraphs } from '../lib/anchors/paragraph-anchors.ts';
import { findMarkers } from '../lib/notes/note-markers.ts';
import { retiredNotice } from '../lib/anchors/retired-anchors.ts';
import type { SectionAnchors } from '../lib/reading/section-html.ts';
import { correctionPath, sectionPath, withBase } from '../lib/urls.ts';
import { failOnContentProblems, fileOf, type ContentProblem } from './content-error.ts';
import { correctionFor } from './corrections.ts';
import { sectionBody } from './section-body-html.ts';

/** A section's anchors, and the notes each of its paragraphs cites (for the rules in check-content.ts). */
export interface SectionParagraphAnchors extends SectionAnchors {
  notesCited: ReadonlyMap<string, readonly number[]>;
}

let loaded: Promise<{ bySection: Map<string, SectionParagraphAnchors>; problems: ContentProblem[] }> | undefined;

/**
 * Every section's permanent paragraph anchors, matched to its paragraphs by text, once for
 * the whole build. A section without a lockfile, a paragraph the lockfile does not know,
 * a recorded anchor that no paragraph matches, and a revised or retired anchor without a
 * correction all stop the build.
 */
async function load(): Promise<{ bySection: Map<string, SectionParagraphAnchors>; problems: ContentProblem[] }> {
  const [sections, locks] = await Promise.all([getCollection('sections'), getCollection('anchors')]);
  const lockOf = new Map(locks.map((l) => [l.id, l]));
  const base = import.meta.env.BASE_URL;
  const result = new Map<string, SectionParagraphAnchors>();
  const problems: ContentProblem[] = [];
  for (const section of sections) {
    const lock = lockOf.get(section.id);
    if (!lock) {
      problems.push({ file: fileOf(section), field: 'anchors', message: `no lockfile; expected content/anchors/${section.id}.yaml (run \`npm run anchors\`)` });
      continue;
    }
    const texts = sourceParagraphs(sectionBody(section));
    const { ids, problems: mismatches } = assignAnchors(texts, lock.data);
    for (const message of mismatches) problems.push({ file: fileOf(section), field: 'body', message });
    const fingerprints = new Map(lock.data.paragraphs.map((a) => [a.id, a.fingerprint]));
    const page = sectionPath(section.id);
    const changes = [
      ...lock.data.paragraphs.flatMap((a) => (a.revised ?? []).map((date) => ({ id: a.id, date, what: 'revised' }))),
      ...lock.data.retired.map((a) => ({ id: a.id, date: a.retired, what: a.fate })),
    ];
    const correctionIds = new Map<string, string>();
    for (const change of changes) {
      const correction = await correctionFor(`${page}#${change.id}`, change.date);
      if (correction) correctionIds.set(change.id, correction);
      else problems.push({ file: fileOf(lock), field: change.id, message: `${change.what} on ${change.date} with no correction; expected a file in content/corrections/ dated ${change.date} whose targets include "${page}#${change.id}"` });
    }
    result.set(section.id, {
      paragraphs: ids.map((id) => ({ id, fingerprint: fingerprints.get(id) ?? '' })),
      retired: lock.data.retired.map((a) => retiredNotice(a, withBase(base, correctionPath(correctionIds.get(a.id) ?? '')))),
      notesCited: new Map(ids.map((id, i) => [id, findMarkers(texts[i]!).map((m) => m.n)])),
    });
  }
  const sectionIds = new Set(sections.map((s) => s.id));
  for (const lock of locks) {
    if (!sectionIds.has(lock.id)) problems.push({ file: fileOf(lock), field: 'paragraphs', message: `is the lockfile of no section; expected content/sections/${lock.id}.mdx` });
  }
  return { bySection: result, problems };
}

/** Problems with the anchors, for src/data/check-content.ts to report with every other rule. */
export async function anchorProblems(): Promise<ContentProblem[]> {
  loaded ??= load();
  return (await loaded).problems;
}

/** A section's anchors without stopping over problems (check-content.ts reports them). */
export async function sectionAnchorsAsRecorded(sectionId: string): Promise<SectionParagraphAnchors> {
  loaded ??= load();
  return (await loaded).bySection.get(sectionId) ?? { paragraphs: [], notesCited: new Map() };
}

/** A section's anchors: each paragraph's permanent id in reading order, and its retired anchors. */
export async function getSectionAnchors(sectionId: string): Promise<SectionParagraphAnchors> {
  failOnContentProblems(await anchorProblems());
  return sectionAnchorsAsRecorded(sectionId);
}
