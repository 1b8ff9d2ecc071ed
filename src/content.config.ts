import { defineCollection, reference } from 'astro:content';
import { file } from 'astro/loaders';
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
import { checkedGlob } from './data/checked-glob.ts';
import { strictDeep } from './lib/content-rules/strict-schema.ts';
import { themeSchema, generalParagraphsSchema } from './schemas/theme.ts';

// Tests build fixture sites by pointing this at another folder (see test/fixtures/).
const contentDir = process.env.ARCHIVE_CONTENT_DIR ?? './content';

// Every collection is read through checkedGlob (files that would be skipped, bad bytes, empty
// files, unsafe section bodies) and validated with strict schemas (an unknown field is an error
// with "did you mean"). See src/data/checked-glob.ts and src/lib/strict-schema.ts.
function collection<S extends z.ZodType>(
  pattern: string,
  folder: string,
  rawSchema: S,
  extra: {
    generateId?: (o: { entry: string }) => string;
    reportText?: boolean;
    frontmatterOnly?: boolean;
    bodyOutsideBundle?: boolean;
    optional?: boolean;
  } = {},
) {
  const schema = strictDeep(rawSchema);
  return defineCollection({ loader: checkedGlob({ pattern, base: `${contentDir}/${folder}`, schema, ...extra }), schema });
}

const reports = collection('*.mdx', 'reports', reportSchema, { frontmatterOnly: true, bodyOutsideBundle: true });

// The id is "<report>/<slug>", taken from the path, so slugs only need to be unique within a report.
const sections = collection('*/*.mdx', 'sections', z.object({ report: reference('reports'), ...sectionFields }), {
  generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
  reportText: true,
  // Rendered from their text by the pages that show them, not bundled as modules (see checked-glob.ts).
  bodyOutsideBundle: true,
});

const topics = collection('*.yaml', 'topics', topicSchema);

const incidents = collection(
  '*.yaml',
  'incidents',
  z.object({
    ...incidentFields,
    topics: z.array(reference('topics')).default([]),
    mentions: z.array(z.object({ section: reference('sections'), ...mentionFields })).min(1, 'every incident needs at least one mention'),
  }),
);

const statistics = collection(
  '*.yaml',
  'statistics',
  z.object({
    ...statisticFields,
    values: z.array(z.object({ report: reference('reports'), section: reference('sections').optional(), ...statisticValueFields })).min(1),
  }),
);

// Changes since the first edition (see "Links that last" in the README).
const corrections = collection('*.yaml', 'corrections', correctionSchema);

// Permanent paragraph anchors, one lockfile per section, with the section's id.
const anchors = collection('*/*.yaml', 'anchors', anchorLockSchema, { generateId: ({ entry }) => entry.replace(/\.yaml$/, '') });

// Renamed pages: their old addresses (see "Links that last" in the README). Optional: until a
// page is renamed there is no content/moves/ folder.
const moves = collection('*.yaml', 'moves', moveSchema, { optional: true });

// One entry, "archive": the first edition's date.
const archive = defineCollection({
  loader: file(`${contentDir}/archive.yaml`, { parser: (text) => ({ archive: parseYaml(text) }) }),
  schema: strictDeep(archiveSchema),
});

// Themes across editions: one question each, with the passages of every edition that answer it.
const themes = collection('*.yaml', 'themes', themeSchema);

// One entry, "general": paragraphs that belong to no theme, each with its reason.
const themeGeneral = defineCollection({
  loader: file(`${contentDir}/themes-general.yaml`, { parser: (text) => ({ general: parseYaml(text) }) }),
  schema: strictDeep(generalParagraphsSchema),
});

export const collections = { reports, sections, topics, incidents, statistics, corrections, anchors, moves, archive, themes, themeGeneral };
