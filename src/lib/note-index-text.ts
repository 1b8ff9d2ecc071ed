/**
 * A note as indexed: each URL shortened to its site ("http://www.zakon.kz/4654.html" → "zakon.kz").
 * The site is what a reader searches by; the paths are long strings of one-off words that
 * would swell the index every query downloads, and read badly in an excerpt.
 */
export function noteTextForIndex(text: string): string {
  return text.replace(/\bhttps?:\/\/(?:www\.)?([^/\s]+)\S*/g, '$1');
}
