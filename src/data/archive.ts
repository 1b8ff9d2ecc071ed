import { getCollection, getEntry } from 'astro:content';
import { releaseDays } from '../lib/release-date.ts';
import { checkContent } from './check-content.ts';

/** The day of the archive's first edition (content/archive.yaml; the content gate checks that it is there). */
export async function firstEditionDate(): Promise<string> {
  await checkContent();
  return (await getEntry('archive', 'archive'))!.data.firstEdition;
}

let editions: Promise<string[]> | undefined;

/** Every edition of the archive, oldest first (src/lib/release-date.ts); the last is the current one. */
export function archiveReleases(): Promise<string[]> {
  editions ??= (async () =>
    releaseDays({
      firstEdition: await firstEditionDate(),
      corrections: (await getCollection('corrections')).map((c) => c.data.date),
      added: [...(await getCollection('incidents')), ...(await getCollection('reports'))].map((entry) => entry.data.added),
    }))();
  return editions;
}

/**
 * The archive's release date (its "edition" to readers): the latest of the first edition, the last correction and the
 * last added incident or report. It names the whole-site download and dates the offline editions, so a
 * rebuild of the same content gives the same files.
 */
export async function archiveReleaseDate(): Promise<string> {
  return (await archiveReleases()).at(-1)!;
}
