import { readFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { shownResults } from './search-results.ts';

// The ranking test set (test/search/queries.yaml), run against the built index in one page:
// the first query opens the search page, the others are submitted on it (e2e/search-results.ts).
const target = z
  .string()
  .regex(
    /^([a-z0-9-]+\/[a-z0-9-]+#(p|note-)\d+|(topics|incidents)\/[a-z0-9-]+)$/,
    'expected "<report>/<section>#<anchor>", "topics/<slug>" or "incidents/<slug>"',
  );
const querySchema = z.object({
  query: z.string().min(1),
  type: z.enum(['name', 'platform', 'law', 'place', 'phrase', 'quoted', 'cyrillic', 'misspelling', 'year']),
  reports: z.array(z.string()).min(1),
  shows: z.array(target).default([]),
  first: target.optional(),
  absent: z.array(z.string()).default([]),
});
const queries = z
  .array(querySchema)
  .min(40)
  .parse(parse(readFileSync('test/search/queries.yaml', 'utf8')));
const reportTitles = new Map(
  (JSON.parse(readFileSync('dist/data/reports.json', 'utf8')) as { id: string; shortTitle: string }[]).map((r) => [r.id, r.shortTitle]),
);

/** The link a target has on the results page (without the site's base). */
const linkOf = (t: string) => (t.includes('#') ? `/reports/${t.replace('#', '/#')}` : `/${t}/`);

test('the ranking test set covers every kind of query', () => {
  const types = new Set(queries.map((q) => q.type));
  for (const type of querySchema.shape.type.options) expect(types, `no ${type} query in the test set`).toContain(type);
});

test('every query of the ranking test set shows what it must on the first screen', async ({ page }) => {
  test.setTimeout(240_000);
  for (const q of queries) {
    const { status, groups } = await shownResults(page, q.query);
    const where = `“${q.query}” (${status})`;
    const names = groups.map((g) => g.name);
    for (const report of q.reports) expect.soft(names, `${where}: report ${report} missing`).toContain(reportTitles.get(report));
    for (const report of q.absent) expect.soft(names, `${where}: report ${report} should not match`).not.toContain(reportTitles.get(report));
    const shown = groups.flatMap((g) => g.links);
    for (const t of q.shows) expect.soft(shown, `${where}: ${t} not on the first screen`).toContain(linkOf(t));
    if (q.first) expect.soft(shown[0], `${where}: first result`).toBe(linkOf(q.first));
  }
});
