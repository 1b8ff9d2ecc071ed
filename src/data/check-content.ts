import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { getCollection, getEntry } from 'astro:content';
import { failOnContentProblems } from '../lib/content-rules/content-problem.ts';
import { checkArchive, type ArchiveInput, type EntryFile } from '../lib/content-rules/gate.ts';
import { checkReviews, type ReviewCounts } from '../lib/content-rules/reviews.ts';
import { hasFiles } from './checked-glob.ts';
import { fileOf, type Move } from './entries.ts';
import { loadReviewInput } from './review-records.ts';
import { sectionBody, sectionBodyHtml } from './section-body-html.ts';

/** A path in the content folder (ARCHIVE_CONTENT_DIR, for fixture builds, or content/). */
const contentPath = (name: string) => resolve(process.env.ARCHIVE_CONTENT_DIR ?? 'content', name);

/**
 * Runs the content gate (src/lib/content-rules/gate.ts) once, before any page is rendered:
 * it loads every entry, and stops the build with one list of every problem, in the same form
 * as the schema checks. Every data getter in src/data awaits checkContent() first, so the
 * first page's getStaticPaths stops the build; `npm run check:content` runs it too.
 */
let checked: Promise<void> | undefined;
let reviewCounts: ReviewCounts[] = [];

export function checkContent(): Promise<void> {
  checked ??= run();
  return checked;
}

/** The full reviews recorded in content/review/ (checked with everything else), for the method page. */
export async function getReviewCounts(): Promise<ReviewCounts[]> {
  await checkContent();
  return reviewCounts;
}

async function run(): Promise<void> {
  const input = await loadArchive();
  failOnContentProblems(checkArchive(input));
  const { reviews } = input.review;
  const files = new Map([...reviews.files].map(([name, { file }]) => [name, file]));
  reviewCounts = reviews.data ? checkReviews(reviews.data, files, new Set(input.incidents.map((i) => i.id))).counts : [];
}

/**
 * The renamed pages. content/moves/ is optional: without a file there, there are none, and
 * Astro is not asked for the empty collection (it would warn that it is missing).
 */
export async function moveEntries(): Promise<Move[]> {
  return hasFiles(contentPath('moves'), '*.yaml') ? getCollection('moves') : [];
}

/** An entry as the gate takes it: its id, its data, the file it came from and that file's text (for line numbers). */
function withFile<E extends { id: string; filePath?: string | undefined; data: unknown }>(entry: E): EntryFile & { data: E['data'] } {
  const file = fileOf(entry);
  return { id: entry.id, file, text: readText(file), data: entry.data };
}

function readText(file: string): string | undefined {
  try {
    return readFileSync(resolve(file), 'utf8');
  } catch {
    return undefined;
  }
}

/** Every entry the gate checks, read through Astro's content layer (the same loaders as the pages). */
export async function loadArchive(): Promise<ArchiveInput> {
  const [reports, sections, anchors, incidents, topics, statistics, themes, themeGeneral, corrections, moves, archive] = await Promise.all([
    getCollection('reports'),
    getCollection('sections'),
    getCollection('anchors'),
    getCollection('incidents'),
    getCollection('topics'),
    getCollection('statistics'),
    getCollection('themes'),
    getEntry('themeGeneral', 'general'),
    getCollection('corrections'),
    moveEntries(),
    getEntry('archive', 'archive'),
  ]);
  const sourcesDir = contentPath('sources');
  const sources = new Map<string, string>();
  for (const report of reports) {
    const path = resolve(sourcesDir, report.data.sourceFile);
    if (existsSync(path)) sources.set(report.data.sourceFile, readFileSync(path, 'utf8'));
  }
  // The record of every page ever published (npm run published), so that new pages can be told apart.
  const record = contentPath('published.json');
  const publishedPages = existsSync(record)
    ? new Set(Object.keys((JSON.parse(readFileSync(record, 'utf8')) as { pages: Record<string, unknown> }).pages))
    : undefined;
  return {
    reports: reports.map(withFile),
    // Each section's body as written and as the section page renders it.
    sections: sections.map((s) => ({ ...withFile(s), body: sectionBody(s), html: sectionBodyHtml(s) })),
    anchors: anchors.map(withFile),
    incidents: incidents.map(withFile),
    topics: topics.map(withFile),
    statistics: statistics.map(withFile),
    themes: themes.map(withFile),
    themeGeneral: themeGeneral && withFile(themeGeneral),
    corrections: corrections.map(withFile),
    moves: moves.map(withFile),
    archive: archive?.data,
    review: loadReviewInput(),
    sources,
    publishedPages,
  };
}
