import { getEntry } from 'astro:content';
import { failOnContentProblems } from './content-error.ts';

/** The day of the archive's first edition (content/archive.yaml). */
export async function firstEditionDate(): Promise<string> {
  const entry = await getEntry('archive', 'archive');
  if (!entry) failOnContentProblems([{ file: 'content/archive.yaml', field: 'firstEdition', message: 'is missing; expected the first edition\'s date, e.g. firstEdition: "2026-11-23"' }]);
  return entry!.data.firstEdition;
}
