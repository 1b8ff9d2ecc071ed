import { z } from 'astro/zod';
import { daySchema } from '../../schemas/partial-date.ts';

/**
 * The records of the archive's full reviews of its incidents (content/review/). Each review
 * is named, with its date and its files, in content/review/reviews.yaml; each file is a YAML
 * list with one entry per incident checked. The build validates both (strict schemas, slugs
 * that are incidents), and the method page states the last review's date and counts from them.
 */

export const reviewResults = ['corrected', 'unchanged', 'added'] as const;

export const reviewEntrySchema = z
  .object({
    incident: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected an incident slug'),
    result: z.enum(reviewResults),
    checked: z.string().min(10).describe('What was searched and checked, in one or two sentences.'),
  })
  .strict();

export const reviewFileSchema = z.array(reviewEntrySchema);

export const reviewSchema = z
  .object({
    review: z.string().min(5).describe('What the review was, in a few words ("Second full review of every incident").'),
    issue: z.number().int().positive().optional(),
    date: daySchema.describe('The day the review was completed (YYYY-MM-DD).'),
    files: z
      .array(z.string().regex(/^incident-review-[a-z0-9-]+\.yaml$/, 'expected a file name such as incident-review-2-a.yaml'))
      .min(1)
      .describe('The files in content/review/ that record it; a file not yet present is not counted.'),
  })
  .strict();

export const reviewsSchema = z.array(reviewSchema).min(1);

export type ReviewEntry = z.infer<typeof reviewEntrySchema>;
export type Review = z.infer<typeof reviewSchema>;

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
 * `files` maps a file name in content/review/ to its parsed YAML (an unparsed file is the
 * caller's to report). Problems: an entry that does not fit the schema, a slug that is not
 * an incident, an incident listed twice in one review, a review file that no review names,
 * or a file named by two reviews.
 */
export function checkReviews(
  reviews: readonly Review[],
  files: ReadonlyMap<string, unknown>,
  incidentIds: ReadonlySet<string>,
): { problems: ReviewProblem[]; counts: ReviewCounts[] } {
  const problems: ReviewProblem[] = [];
  const counts: ReviewCounts[] = [];
  const namedBy = new Map<string, number>();
  reviews.forEach((review, r) => {
    review.files.forEach((name, f) => {
      if (namedBy.has(name)) problems.push({ file: 'reviews.yaml', path: [r, 'files', f], message: `${name} is already named by review ${namedBy.get(name)! + 1}; expected each file in one review` });
      namedBy.set(name, r);
    });
  });
  for (const name of files.keys()) {
    if (!namedBy.has(name)) {
      problems.push({ file: name, path: [], message: `is not named by any review in content/review/reviews.yaml; expected its name under the \`files\` of the review it records` });
    }
  }
  reviews.forEach((review) => {
    const present = review.files.filter((name) => files.has(name));
    if (present.length === 0) return;
    const seen = new Map<string, string>();
    const tally = { checked: 0, corrected: 0, unchanged: 0, added: 0 };
    for (const name of present) {
      const parsed = reviewFileSchema.safeParse(files.get(name));
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          problems.push({ file: name, path: issue.path as (string | number)[], message: `${issue.message}; expected entries { incident, result: ${reviewResults.join(' | ')}, checked }` });
        }
        continue;
      }
      parsed.data.forEach((entry, i) => {
        if (!incidentIds.has(entry.incident)) {
          problems.push({ file: name, path: [i, 'incident'], message: `"${entry.incident}" is not an incident; expected the slug of a file in content/incidents/` });
        }
        const before = seen.get(entry.incident);
        if (before !== undefined) {
          problems.push({ file: name, path: [i, 'incident'], message: `${entry.incident} is already recorded in this review (${before}); expected one entry per incident` });
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
  const parts = [
    `${counts.corrected} corrected`,
    ...(counts.added > 0 ? [`${counts.added} added`] : []),
    `${counts.unchanged} unchanged`,
  ];
  return `${plural(counts.checked, 'incident', 'incidents')} checked: ${parts.join(', ')}.`;
}
