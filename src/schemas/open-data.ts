import { z } from 'astro/zod';
import { noteStatusSchema } from './note.ts';
import { incidentFields, mentionFields } from './incident.ts';
import { partialDateSchema } from './partial-date.ts';
import { reportSchema } from './report.ts';
import { scaleDirectionSchema, scoreCodeSchema } from './score.ts';
import { statisticFields, statisticValueFields } from './statistic.ts';
import { NORMALISATION } from '../lib/verify/normalise.ts';

/**
 * The rows of the files under /data/. Each is built from the same field schemas that
 * validate the content, with references flattened to ids; their JSON Schemas are
 * generated from these (src/pages/data/schemas/[file].ts).
 */

const reportId = z.string().describe('Report id, e.g. fotn-2015 (see reports.json).');
const sectionId = z.string().describe('Section id, "<report>/<slug>"; its page is /reports/<report>/<slug>/.');

export const scoreRowSchema = z.object({
  report: reportId,
  year: z.number().int().describe("The year the score belongs to (the 2013 report prints 2012 and 2013; the 2020 report prints 2019's total)."),
  code: scoreCodeSchema.describe('"total", a category letter (A, B, C) or an indicator (A1 … C8).'),
  label: z.string().describe('The name as printed; for indicators, the question.'),
  score: z.number().int().describe('The score as printed (or derived).'),
  max: z.number().int().describe("The maximum of the score's scale."),
  scale: scaleDirectionSchema,
  freedom: z.number().int().describe('The score on a higher-is-freer scale: score, or max − score.'),
  derived: z.boolean().describe("True when the source lost the score and it was derived by arithmetic (2020's C3)."),
});

export const reportRowSchema = z.intersection(z.object({ id: reportId }), reportSchema);

export const citationRowSchema = z.object({
  report: reportId,
  section: sectionId,
  n: z.number().int().describe('The note number as printed (2020 numbers restart in every indicator).'),
  status: noteStatusSchema,
  text: z.string().nullable().describe('The note text exactly as printed; null when missing.'),
  urls: z.array(z.string()).describe('The URLs the note prints, as links.'),
  accessed: partialDateSchema.nullable().describe('The access date the note prints, if any.'),
  markerLost: z.boolean().describe("True when the extraction lost the note's marker from the text."),
  themes: z.array(z.string()).describe('The themes (ids in themes.json) of the paragraph or paragraphs that cite this note; empty when no marker survives.'),
});

export const incidentRowSchema = z.object({
  id: z.string().describe('Slug; the page is /incidents/<id>/.'),
  ...incidentFields,
  topics: z.array(z.string()).describe('Topic ids; pages at /topics/<id>/.'),
  reports: z.array(reportId).describe('The reports that mention it.'),
  mentions: z
    .array(z.object({ report: reportId, section: sectionId, ...mentionFields }))
    .min(1)
    .describe(
      'Every passage in every report that describes the incident: report, section, paragraph anchor, a verbatim quote, the notes it cites and the date it gives.',
    ),
});

export const statisticRowSchema = z.object({
  series: z.string().describe('Series id.'),
  title: statisticFields.title,
  unit: statisticFields.unit,
  report: reportId,
  section: sectionId.nullable().describe('Section id, "<report>/<slug>", where the figure is printed; null for a figure from the report\'s fact box.'),
  ...statisticValueFields,
  paragraph: z.string().nullable().describe("Paragraph anchor in the section (p1, p2 …); null for a figure from the report's fact box."),
  note: z.number().int().nullable().describe('The note the report cites for the figure, if any.'),
});

export const themeRowSchema = z.object({
  theme: z.string().describe('Theme id; the page is /themes/<id>/.'),
  code: z.string().nullable().describe('The 2020 indicator the theme follows (A1 … C8); null for a theme the indicators do not cover.'),
  title: z.string().describe("The theme's title."),
  question: z.string().describe('The question the theme follows: for an indicator, as the 2020 edition prints it.'),
  report: reportId,
  section: sectionId,
  paragraph: z.string().describe('Paragraph anchor in the section (p1, p2 …): /reports/<report>/<slug>/#<paragraph>.'),
  reason: z.string().describe("Why the paragraph speaks to the theme, in the archive's words (editorial)."),
});

export const paragraphRowSchema = z.object({
  report: reportId,
  section: sectionId,
  anchor: z
    .string()
    .regex(/^(p\d+|note-\d+)$/)
    .describe('The permanent anchor on the section page: p7 for a paragraph (¶7), note-12 for note 12.'),
  kind: z.enum(['paragraph', 'note']).describe("paragraph: a paragraph, list item or block quotation of report text; note: one of the report's notes."),
  url: z.string().url().describe('The permanent URL of the paragraph or note: the section page with the anchor as its fragment.'),
  text: z
    .string()
    .describe(
      'The text as published: exactly the words a reader sees in the paragraph or note on the section page, without what the site adds (the ¶ number, note markers, "Cite" and incident links, back-links, "archived" links, notices such as "[The source breaks off here.]" or "Text not in the source copy."), with each run of white space written as one space and no space at either end. Quotes, dashes and case are as printed. This is the text incidents\' quotes are matched against. Empty for a note whose text the source lost.',
    ),
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .describe(`The SHA-256, in lowercase hex, of the text after this normalisation: ${NORMALISATION}`),
});

export type ParagraphRow = z.infer<typeof paragraphRowSchema>;
