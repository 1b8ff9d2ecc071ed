import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import { reportSchema } from './schemas/report.ts';
import { sectionFields } from './schemas/section.ts';
import { incidentFields, mentionFields } from './schemas/incident.ts';
import { topicSchema } from './schemas/topic.ts';
import { statisticFields, statisticValueFields } from './schemas/statistic.ts';
import { correctionSchema } from './schemas/correction.ts';
import { anchorLockSchema } from './schemas/anchors.ts';
import { moveSchema } from './schemas/move.ts';
import { archiveSchema } from './schemas/archive.ts';
import { themeSchema, generalParagraphsSchema } from './schemas/theme.ts';

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

// Permanent paragraph anchors, one lockfile per section, with the section's id.
const anchors = defineCollection({
  loader: glob({ pattern: '*/*.yaml', base: `${contentDir}/anchors`, generateId: ({ entry }) => entry.replace(/\.yaml$/, '') }),
  schema: anchorLockSchema,
});

// Renamed pages: their old addresses (see content/moves/README.md).
const moves = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${contentDir}/moves` }),
  schema: moveSchema,
});

// One entry, "archive": the first edition's date.
const archive = defineCollection({
  loader: file(`${contentDir}/archive.yaml`, { parser: (text) => ({ archive: parseYaml(text) }) }),
  schema: archiveSchema,
});

// Themes across editions: one question each, with the passages of every edition that answer it.
const themes = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${contentDir}/themes` }),
  schema: themeSchema,
});

// One entry, "general": paragraphs that belong to no theme, each with its reason.
const themeGeneral = defineCollection({
  loader: file(`${contentDir}/themes-general.yaml`, { parser: (text) => ({ general: parseYaml(text) }) }),
  schema: generalParagraphsSchema,
});

export const collections = { reports, sections, topics, incidents, statistics, corrections, anchors, moves, archive, themes, themeGeneral };
