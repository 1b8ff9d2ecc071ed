import { getCollection } from 'astro:content';
import { assignAnchors, sourceParagraphs } from '../lib/paragraph-anchors.ts';
import { retiredNotice } from '../lib/retired-anchors.ts';
import type { SectionAnchors } from '../lib/section-html.ts';
import { sectionPath, withBase } from '../lib/urls.ts';
import { failOnProblems, fileOf } from './content-error.ts';
import { correctionFor } from './corrections.ts';

let loaded: Promise<Map<string, SectionAnchors>> | undefined;

/**
 * Every section's permanent paragraph anchors, matched to its paragraphs by text, once for
 * the whole build. A section without a lockfile, a paragraph the lockfile does not know,
 * a recorded anchor that no paragraph matches, and a revised or retired anchor without a
 * correction all stop the build.
 */
async function load(): Promise<Map<string, SectionAnchors>> {
  const [sections, locks] = await Promise.all([getCollection('sections'), getCollection('anchors')]);
  const lockOf = new Map(locks.map((l) => [l.id, l]));
  const base = import.meta.env.BASE_URL;
  const result = new Map<string, SectionAnchors>();
  const problems: string[] = [];
  for (const section of sections) {
    const lock = lockOf.get(section.id);
    if (!lock) {
      problems.push(`${fileOf(section)}: anchors: no lockfile; expected content/anchors/${section.id}.yaml (run \`npm run anchors\`)`);
      continue;
    }
    const { ids, problems: mismatches } = assignAnchors(sourceParagraphs(section.body ?? ''), lock.data);
    for (const message of mismatches) problems.push(`${fileOf(section)}: ${message}`);
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
      else problems.push(`${fileOf(lock)}: ${change.id}: ${change.what} on ${change.date} with no correction; expected a file in content/corrections/ dated ${change.date} whose targets include "${page}#${change.id}"`);
    }
    result.set(section.id, {
      paragraphs: ids.map((id) => ({ id, fingerprint: fingerprints.get(id) ?? '' })),
      retired: lock.data.retired.map((a) => retiredNotice(a, withBase(base, `changes/#${correctionIds.get(a.id) ?? ''}`))),
    });
  }
  const sectionIds = new Set(sections.map((s) => s.id));
  for (const lock of locks) {
    if (!sectionIds.has(lock.id)) problems.push(`${fileOf(lock)}: is the lockfile of no section; expected content/sections/${lock.id}.mdx`);
  }
  failOnProblems(problems);
  return result;
}

/** A section's anchors: each paragraph's permanent id in reading order, and its retired anchors. */
export async function getSectionAnchors(sectionId: string): Promise<SectionAnchors> {
  loaded ??= load();
  return (await loaded).get(sectionId) ?? { paragraphs: [] };
}
