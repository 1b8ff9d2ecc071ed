/** Shared by the indexer (src/lib/search-records.ts) and the search page, which must agree on them. */

export const KIND = { text: 'Report text', note: 'Note', incident: 'Incident', topic: 'Topic' } as const;
/** The group that gathers the archive's own records (incidents, topics) on the results page. */
export const ARCHIVE_GROUP = 'Topics and incidents';

/** Metadata fields that may be matched, and how much a match on each adds to a result's score. */
export const META_WEIGHTS = { name: 12, aliases: 10, otherNames: 10, date: 1 } as const;
