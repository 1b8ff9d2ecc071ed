import { accessedDate, archiveUrl, splitNoteText, type NoteSegment } from './note-links.ts';
import { datetimeAttribute } from '../partial-date.ts';

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

/**
 * Robust Links (robustlinks.mementoweb.org) for the URLs of one note: each link carries its
 * original URL (data-originalurl), a Wayback Machine copy (data-versionurl) and the date that
 * copy stands for (data-versiondate).
 *
 * The date is the access date the note prints for that URL, where it prints one ("accessed
 * March 5, 2015", "accessed in March 2015", "(accessed May 1, 2007)"); otherwise the report's
 * publication date. Each keeps the precision printed or known: "2015-03-05", "2015-03",
 * "2015" (an approximate publication date, "~2013", gives its year, "2013"), in ISO 8601.
 *
 * A note can cite several sources, separated by semicolons, and an access date belongs to the
 * source it is printed in: "…200112law.pdf, accessed January 24, 2012; Nate Schenkkan, …,
 * February 14, 2012, http://www.eurasianet.org/node/64998" dates the first URL, not the
 * second (published three weeks after that access). So the date is looked for in the part of
 * the note between semicolons that holds the URL.
 *
 * The copy's URL is https://web.archive.org/web/<14-digit timestamp>/<original>: the date
 * padded to its first moment (src/lib/partial-date.ts, waybackTimestamp), and the Wayback
 * Machine redirects to the snapshot nearest it.
 */
export type RobustSegment =
  { kind: 'text'; text: string } | { kind: 'url'; text: string; href: string; before: string; versionUrl: string; versionDate: string };

export function robustLinks(text: string, published: string): RobustSegment[] {
  const placed = placeArchivedLinks(splitNoteText(text));
  // The parts of the note between semicolons (a semicolon inside a URL does not count), and
  // the part each URL is in, by segment index.
  const parts: string[] = [''];
  const partOf = new Map<number, number>();
  const add = (words: string) => {
    const [first = '', ...rest] = words.split(';');
    parts[parts.length - 1] += first;
    parts.push(...rest);
  };
  placed.forEach((segment, i) => {
    if (segment.kind === 'text') return add(segment.text);
    partOf.set(i, parts.length - 1);
    add(segment.text.replaceAll(';', ',') + segment.before);
  });
  const fallback = datetimeAttribute(published);
  return placed.map((segment, i) => {
    if (segment.kind === 'text') return segment;
    const when = accessedDate(parts[partOf.get(i)!]!) ?? fallback;
    return { ...segment, versionUrl: archiveUrl(segment.href, when), versionDate: datetimeAttribute(when) };
  });
}
