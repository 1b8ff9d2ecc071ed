import { z } from 'astro/zod';

/**
 * Freedom on the Net changed direction in 2019: before, 0 was most free; from then on,
 * 100 is most free. Every score carries its direction so it is never read the wrong way.
 */
export const scaleDirectionSchema = z
  .enum(['lower-is-freer', 'higher-is-freer'])
  .describe('lower-is-freer: 0 = most free (FOTN to 2018); higher-is-freer: 0 = least free (FOTN from 2019).');

export const scoreCodeSchema = z.string().regex(/^(total|[ABC]|[ABC][1-8])$/, 'expected "total", a category letter (A, B, C) or an indicator code (A1 … C8)');

export const scoreSchema = z.object({
  code: scoreCodeSchema,
  label: z.string().min(1).describe('The name as printed, e.g. "Obstacles to Access".'),
  score: z.number().int().nonnegative(),
  max: z.number().int().positive(),
  printedScale: z.string().optional().describe('The scale as printed beside the score, e.g. "(0 = Best, 25 = Worst)".'),
});

/** The scores a report prints for one year, with the status it gives that year. */
export const yearScoresSchema = z
  .object({
    year: z.number().int().min(2000).max(2100),
    status: z.string().min(1).describe('Internet freedom status as printed for that year, e.g. "Not Free".'),
    scores: z.array(scoreSchema).min(1),
  })
  .superRefine((row, ctx) => {
    row.scores.forEach((s, i) => {
      if (s.score > s.max) {
        ctx.addIssue({ code: 'custom', path: ['scores', i, 'score'], message: `${s.code} score ${s.score} exceeds its maximum ${s.max}` });
      }
    });
  });

/** A 2020-style indicator: a question scored out of a small maximum. */
export const indicatorSchema = z
  .object({
    code: z.string().regex(/^[ABC][1-8]$/, 'expected an indicator code such as A1 or C8'),
    question: z.string().min(1),
    max: z.number().int().positive(),
    score: z.number().int().nonnegative(),
    derivation: z.string().optional().describe('Present only when the source lost the score and it was derived by arithmetic; says how.'),
  })
  .superRefine((ind, ctx) => {
    if (ind.score > ind.max) {
      ctx.addIssue({ code: 'custom', path: ['score'], message: `${ind.code} score ${ind.score} exceeds its maximum ${ind.max}` });
    }
  });
