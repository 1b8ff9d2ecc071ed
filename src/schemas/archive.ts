import { z } from 'astro/zod';
import { daySchema } from './partial-date.ts';

/** Facts about the archive itself (content/archive.yaml). */
export const archiveSchema = z.object({
  firstEdition: daySchema.describe('The day the first edition was published; later changes are corrections.'),
});
