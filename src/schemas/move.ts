import { z } from 'astro/zod';
import { daySchema } from './partial-date.ts';

/** A renamed page: its old address keeps a page that links to the new one. */
const pagePath = z.string().regex(/^(incidents|topics)\/[a-z0-9-]+\/$/, 'expected "incidents/<slug>/" or "topics/<slug>/"');

export const moveSchema = z.object({
  from: pagePath.describe('The old address, without the base.'),
  to: pagePath.describe('The new address.'),
  date: daySchema.describe('The day of the rename (YYYY-MM-DD); a correction of kind "slug" is dated the same.'),
});
