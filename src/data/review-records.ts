import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'astro/zod';
import { lineOfField, type ContentProblem } from '../lib/content-rules/content-problem.ts';
import { strictDeep } from '../lib/content-rules/strict-schema.ts';
import type { CategoryCues, CategoryReviewEntry } from '../lib/content-rules/category-rules.ts';
import type { Review } from '../lib/content-rules/reviews.ts';
import { categoryCuesSchema, categoryReviewSchema, reviewFile, reviewsSchema } from '../schemas/review.ts';
import type { ReviewedFile, ReviewInput } from '../lib/content-rules/gate.ts';
import type { ReviewFile } from '../lib/content-rules/reviews.ts';

/**
 * The reviewed files in content/review/ that the build reads: the category cue table, the
 * settled category suggestions, and the records of full reviews (reviews.yaml and the files
 * it names). Each is read, parsed and validated here, with problems in the standard form
 * ("file:line: field: what is wrong; expected …"); the rules that use them run in the content
 * gate (src/lib/content-rules/gate.ts).
 */

const reviewDir = () => resolve(process.env.ARCHIVE_CONTENT_DIR ?? 'content', 'review');
const shown = (file: string) => relative(process.cwd(), file);

function problemIn(file: string, text: string | undefined, path: readonly (string | number)[], message: string): ContentProblem {
  const line = text === undefined || path.length === 0 ? undefined : lineOfField(text, file, path);
  return { file: shown(file), line, field: path.length === 0 ? 'file' : path.join('.'), message };
}

function readYaml(file: string): { text?: string; value?: unknown; problem?: ContentProblem } {
  if (!existsSync(file)) return { problem: { file: shown(file), field: 'file', message: 'is missing; expected this reviewed file in content/review/' } };
  const text = readFileSync(file, 'utf8');
  try {
    return { text, value: parseYaml(text) };
  } catch (error) {
    return {
      text,
      problem: {
        file: shown(file),
        field: 'file',
        message: `is not valid YAML (${error instanceof Error ? error.message.split('\n')[0] : String(error)}); expected YAML`,
      },
    };
  }
}

function load<T>(name: string, schema: z.ZodType): ReviewedFile<T> {
  const file = resolve(reviewDir(), name);
  const { text, value, problem } = readYaml(file);
  if (problem) return { file: shown(file), text, problems: [problem] };
  const parsed = strictDeep(schema).safeParse(value);
  if (parsed.success) return { file: shown(file), text, data: parsed.data as T, problems: [] };
  return { file: shown(file), text, problems: parsed.error.issues.map((issue) => problemIn(file, text, issue.path as (string | number)[], issue.message)) };
}

/** Every reviewed file, read and validated, for the content gate. */
export function loadReviewInput(): ReviewInput {
  const dir = reviewDir();
  const reviews = load<Review[]>('reviews.yaml', reviewsSchema);
  const files = new Map<string, { file: ReviewFile; text: string }>();
  const problems = [...reviews.problems];
  // The review files are read only when reviews.yaml, which names them, is sound.
  if (reviews.data) {
    for (const name of readdirSync(dir)
      .filter((n) => /^incident-review-.*\.yaml$/.test(n))
      .sort()) {
      const { text, value, problem } = readYaml(resolve(dir, name));
      if (problem) problems.push(problem);
      else files.set(name, { file: reviewFile(value), text: text! });
    }
  }
  return {
    cues: load<CategoryCues>('category-cues.yaml', categoryCuesSchema),
    categoryReview: load<CategoryReviewEntry[]>('category-review.yaml', categoryReviewSchema),
    reviews: { ...reviews, problems, folder: shown(dir), files },
  };
}
