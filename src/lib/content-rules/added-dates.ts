import { incidentPath, reportPath } from '../urls.ts';

/** A report or incident, as the rule needs it: its id and its `added:` day, if any. */
export interface AddedEntry {
  kind: 'report' | 'incident';
  id: string;
  added?: string | undefined;
}

/**
 * New reports and incidents are announced on /changes/ and in the feed by their `added:` day.
 * So the gate asks for it: an entry whose page is not yet recorded in content/published.json
 * (the record of everything ever published; `npm run published`) must say when it was added.
 * With no record at all, nothing has been published yet: the first edition needs no dates.
 * Returns one rule per entry, worded "added: what is wrong; expected …".
 */
export function missingAddedDates<E extends AddedEntry>(entries: readonly E[], publishedPages: ReadonlySet<string> | undefined): { entry: E; rule: string }[] {
  if (publishedPages === undefined) return [];
  return entries.flatMap((entry) => {
    const path = entry.kind === 'report' ? reportPath(entry.id) : incidentPath(entry.id);
    if (entry.added !== undefined || publishedPages.has(path)) return [];
    return [
      {
        entry,
        rule: `added: is missing, and /${path} is not yet in content/published.json; expected the day this ${entry.kind} is added to the archive (added: "YYYY-MM-DD"), which /changes/ and the feed announce`,
      },
    ];
  });
}
