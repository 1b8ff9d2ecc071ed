import { getCollection, getEntry } from 'astro:content';
import { editionDate } from '../lib/edition-date.ts';
import { failOnContentProblems } from './content-error.ts';

/** The day of the archive's first edition (content/archive.yaml). */
export async function firstEditionDate(): Promise<string> {
  const entry = await getEntry('archive', 'archive');
  if (!entry) failOnContentProblems([{ file: 'content/archive.yaml', field: 'firstEdition', message: 'is missing; expected the first edition\'s date, e.g. firstEdition: "2026-11-23"' }]);
  return entry!.data.firstEdition;
}

let edition: Promise<string> | undefined;

/**
 * The archive's edition date (src/lib/edition-date.ts): the latest of the first edition,
 * the last correction and the last added incident. It names the whole-site download and dates
 * the offline editions, so a rebuild of the same content gives the same files.
 */
export function archiveEditionDate(): Promise<string> {
  edition ??= (async () =>
    editionDate({
      firstEdition: await firstEditionDate(),
      corrections: (await getCollection('corrections')).map((c) => c.data.date),
      added: (await getCollection('incidents')).map((i) => i.data.added),
    }))();
  return edition;
}
