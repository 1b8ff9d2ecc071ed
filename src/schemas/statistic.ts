import { z } from 'astro/zod';
import { partialDateSchema } from './partial-date.ts';

/**
 * A figure the reports track over the years (internet penetration, Kazakhtelecom's state
 * share …). Each value keeps the words it is printed in and the passage it comes from.
 * Official and independent estimates are kept apart by `estimate`.
 */
export const statisticValueFields = {
  date: partialDateSchema.describe('The date the figure is for (not the report year).'),
  value: z.number().describe('The figure as a number in the series\' unit, read from the printed words ("around 50 percent" is 50).'),
  printed: z.string().min(1).describe('The figure as printed, e.g. "53.3 percent".'),
  estimate: z.enum(['official', 'independent']).describe('official: government or state body; independent: ITU, companies, researchers.'),
  by: z.string().min(1).describe('Who gives the figure, as the report attributes it.'),
  paragraph: z.string().regex(/^p\d+$/).optional().describe('Paragraph anchor in the section; absent when the figure is in the report\'s fact box.'),
  note: z.number().int().positive().optional().describe('The note the report cites for it.'),
};

export const statisticFields = {
  title: z.string().min(3).describe('The name of the series, e.g. "Internet penetration".'),
  unit: z.string().min(1).describe('What the value measures, e.g. "percent of population".'),
  description: z.string().min(10),
  order: z.number().int().nonnegative(),
};
