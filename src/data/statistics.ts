import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { checkContent } from './check-content.ts';
import type { StatisticSeries } from './entries.ts';

export type { StatisticSeries };

/** Every statistic series in its order, after every reference its values make has been checked. */
export async function getStatisticSeries(): Promise<StatisticSeries[]> {
  await checkContent();
  return (await getCollection('statistics')).sort((a, b) => a.data.order - b.data.order);
}

/** A series' values, each with the section entry it cites (if any), for linking to its source passage. */
export async function statisticValues(series: StatisticSeries) {
  return Promise.all(series.data.values.map(async (v) => ({ ...v, section: v.section ? await getEntry(v.section) : undefined })));
}
