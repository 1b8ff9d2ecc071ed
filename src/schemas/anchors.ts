import { z } from 'astro/zod';
import { daySchema } from './partial-date.ts';

/**
 * A section's permanent paragraph anchors (content/anchors/<report>/<section>.yaml), written
 * by `npm run anchors` and read by the build: see src/lib/paragraph-anchors.ts.
 */
const anchorId = z.string().regex(/^p\d+$/, 'expected a paragraph anchor such as p3');
const fingerprint = z.string().regex(/^[0-9a-f]{16}$/, 'expected the 16-hex-digit fingerprint `npm run anchors` writes');

export const anchorLockSchema = z
  .object({
    paragraphs: z.array(
      z.object({
        id: anchorId,
        fingerprint,
        starts: z.string().describe("The paragraph's first words, for people reading the file."),
        revised: z.array(daySchema).optional().describe('Days a correction changed its words.'),
      }),
    ),
    retired: z
      .array(
        z.object({
          id: anchorId,
          fingerprint,
          starts: z.string(),
          retired: daySchema.describe('The day a correction removed, merged or split it.'),
          fate: z.enum(['removed', 'merged', 'split']),
          into: z.array(anchorId).optional().describe('The paragraphs its text went into.'),
          after: anchorId.optional().describe('The paragraph it followed, where the retired anchor stands.'),
        }),
      )
      .default([]),
  })
  .superRefine((lock, ctx) => {
    const seen = new Set<string>();
    [...lock.paragraphs, ...lock.retired].forEach((anchor) => {
      if (seen.has(anchor.id))
        ctx.addIssue({ code: 'custom', path: ['paragraphs'], message: `${anchor.id} is recorded twice; expected every id once, active or retired` });
      seen.add(anchor.id);
    });
  });
