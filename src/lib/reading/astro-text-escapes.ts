/**
 * Escapes text between tags as Astro escapes text it renders: besides `&` and `<`, which any
 * HTML writer escapes, the quotes and `>` (&#39; &quot; &gt;). Section bodies are written out by
 * Sätteri's HTML renderer (src/data/section-body-html.ts), which leaves quotes as they are; this
 * keeps the pages byte for byte what they were when Astro rendered the MDX itself. Tags, and
 * the quoted attribute values inside them, are left untouched; existing entities stay as they are.
 */
const TAG = /<(?:[^>"']|"[^"]*"|'[^']*')*>/g;

const escapeText = (text: string) => text.replace(/'/g, '&#39;').replace(/"/g, '&quot;').replace(/>/g, '&gt;');

export function escapeTextAsAstro(html: string): string {
  let result = '';
  let last = 0;
  for (const match of html.matchAll(TAG)) {
    result += escapeText(html.slice(last, match.index)) + match[0];
    last = match.index + match[0].length;
  }
  return result + escapeText(html.slice(last));
}
