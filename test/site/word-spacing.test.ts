import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pages } from './site.ts';

// Rule: the archive's own sentences keep the space before a link or a date. Astro drops the line
// break between a word and a tag that starts the next source line ("the\n<a …>search page</a>"
// becomes "thesearch page"), so a page's text would read "Theopen data" or "dated4 December".
// Note markers, ¶ links and the like follow words on purpose and are not sentences' words.
// A label in bold before a link ("<strong>Read offline:</strong><a …>") and a list joined by dots
// ("HTML ·<a …>EPUB") glue the same way, and so does a parenthesis after a link ("PDF</a>(").
const GLUED =
  /(?:[A-Za-z0-9.,;:·]|[.,;:]<\/strong>)<(?:a|time)\b(?![^>]*class="(?:note-ref|permalink|cite-link|skip-link|site-name)")[^>]*>[A-Za-z0-9“]|<\/a>\(/g;

test('no word runs into the link or date after it', () => {
  const glued = pages().flatMap((page) => [...page.root.toString().matchAll(GLUED)].map(([m]) => `${page.file}: ${m}`));
  assert.deepEqual(glued, []);
});
