import { z } from 'astro/zod';
import { PARTIAL_DATE_PATTERN, parsePartialDate } from '../lib/partial-date.ts';

/** A date with the precision the source gives it; see src/lib/partial-date.ts. */
export const partialDateSchema = z
  .string()
  .regex(PARTIAL_DATE_PATTERN, 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD, optionally prefixed with ~ for "approximate"')
  .refine((value) => {
    try {
      parsePartialDate(value);
      return true;
    } catch {
      return false;
    }
  }, 'expected a calendar date that exists')
  .describe('A date with its precision: YYYY (year), YYYY-MM (month), YYYY-MM-DD (day); a leading ~ marks it approximate.');

/** A period such as a report's coverage: "June 2014 - May 2015". */
export const periodSchema = z.object({
  start: partialDateSchema,
  end: partialDateSchema,
  printed: z.string().optional().describe('The period as the source prints it, if it does.'),
});

/** A day, for records the archive keeps about itself (corrections, additions): YYYY-MM-DD. */
export const daySchema = partialDateSchema.and(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a day as YYYY-MM-DD'));
