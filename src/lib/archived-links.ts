import type { NoteSegment } from './citation-links.ts';

/**
 * Where the "(archived)" link goes after a URL in a note. Normally right after the URL. But some
 * notes print a space before their closing punctuation ("http://bit.ly/1Eb8Y0E ."), and the link
 * placed between them read "(archived) .", a stray space that looked like the archive's own. The
 * printed space and mark stay exactly as printed; the link moves after them: "… . (archived)".
 */
export type PlacedSegment = { kind: 'text'; text: string } | { kind: 'url'; text: string; href: string; before: string };

const SPACED_PUNCTUATION = /^\s+[.,;:]/;

export function placeArchivedLinks(segments: readonly NoteSegment[]): PlacedSegment[] {
  const placed: PlacedSegment[] = [];
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    if (segment.kind === 'text') {
      placed.push(segment);
      continue;
    }
    const next = segments[i + 1];
    const spaced = next?.kind === 'text' ? next.text.match(SPACED_PUNCTUATION)?.[0] : undefined;
    placed.push({ ...segment, before: spaced ?? '' });
    if (spaced && next?.kind === 'text') {
      const rest = next.text.slice(spaced.length);
      if (rest) placed.push({ kind: 'text', text: rest });
      i++;
    }
  }
  return placed;
}
