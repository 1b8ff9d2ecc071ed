import { z } from 'astro/zod';

/**
 * One note of a report, kept exactly as printed. `n` is the number as printed; in the
 * 2020 edition numbering restarts in every indicator, so a note is identified by its
 * section and its number together.
 */
export const noteStatusSchema = z
  .enum(['present', 'truncated', 'missing'])
  .describe('present: the full text survives; truncated: the source cut it short; missing: the source lost the text.');

export const noteSchema = z
  .object({
    n: z.number().int().positive().describe('The note number as printed.'),
    status: noteStatusSchema,
    text: z.string().min(1).optional().describe('The note text, verbatim. Absent only when status is missing.'),
    markerLost: z.boolean().default(false).describe("True when the extraction lost this note's marker from the body text."),
  })
  .superRefine((note, ctx) => {
    if (note.status === 'missing' && note.text !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['text'], message: `note ${note.n} is marked missing, so it must not have text` });
    }
    if (note.status !== 'missing' && note.text === undefined) {
      ctx.addIssue({ code: 'custom', path: ['text'], message: `note ${note.n} is ${note.status}, so its text is required` });
    }
  });

export type Note = z.infer<typeof noteSchema>;
