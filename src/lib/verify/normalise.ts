/**
 * The one normalisation used to fingerprint a passage (/data/paragraphs.json's sha256) and to
 * compare a quotation with the reports (/verify/). It is stated, in these words, in the JSON
 * Schema of /data/paragraphs.json (NORMALISATION below), so anyone can recompute a fingerprint:
 *
 * 1. Unicode NFC;
 * 2. curly and other typographic quotes to straight ones: ‘ ’ ‚ ‛ ′ ` ´ → ' and “ ” „ ‟ ″ « » → ";
 * 3. dashes and the minus sign (‐ ‑ ‒ – — ― −) → "-";
 * 4. every run of white space (spaces, no-break spaces, tabs, line breaks) → one space;
 * 5. leading and trailing white space removed.
 *
 * Nothing else changes: letter case, other punctuation and the ellipsis stay as they are.
 */

export const NORMALISATION =
  "Unicode NFC; the quotation marks ‘ ’ ‚ ‛ ′ ` ´ replaced by ' (U+0027) and “ ” „ ‟ ″ « » by \" (U+0022); the dashes ‐ ‑ ‒ – — ― and the minus sign − replaced by - (U+002D); every run of white space (as JavaScript's \\s: spaces, no-break spaces, tabs, line breaks) replaced by one space (U+0020); leading and trailing spaces removed. Nothing else is changed (letter case, other punctuation and ellipses stay as printed). The result is encoded as UTF-8 before hashing.";

const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032`\u00B4]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g;
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g;

/** Quotes and dashes only, one character for one: safe to apply to any piece of a text. */
export function normaliseCharacters(text: string): string {
  return text.normalize('NFC').replace(SINGLE_QUOTES, "'").replace(DOUBLE_QUOTES, '"').replace(DASHES, '-');
}

/** The full normalisation: characters, then white space collapsed and trimmed. */
export function normaliseText(text: string): string {
  return normaliseCharacters(text).replace(/\s+/g, ' ').trim();
}
