import { z } from 'astro/zod';
import { daySchema, partialDateSchema, periodSchema } from './partial-date.ts';
import { scaleDirectionSchema, yearScoresSchema } from './score.ts';

/**
 * A report: one edition of one publication about Kazakhstan. A base schema holds what
 * every report has; typed variants add what only Freedom on the Net editions (scores on
 * a scale, a coverage period) or country profiles (a key-indicator box) carry.
 */

const attributionSchema = z.object({
  name: z.string().min(1).nullable().describe('Publisher, or null where the source does not allow one to be named.'),
  basis: z.enum(['stated', 'inferred', 'unknown']).describe('stated: the source names it; inferred: deduced from evidence; unknown: not established.'),
  evidence: z.string().min(1).describe('How the attribution is known, citing the source.'),
});

const factSchema = z.object({
  label: z.string().min(1),
  value: z.string().min(1),
});

const factBoxSchema = z.object({
  title: z.string().min(1).describe('The box heading as printed, e.g. "Quick Facts".'),
  note: z.string().optional().describe('Editorial context, e.g. that the box is page furniture rather than report text.'),
  facts: z.array(factSchema).min(1),
});

const keyDevelopmentSchema = z.object({
  text: z.string().min(1).describe('The bullet, verbatim.'),
  sections: z.array(z.string()).default([]).describe('Slugs of the sections the bullet refers the reader to.'),
});

export const editorialNoteKinds = ['inference', 'repair', 'removal', 'gap', 'derived', 'kept-as-printed'] as const;

const editorialNoteSchema = z.object({
  kind: z.enum(editorialNoteKinds),
  text: z.string().min(1).describe('What was done or found, for readers.'),
  lines: z.string().optional().describe('Where in the source file, e.g. "L53, L83".'),
});

const baseReportSchema = z.object({
  title: z
    .string()
    .min(1)
    .describe("The report's full title, as printed or, where the source has none, as supplied by the archive (the editorial notes say which)."),
  shortTitle: z.string().min(1).describe('Used in lists and breadcrumbs.'),
  description: z.string().min(20).describe('One sentence for the page description and report list.'),
  publisher: attributionSchema.describe('Who published the report (name, or null), whether the source states it or it is inferred, and the evidence.'),
  published: z
    .object({
      date: partialDateSchema,
      basis: z.enum(['stated', 'inferred']),
      evidence: z.string().min(1),
    })
    .describe('When the report was published (a partial date), whether the source states it or it is inferred, and the evidence.'),
  reuse: z
    .object({
      printed: z.string().min(1).nullable().describe('The words, verbatim, or null where the source prints nothing about copyright or reuse.'),
      line: z.number().int().positive().optional().describe('The source line the words are printed on (1-based); only where printed.'),
    })
    .strict()
    .describe(
      "What the source prints about copyright or reuse of the report, quoted exactly (checked against the source file), or null: the report's text is its publisher's work, not covered by the archive's licence.",
    ),
  edition: z.number().int().describe('The year that names the edition, used to group and sort.'),
  // Required of a report whose page is not yet in content/published.json (src/lib/content-rules/added-dates.ts).
  added: daySchema.optional().describe('The day the report was added to the archive, when after its first edition (YYYY-MM-DD); absent for the first edition.'),
  sourceFile: z
    .string()
    .regex(
      /^\d{3,}_[0-9a-f]{16}\.txt$/,
      'expected a file name from content/sources/: three or more digits, an underscore, 16 hex digits, .txt (e.g. 000_8df55977683795a6.txt)',
    )
    .describe('The plain-text extract this edition is made from, served at /sources/<file>.'),
  textCondition: z
    .object({
      complete: z.boolean().describe('False where the source lost part of the report (start, end or sections).'),
      summary: z.string().min(1),
    })
    .describe('Whether the source text is complete, and a summary of what it lacks or how it was damaged.'),
  factBoxes: z.array(factBoxSchema).default([]).describe('Boxes of key facts printed with the report (title, label and value pairs), verbatim.'),
  keyDevelopments: z
    .object({
      heading: z.string().min(1),
      items: z.array(keyDevelopmentSchema).min(1),
    })
    .optional()
    .describe('The report\'s "Key developments" list: its heading and each bullet verbatim, with the sections it refers to.'),
  editorialNotes: z
    .array(editorialNoteSchema)
    .min(1, 'every report records at least how its source was edited')
    .describe('Every inference, repair, removal, gap and derived value in this edition, with its kind and the source lines.'),
});

export const freedomOnTheNetSchema = baseReportSchema.extend({
  kind: z.literal('freedom-on-the-net').describe('The kind of report: a scored Freedom on the Net edition, or a country profile without scores.'),
  coverage: periodSchema.describe('The period the edition covers (start and end partial dates), and how the source prints it.'),
  status: z.string().min(1).describe('Internet freedom status for the edition year, as printed.'),
  scale: z
    .object({
      direction: scaleDirectionSchema,
      printed: z.string().min(1).describe('How the source states the scale.'),
    })
    .describe('The direction of the score scale (lower-is-freer before 2019, higher-is-freer after) and how the source states it.'),
  scores: z
    .array(yearScoresSchema)
    .min(1)
    .describe('The scores as printed, per year: the total and each category, with maximum and status (the same rows as scores.json).'),
});

const keyIndicatorsSchema = z.object({
  title: z.string().min(1),
  scaleLabels: z.string().optional().describe('The bar labels printed in the box, e.g. "worst best".'),
  rows: z
    .array(
      z.object({
        label: z.string().min(1),
        value: z.string().min(1),
        position: z.string().optional().describe('The unlabelled second number printed beside the value.'),
      }),
    )
    .min(1),
  source: z.string().min(1).describe('The source line printed under the box.'),
});

export const countryProfileSchema = baseReportSchema.extend({
  kind: z.literal('country-profile').describe('The kind of report: a scored Freedom on the Net edition, or a country profile without scores.'),
  keyIndicators: keyIndicatorsSchema.optional().describe("The profile's key-indicator box as printed: its rows of label and value, and its source line."),
});

export const reportSchema = z.discriminatedUnion('kind', [freedomOnTheNetSchema, countryProfileSchema]);

export type ReportData = z.infer<typeof reportSchema>;
