import { getEntry } from 'astro:content';
import { failOnProblems } from './content-error.ts';

/** The day of the archive's first edition (content/archive.yaml). */
export async function firstEditionDate(): Promise<string> {
  const entry = await getEntry('archive', 'archive');
  if (!entry) failOnProblems(['content/archive.yaml: firstEdition: missing; expected the first edition\'s date, e.g. firstEdition: "2026-11-23"']);
  return entry!.data.firstEdition;
}
