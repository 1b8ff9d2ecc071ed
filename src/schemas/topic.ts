import { z } from 'astro/zod';

/** An actor, law, platform, person or place that incidents and passages involve. */
export const topicKinds = ['organisation', 'law', 'platform', 'person', 'place'] as const;

export const topicSchema = z.object({
  name: z.string().min(1),
  kind: z.enum(topicKinds),
  aliases: z.array(z.string().min(1)).default([]).describe('Other names the reports use, exactly as printed (e.g. "KNB" for the National Security Committee).'),
  otherNames: z
    .array(z.string().min(1))
    .default([])
    .describe(
      'Names the reports do not print but a reader may search with: Russian and Kazakh (Cyrillic) names, other transliterations, former and later names (e.g. "КНБ", "Qazaqtelecom"). Search finds the topic, and its passages, under these.',
    ),
  description: z.string().min(10).max(240).describe("One line in the archive's own words."),
});
