import { z } from 'astro/zod';
import { partialDateSchema } from './partial-date.ts';

/**
 * What a statistic value is, as the passage it comes from presents it. A budget plan is not
 * spending and a minister's claim is not a measurement: the kind is shown beside every value,
 * charts never join values of different kinds into one line, and the open data carries it.
 */
export const statisticKindMeanings = {
  measured: 'The passage states the figure as a fact: a count, a measurement, a price, or a term a law sets.',
  estimate: 'The passage presents the figure as an estimate or an approximation ("estimated by", "around", "about", "approximately", "could be").',
  'plan-or-target': 'A budget plan, pledge or target: what was to be spent or reached, not what was.',
  'official-claim': 'A figure a government body or official gives, which the report attributes to them ("official data", "claimed", "announced", "stated").',
} as const;

export const statisticKinds = Object.keys(statisticKindMeanings) as [keyof typeof statisticKindMeanings, ...(keyof typeof statisticKindMeanings)[]];
export type StatisticKind = (typeof statisticKinds)[number];

/** How the kind is named beside a value and in chart legends. */
export const statisticKindLabels: Record<StatisticKind, string> = {
  measured: 'measured',
  estimate: 'estimate',
  'plan-or-target': 'plan or target, not an outcome',
  'official-claim': 'official claim',
};

export const statisticKindSchema = z
  .enum(statisticKinds)
  .describe(`What the value is, as its passage presents it. ${statisticKinds.map((k) => `${k}: ${statisticKindMeanings[k]}`).join(' ')}`);

/**
 * A figure the reports track over the years (internet penetration, Kazakhtelecom's state
 * share …). Each value keeps the words it is printed in and the passage it comes from.
 * Official and independent sources are kept apart by `estimate`; what the value is
 * (measured, estimated, planned, claimed) by `kind`.
 */
export const statisticValueFields = {
  date: partialDateSchema.describe('The date the figure is for (not the report year).'),
  value: z.number().describe('The figure as a number in the series\' unit, read from the printed words ("around 50 percent" is 50).'),
  printed: z.string().min(1).describe('The figure as printed, e.g. "53.3 percent".'),
  kind: statisticKindSchema,
  estimate: z
    .enum(['official', 'independent'])
    .describe("Who gives it: official, a government or state body; independent, ITU, companies, researchers, the report's authors."),
  by: z.string().min(1).describe('Who gives the figure, as the report attributes it.'),
  paragraph: z
    .string()
    .regex(/^p\d+$/)
    .optional()
    .describe("Paragraph anchor in the section; absent when the figure is in the report's fact box."),
  note: z.number().int().positive().optional().describe('The note the report cites for it.'),
};

export const statisticFields = {
  title: z.string().min(3).describe('The name of the series, e.g. "Internet penetration".'),
  unit: z.string().min(1).describe('What the value measures, e.g. "percent of population".'),
  description: z.string().min(10),
  order: z.number().int().nonnegative(),
};
