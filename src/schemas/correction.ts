import { z } from 'astro/zod';
import { daySchema } from './partial-date.ts';

/**
 * A change to published content, recorded so that it is never silent: report text, notes,
 * scores, incident facts, topics, statistics, paragraph anchors. Each file in
 * content/corrections/ is one correction; /changes/ and its feed list them all, and each
 * page a correction affects shows it.
 */
// licence: what the site says about who may reuse what (the archive's licence, a report's rights).
// citation: how the archive's pages are cited (formats, item types, head tags).
// data: what the open data under /data/ offers (its files, fields and schemas), not the values in it.
export const correctionKinds = [
  'report-text',
  'note',
  'score',
  'incident',
  'incident-removed',
  'topic',
  'statistic',
  'anchor',
  'slug',
  'licence',
  'citation',
  'data',
] as const;

export const correctionSchema = z.object({
  date: daySchema.describe('The day the change was published (YYYY-MM-DD).'),
  kind: z.enum(correctionKinds),
  title: z.string().min(5).describe('One line: what was corrected.'),
  targets: z
    .array(
      z
        .string()
        .regex(
          /^(reports|incidents|topics|statistics|scores|data|about|downloads)\/[^#\s]*(#[\w-]+)?$/,
          'expected a site path such as "incidents/<slug>/", "reports/<id>/<section>/#p3" or "downloads/<id>.html"',
        ),
    )
    .min(1)
    .describe('Site paths (without the base) of what changed, with a #fragment for a paragraph or note.'),
  what: z.string().min(10).describe('What changed: the old and the new, in words a reader can check.'),
  why: z.string().min(10).describe('Why: the evidence in the sources for the change.'),
});
