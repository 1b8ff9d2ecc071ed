/** Shared by the indexer (src/lib/search/records.ts) and the search page, which must agree on them. */

export const KIND = { text: 'Report text', note: 'Note', incident: 'Incident', topic: 'Topic' } as const;
/** The group that gathers the archive's own records (incidents, topics) on the results page. */
export const ARCHIVE_GROUP = 'Topics and incidents';

/**
 * A report's notes form a group of their own, searched after its paragraphs: a researcher looks
 * for what the report says, and a note, short and often just a source's title, would otherwise
 * outrank the paragraph that cites it.
 */
export const notesGroup = (report: string) => `${report} · notes`;

/** Metadata fields that may be matched, and how much a match on each adds to a result's score. */
export const META_WEIGHTS = { name: 12, aliases: 10, otherNames: 10, date: 1 } as const;

/**
 * Pagefind's ranking options (https://pagefind.app/docs/ranking/): its defaults, with the
 * weights of the name fields. Tuned against the ranking test set, test/search/queries.yaml.
 */
export const RANKING = { metaWeights: META_WEIGHTS } as const;
