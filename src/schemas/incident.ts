import { z } from 'astro/zod';
import { daySchema, partialDateSchema } from './partial-date.ts';
import { incidentCategories } from '../lib/incident-categories.ts';

/**
 * A dated event the reports describe. The summary is the archive's own; everything else
 * comes from the reports, and each mention quotes the passage it rests on. The references
 * to topics and sections are added in src/content.config.ts, where reference() is available.
 */
export { incidentCategories };

export const categoryLabels: Record<(typeof incidentCategories)[number], string> = {
  'shutdown-or-disruption': 'Shutdown or disruption',
  blocking: 'Blocking',
  'content-removal': 'Content removal',
  'law-or-regulation': 'Law or regulation',
  'court-ruling': 'Court ruling',
  'prosecution-or-detention': 'Prosecution or detention',
  surveillance: 'Surveillance',
  cyberattack: 'Cyberattack',
  'violence-or-intimidation': 'Violence or intimidation',
  'market-and-infrastructure': 'Market and infrastructure',
  activism: 'Activism',
};

/** What a disagreement between the reports' accounts is about. */
export const disagreementKinds = ['date', 'figure', 'penalty', 'term', 'account'] as const;

export const disagreementSchema = z.object({
  about: z.enum(disagreementKinds).describe('What the accounts differ on: a date, a figure, a penalty, a term (a name or legal term) or the account itself.'),
  text: z.string().min(20).describe("In the archive's words, what each account says, naming its report."),
  mentions: z
    .array(z.number().int().positive())
    .min(2, 'a disagreement needs the positions of at least two mentions whose accounts differ')
    .describe('Positions (1-based) in `mentions` of the accounts shown side by side.'),
});

export const mentionFields = {
  paragraph: z.string().regex(/^p\d+$/, 'expected a paragraph anchor such as p3'),
  quote: z.string().min(10).describe('Verbatim from that paragraph, without note markers.'),
  notes: z.array(z.number().int().positive()).default([]).describe('Numbers of the notes the quoted passage cites.'),
  date: partialDateSchema.optional().describe('The date as this passage gives it, where it gives one.'),
};

export const incidentFields = {
  title: z.string().min(5).describe("A short title in the archive's own words."),
  date: partialDateSchema.describe('When it happened, with the precision the reports allow.'),
  endDate: partialDateSchema.optional(),
  categories: z.array(z.enum(incidentCategories)).min(1).describe('What kind of event it is, one or more of a fixed list (blocking, shutdown, prosecution …).'),
  places: z
    .array(z.string().min(1))
    .default([])
    .describe('Where it happened, as the reports name the places (cities, regions); empty for the whole country or where no place is given.'),
  summary: z.string().min(20).describe("A short, neutral summary in the archive's own words."),
  disagreement: disagreementSchema.optional().describe('Where the reports disagree (a date, a figure), what each says.'),
  added: daySchema
    .optional()
    .describe('The day the incident was added to the archive, when after its first edition (YYYY-MM-DD); absent for the first edition.'),
  because: z
    .partialRecord(
      z.enum(incidentCategories),
      z
        .string()
        .min(10)
        .refine((s) => !s.includes('\n'), 'expected one line'),
    )
    .optional()
    .describe(
      'For a category none of whose cue words (content/review/category-cues.yaml) stands in the quotes: one reviewed line saying why the incident has it.',
    ),
  plainly: z
    .string()
    .min(20)
    .optional()
    .describe(
      'Where a quote hedges something other than the event itself (a side claim, or the source the title names): the words of a quote, verbatim, that state the event with no hedge.',
    ),
  compatible: z
    .string()
    .min(10)
    .optional()
    .describe('Where accounts could look as if they differ but agree (e.g. "2004" lies within "2004–2005"), why they are compatible.'),
};
