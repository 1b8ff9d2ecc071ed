import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'astro/zod';
import { lineOfField, type ContentProblem } from '../lib/content-rules/content-problem.ts';
import { strictDeep } from '../lib/content-rules/strict-schema.ts';
import { categoryCuesSchema, categoryReviewSchema, type CategoryCues, type CategoryReviewEntry } from '../lib/content-rules/category-rules.ts';
import { checkReviews, reviewsSchema, type ReviewCounts } from '../lib/content-rules/reviews.ts';

/**
 * The reviewed files in content/review/ that the build reads: the category cue table, the
 * settled category suggestions, and the records of full reviews (reviews.yaml and the files
 * it names). Each is parsed and validated here, with problems in the standard form
 * ("file:line: field: what is wrong; expected …"); the rules that use them run in
 * src/data/check-content.ts.
 */

const reviewDir = () => resolve(process.env.ARCHIVE_CONTENT_DIR ?? 'content', 'review');
const shown = (file: string) => relative(process.cwd(), file);

interface Loaded<T> {
  data?: T | undefined;
  problems: ContentProblem[];
}

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
    return { text, problem: { file: shown(file), field: 'file', message: `is not valid YAML (${error instanceof Error ? error.message.split('\n')[0] : String(error)}); expected YAML` } };
  }
}

function load<S extends z.ZodType>(name: string, schema: S): Loaded<z.infer<S>> {
  const file = resolve(reviewDir(), name);
  const { text, value, problem } = readYaml(file);
  if (problem) return { problems: [problem] };
  const parsed = strictDeep(schema).safeParse(value);
  if (parsed.success) return { data: parsed.data, problems: [] };
  return { problems: parsed.error.issues.map((issue) => problemIn(file, text, issue.path as (string | number)[], issue.message)) };
}

export function loadCategoryCues(): Loaded<CategoryCues> {
  return load('category-cues.yaml', categoryCuesSchema) as Loaded<CategoryCues>;
}

export function loadCategoryReview(): Loaded<CategoryReviewEntry[]> & { problemAt: (entry: number, field: string, message: string) => ContentProblem } {
  const file = resolve(reviewDir(), 'category-review.yaml');
  const loaded = load('category-review.yaml', categoryReviewSchema);
  const text = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  return { ...loaded, problemAt: (entry, field, message) => problemIn(file, text, [entry, field], message) };
}

/** The full reviews recorded in content/review/, checked against the incidents that exist. */
export function loadReviewRecords(incidentIds: ReadonlySet<string>): { problems: ContentProblem[]; counts: ReviewCounts[] } {
  const reviews = load('reviews.yaml', reviewsSchema);
  if (!reviews.data) return { problems: reviews.problems, counts: [] };
  const dir = reviewDir();
  const files = new Map<string, unknown>();
  const texts = new Map<string, string>();
  const problems: ContentProblem[] = [];
  for (const name of readdirSync(dir).filter((n) => /^incident-review-.*\.yaml$/.test(n)).sort()) {
    const { text, value, problem } = readYaml(resolve(dir, name));
    if (problem) problems.push(problem);
    else files.set(name, value);
    if (text !== undefined) texts.set(name, text);
  }
  const result = checkReviews(reviews.data, files, incidentIds);
  const reviewsText = readFileSync(resolve(dir, 'reviews.yaml'), 'utf8');
  for (const p of result.problems) {
    const file = resolve(dir, p.file);
    problems.push(problemIn(file, p.file === 'reviews.yaml' ? reviewsText : texts.get(p.file), p.path, p.message));
  }
  return { problems, counts: result.counts };
}
