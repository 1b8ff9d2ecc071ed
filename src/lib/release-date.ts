/**
 * The archive's release date (readers see it as the archive's "edition"; in the code "edition"
 * means a report's year only): the day its content last changed, read from the content and
 * never from the clock, so two builds of one commit carry the same date. It is the latest of
 * the first edition's date (content/archive.yaml), the last correction's date
 * (content/corrections/) and the last day an incident was added (`added` on an incident).
 * It names the whole-site download (archive-<release date>.zip) and dates every file made
 * from the content: the editions' colophons, EPUB and PDF metadata, zip entries, the bag.
 */

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export interface ReleaseDates {
  firstEdition: string;
  corrections: readonly string[];
  added: readonly (string | undefined)[];
}

export function releaseDate(dates: ReleaseDates): string {
  return releaseDays(dates).at(-1)!;
}

/**
 * Every release the archive has had, oldest first: each day its content changed (the first
 * edition, a correction, an added report or incident) began a release, and the last is the current one.
 */
export function releaseDays({ firstEdition, corrections, added }: ReleaseDates): string[] {
  const days = [firstEdition, ...corrections, ...added.filter((d): d is string => d !== undefined)];
  for (const day of days) {
    if (!DAY.test(day) || Number.isNaN(Date.parse(`${day}T00:00:00Z`))) throw new Error(`release date: "${day}" is not a day; expected YYYY-MM-DD`);
  }
  // YYYY-MM-DD strings sort as the days they name. Nothing before the first edition counts.
  return [...new Set(days)].filter((day) => day >= firstEdition).sort();
}

/** The edition date as a moment (midnight UTC), for file times and PDF/EPUB metadata. */
export function releaseMoment(day: string): Date {
  if (!DAY.test(day)) throw new Error(`release date: "${day}" is not a day; expected YYYY-MM-DD`);
  return new Date(`${day}T00:00:00Z`);
}
