import { getCollection, type CollectionEntry } from 'astro:content';
import { checkContent } from './check-content.ts';

export type StatisticSeries = CollectionEntry<'statistics'>;

/** Every statistic series in its order, after every reference its values make has been checked. */
export async function getStatisticSeries(): Promise<StatisticSeries[]> {
  await checkContent();
  return (await getCollection('statistics')).sort((a, b) => a.data.order - b.data.order);
}
