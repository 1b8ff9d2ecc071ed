/**
 * The records of the archive's full reviews of its incidents (content/review/). Each review
 * is named, with its date and its files, in content/review/reviews.yaml; each file is a YAML
 * list with one entry per incident checked. The build validates both (strict schemas, slugs
 * that are incidents), and the method page states the last review's date and counts from them.
 */

export const reviewResults = ['corrected', 'unchanged', 'added'] as const;

/** One incident checked in a review (an entry of a content/review/incident-review-*.yaml file; its schema: src/schemas/review.ts). */
export interface ReviewEntry {
  incident: string;
  result: (typeof reviewResults)[number];
  checked: string;
}

/** One review, as content/review/reviews.yaml names it. */
export interface Review {
  review: string;
  issue?: number | undefined;
  date: string;
  files: string[];
}

/** A review file as read: its entries, or where its schema refuses it. */
export type ReviewFile = { entries: readonly ReviewEntry[] } | { issues: readonly { path: readonly PropertyKey[]; message: string }[] };

export interface ReviewProblem {
  file: string;
  /** The path of the field in that file ([3, 'incident']). */
  path: (string | number)[];
  message: string;
}

export interface ReviewCounts {
  review: string;
  date: string;
  /** Incidents checked: every entry. */
  checked: number;
  corrected: number;
  unchanged: number;
  added: number;
  files: string[];
}

/**
 * Checks the review records and counts each review that has at least one file present.
 * `files` maps a file name in content/review/ to its entries, or to the issues its schema
 * found (a file that is not YAML is the caller's to report). Problems: an entry that does not fit the schema, a slug that is not
 * an incident, an incident listed twice in one review, a review file that no review names,
 * or a file named by two reviews.
 */
export function checkReviews(
  reviews: readonly Review[],
  files: ReadonlyMap<string, ReviewFile>,
  incidentIds: ReadonlySet<string>,
): { problems: ReviewProblem[]; counts: ReviewCounts[] } {
  const problems: ReviewProblem[] = [];
  const counts: ReviewCounts[] = [];
  const namedBy = new Map<string, number>();
  reviews.forEach((review, r) => {
    review.files.forEach((name, f) => {
      if (namedBy.has(name))
        problems.push({
          file: 'reviews.yaml',
          path: [r, 'files', f],
          message: `${name} is already named by review ${namedBy.get(name)! + 1}; expected each file in one review`,
        });
      namedBy.set(name, r);
    });
  });
  for (const name of files.keys()) {
    if (!namedBy.has(name)) {
      problems.push({
        file: name,
        path: [],
        message: `is not named by any review in content/review/reviews.yaml; expected its name under the \`files\` of the review it records`,
      });
    }
  }
  reviews.forEach((review) => {
    const present = review.files.filter((name) => files.has(name));
    if (present.length === 0) return;
    const seen = new Map<string, string>();
    const tally = { checked: 0, corrected: 0, unchanged: 0, added: 0 };
    for (const name of present) {
      const file = files.get(name)!;
      if ('issues' in file) {
        for (const issue of file.issues) {
          problems.push({
            file: name,
            path: issue.path as (string | number)[],
            message: `${issue.message}; expected entries { incident, result: ${reviewResults.join(' | ')}, checked }`,
          });
        }
        continue;
      }
      file.entries.forEach((entry, i) => {
        if (!incidentIds.has(entry.incident)) {
          problems.push({
            file: name,
            path: [i, 'incident'],
            message: `"${entry.incident}" is not an incident; expected the slug of a file in content/incidents/`,
          });
        }
        const before = seen.get(entry.incident);
        if (before !== undefined) {
          problems.push({
            file: name,
            path: [i, 'incident'],
            message: `${entry.incident} is already recorded in this review (${before}); expected one entry per incident`,
          });
          return;
        }
        seen.set(entry.incident, name);
        tally.checked += 1;
        tally[entry.result] += 1;
      });
    }
    counts.push({ review: review.review, date: review.date, files: present, ...tally });
  });
  return { problems, counts };
}

/** The most recent review with records present, if any. */
export function lastReview(counts: readonly ReviewCounts[]): ReviewCounts | undefined {
  return [...counts].sort((a, b) => a.date.localeCompare(b.date)).at(-1);
}

/**
 * One review in words, for the method page: "178 incidents checked: 20 corrected, 12 added,
 * 146 unchanged." (Parts that are zero are left out; "added" only where the review added any.)
 */
export function reviewCountsText(counts: ReviewCounts): string {
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const parts = [`${counts.corrected} corrected`, ...(counts.added > 0 ? [`${counts.added} added`] : []), `${counts.unchanged} unchanged`];
  return `${plural(counts.checked, 'incident', 'incidents')} checked: ${parts.join(', ')}.`;
}
