import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { reportSchema } from './schemas/report.ts';
import { sectionFields } from './schemas/section.ts';
import { incidentFields, mentionFields } from './schemas/incident.ts';
import { topicSchema } from './schemas/topic.ts';
import { statisticFields, statisticValueFields } from './schemas/statistic.ts';
import { correctionSchema } from './schemas/correction.ts';

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

const topics = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${contentDir}/topics` }),
  schema: topicSchema,
});

const incidents = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${contentDir}/incidents` }),
  schema: z.object({
    ...incidentFields,
    topics: z.array(reference('topics')).default([]),
    mentions: z.array(z.object({ section: reference('sections'), ...mentionFields })).min(1, 'every incident needs at least one mention'),
  }),
});

const statistics = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${contentDir}/statistics` }),
  schema: z.object({
    ...statisticFields,
    values: z.array(z.object({ report: reference('reports'), section: reference('sections').optional(), ...statisticValueFields })).min(1),
  }),
});

const corrections = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${contentDir}/corrections` }),
  schema: correctionSchema,
});

export const collections = { reports, sections, topics, incidents, statistics, corrections };
