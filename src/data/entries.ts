import type { CollectionEntry } from 'astro:content';

/**
 * The types of the content entries, as Astro's loaders give them (src/content.config.ts).
 * They sit at the bottom of src/data: every getter module imports them from here, so no
 * getter has to import another for a type.
 */
export type Report = CollectionEntry<'reports'>;
export type Section = CollectionEntry<'sections'>;
export type Incident = CollectionEntry<'incidents'>;
export type Mention = Incident['data']['mentions'][number];
export type Topic = CollectionEntry<'topics'>;
export type StatisticSeries = CollectionEntry<'statistics'>;
export type Correction = CollectionEntry<'corrections'>;
export type Move = CollectionEntry<'moves'>;
export type Theme = CollectionEntry<'themes'>;

/** The file an entry was loaded from, as messages name it. */
export function fileOf(entry: { filePath?: string | undefined; id: string }): string {
  return entry.filePath ?? entry.id;
}
