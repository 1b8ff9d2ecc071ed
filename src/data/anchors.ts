import { getCollection } from 'astro:content';
import { assignAnchors, sourceParagraphs } from '../lib/anchors/paragraph-anchors.ts';
import { sectionAnchors } from '../lib/anchors/section-anchors.ts';
import type { SectionAnchors } from '../lib/reading/section-html.ts';
import { correctionPath, sectionPath, withBase } from '../lib/urls.ts';
import { checkContent } from './check-content.ts';
import { correctionFor } from './corrections.ts';
import { sectionBody } from './section-body-html.ts';

let loaded: Promise<Map<string, SectionAnchors>> | undefined;

/**
 * Every section's permanent paragraph anchors, matched to its paragraphs by text, once for
 * the whole build, after the content gate has checked them (src/lib/content-rules/gate.ts):
 * here every paragraph has its anchor, and every retired anchor its correction.
 */
async function load(): Promise<Map<string, SectionAnchors>> {
  await checkContent();
  const [sections, locks] = await Promise.all([getCollection('sections'), getCollection('anchors')]);
  const lockOf = new Map(locks.map((l) => [l.id, l]));
  const base = import.meta.env.BASE_URL;
  const result = new Map<string, SectionAnchors>();
  for (const section of sections) {
    const lock = lockOf.get(section.id)!;
    const { ids } = assignAnchors(sourceParagraphs(sectionBody(section)), lock.data);
    const page = sectionPath(section.id);
    const correctionIds = new Map<string, string>();
    for (const anchor of lock.data.retired) correctionIds.set(anchor.id, (await correctionFor(`${page}#${anchor.id}`, anchor.retired))!);
    result.set(
      section.id,
      sectionAnchors(ids, lock.data, (id) => withBase(base, correctionPath(correctionIds.get(id)!))),
    );
  }
  return result;
}

/** A section's anchors: each paragraph's permanent id in reading order, and its retired anchors. */
export async function getSectionAnchors(sectionId: string): Promise<SectionAnchors> {
  loaded ??= load();
  return (await loaded).get(sectionId) ?? { paragraphs: [] };
}
