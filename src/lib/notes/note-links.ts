import { waybackTimestamp } from '../partial-date.ts';

/**
 * A note's text is kept exactly as printed; these helpers find what in it can be a
 * link, without changing the text itself.
 */

export type NoteSegment = { kind: 'text'; text: string } | { kind: 'url'; text: string; href: string };

// A URL runs to the next white space; trailing punctuation belongs to the sentence.
const URL_PATTERN = /https?:\/\/[^\s<>"“”]+/g;
const TRAILING_PUNCTUATION = /[.,;:)\]’'»]+$/;

/** Printed URLs sometimes carry typographic hyphens (U+2010, U+2011) from PDF extraction; a link needs ASCII ones. */
export function hrefForPrintedUrl(printed: string): string {
  return printed.replace(/[\u2010\u2011]/g, '-');
}

export function splitNoteText(text: string): NoteSegment[] {
  const segments: NoteSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    let url = match[0];
    const trailing = url.match(TRAILING_PUNCTUATION)?.[0] ?? '';
    // Keep a closing parenthesis that closes one opened inside the URL.
    url = url.slice(0, url.length - trailing.length);
    const start = match.index;
    if (start > last) segments.push({ kind: 'text', text: text.slice(last, start) });
    segments.push({ kind: 'url', text: url, href: hrefForPrintedUrl(url) });
    last = start + url.length;
  }
  if (last < text.length) segments.push({ kind: 'text', text: text.slice(last) });
  return segments;
}

export function noteUrls(text: string): string[] {
  return splitNoteText(text).flatMap((s) => (s.kind === 'url' ? [s.href] : []));
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/**
 * The access date a note prints, as a partial date, or undefined where it prints none. The
 * notes print it as "accessed July 2, 2013", "accessed on March 5, 2015", "(accessed May 1,
 * 2007)", "accessed March 2015" and "accessed in March 2015".
 */
export function accessedDate(text: string): string | undefined {
  const match = text.match(/accessed(?: on| in)? ([A-Za-z]+)\.? (?:(\d{1,2}),? )?(\d{4})/i);
  if (!match) return undefined;
  const month = MONTHS.indexOf(match[1]!.toLowerCase()) + 1;
  if (month === 0) return undefined;
  const mm = String(month).padStart(2, '0');
  return match[2] ? `${match[3]}-${mm}-${match[2].padStart(2, '0')}` : `${match[3]}-${mm}`;
}

/**
 * A link to the Internet Archive's copy of a URL nearest a date (see src/lib/notes/archived-links.ts
 * for which date), with a full 14-digit timestamp (see waybackTimestamp).
 */
export function archiveUrl(href: string, when: string): string {
  return `https://web.archive.org/web/${waybackTimestamp(when)}/${href}`;
}
