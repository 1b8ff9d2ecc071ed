import { z } from 'astro/zod';

/**
 * Themes across editions (content/themes/<slug>.yaml): one question of the methodology,
 * and the passages of every edition that speak to it. The spine is the 2020 edition's 21
 * indicators (A1 … C8); a few themes cover what the indicators do not. Paragraphs that
 * belong to no theme are listed in content/themes-general.yaml, each with a reason, so every
 * paragraph of report text is either mapped or recorded as general.
 */

export const sectionIdSchema = z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'expected "<report>/<section slug>", e.g. "fotn-2015/blocking-and-filtering"');

export const paragraphIdSchema = z.string().regex(/^p\d+$/, 'expected a paragraph anchor such as "p3" (see content/anchors/)');

/** One link between a passage of a report and a theme (or the general record). */
export const themePassageSchema = z.object({
  section: sectionIdSchema.describe('The section, "<report>/<slug>".'),
  paragraphs: z.array(paragraphIdSchema).min(1).optional().describe('The paragraphs, by permanent anchor; absent: the whole section.'),
  reason: z
    .string()
    .min(10)
    .max(200)
    .refine((s) => !s.includes('\n'), 'expected one line')
    .describe("One line in the archive's words: why this passage speaks to the theme."),
});

export const indicatorCodeSchema = z.string().regex(/^[ABC][1-8]$/, 'expected a 2020 indicator code such as "B1"');

export const themeSchema = z.object({
  code: indicatorCodeSchema.optional().describe('The 2020 indicator this theme follows; absent for a theme the indicators do not cover.'),
  title: z.string().min(3).max(80),
  question: z.string().min(10).describe("For an indicator: its question exactly as the 2020 edition prints it; otherwise the archive's question."),
  order: z.number().int().positive().describe('Position in the list of themes.'),
  passages: z.array(themePassageSchema).min(1, 'a theme needs at least one passage'),
});

export const generalParagraphsSchema = z.object({
  passages: z.array(themePassageSchema).describe('Paragraphs of report text that belong to no theme, each with the reason.'),
});
