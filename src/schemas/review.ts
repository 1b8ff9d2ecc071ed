import { z } from 'astro/zod';
import { daySchema } from './partial-date.ts';
import { incidentCategories, type Category } from '../lib/incident-categories.ts';
import { reviewResults, type ReviewFile } from '../lib/content-rules/reviews.ts';

/**
 * The reviewed files in content/review/ (read by src/data/review-records.ts; the rules that
 * use them are in src/lib/content-rules/category-rules.ts and reviews.ts).
 */

const cue = z.string().regex(/^[\p{L}\p{N}][\p{L}\p{N} .'’-]*\*?$/u, 'expected a word or phrase, optionally ending in *');

/**
 * content/review/category-cues.yaml: every category, each with two lists of cues. `suggest`
 * cues signal the category so clearly that a quote holding one suggests it; `support` cues
 * only back a category the incident already has (words such as "law" or "operator" stand in
 * many passages that are not about a law or the market, and would flood the review list).
 */
const cueLists = z.object({ suggest: z.array(cue).min(1), support: z.array(cue).default([]) }).strict();
export const categoryCuesSchema = z.object(Object.fromEntries(incidentCategories.map((c) => [c, cueLists])) as Record<Category, typeof cueLists>).strict();

/** content/review/category-review.yaml: one entry per settled suggestion. */
export const categoryReviewEntrySchema = z
  .object({
    incident: z.string().min(1),
    category: z.enum(incidentCategories),
    cue: z.string().min(1).describe('The cue, as written in the cue table, that suggested the category.'),
    decision: z.enum(['added', 'declined']),
    reason: z.string().min(10).describe('One line: why the category was added or declined, from the quote.'),
  })
  .strict();

export const categoryReviewSchema = z.array(categoryReviewEntrySchema);

/**
 * The records of the archive's full reviews of its incidents. Each review is named, with its
 * date and its files, in content/review/reviews.yaml; each file is a YAML list with one entry
 * per incident checked.
 */
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

/** A review file's parsed YAML, checked against its schema: its entries, or where the schema refuses it. */
export function reviewFile(value: unknown): ReviewFile {
  const parsed = reviewFileSchema.safeParse(value);
  return parsed.success ? { entries: parsed.data } : { issues: parsed.error.issues };
}
