import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { reportSchema } from './schemas/report.ts';
import { sectionFields } from './schemas/section.ts';

// Tests build fixture sites by pointing this at another folder (see test/fixtures/).
const contentDir = process.env.ARCHIVE_CONTENT_DIR ?? './content';

const reports = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${contentDir}/reports` }),
  schema: reportSchema,
});

const sections = defineCollection({
  // The id is "<report>/<slug>", taken from the path, so slugs only need to be unique within a report.
  loader: glob({
    pattern: '*/*.mdx',
    base: `${contentDir}/sections`,
    generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
  }),
  schema: z.object({ report: reference('reports'), ...sectionFields }),
});

export const collections = { reports, sections };
