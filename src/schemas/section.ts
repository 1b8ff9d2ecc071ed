import { z } from 'astro/zod';
import { noteSchema } from './note.ts';
import { indicatorSchema } from './score.ts';

/**
 * A section of a report: one page on the site. Its body (MDX) is the report text; note
 * markers in it are written [^n]. The reference to its report is added in
 * src/content.config.ts, where Astro's reference() is available.
 */
export const sectionFields = {
  order: z.number().int().nonnegative().describe('Position in the report, from 0.'),
  title: z.string().min(1).describe('The heading as printed (or as reconstructed, see heading).'),
  heading: z
    .object({
      basis: z.enum(['printed', 'reconstructed']),
      evidence: z.string().optional(),
    })
    .default({ basis: 'printed' })
    .refine((h) => h.basis === 'printed' || !!h.evidence, 'a reconstructed heading must give its evidence'),
  level: z.union([z.literal(1), z.literal(2)]).describe('1: a main part of the report; 2: a subsection of its parent.'),
  parent: z.string().optional().describe('Slug of the level-1 section this one belongs to.'),
  indicator: indicatorSchema.optional(),
  notes: z.array(noteSchema).default([]),
  notesStatement: z.string().optional().describe('Shown above the notes, e.g. why their texts are missing.'),
  truncatedParagraphs: z
    .array(
      z.object({
        paragraph: z.string().regex(/^p\d+$/, 'expected a paragraph anchor such as p3'),
        evidence: z.string().min(1).describe('Where and how the source cuts it off, e.g. "L412 ends mid-word: \u201cgovern\u201d".'),
      }),
    )
    .default([])
    .describe(
      "Paragraphs the source cuts off (mid-word or mid-sentence). The body keeps the text exactly as far as it goes; the page marks the cut. Record each in the report's editorialNotes too.",
    ),
};
