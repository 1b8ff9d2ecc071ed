import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { normaliseText } from '../../src/lib/verify/normalise.ts';
import type { ParagraphRow } from '../../src/schemas/open-data.ts';
import { pages, siteDir } from './site.ts';

// /data/paragraphs.json against the built section pages: every row's text is the text its
// element shows (read from the HTML, without what the site adds), its sha256 is that text's
// fingerprint, its URL ends in its anchor, and every paragraph and note on a section page has
// its row.

type Row = ParagraphRow;

const rows = JSON.parse(readFileSync(join(siteDir, 'data/paragraphs.json'), 'utf8')) as Row[];
const sectionPages = pages().filter((p) => p.root.querySelector('.report-text') && /^reports\/[^/]+\/[^/]+\/index\.html$/.test(p.file));

/** The words a reader sees in an element, without what the site adds (marked data-pagefind-ignore), white space collapsed. */
function shownText(element: HTMLElement | null): string {
  if (!element) return '';
  const copy = parse(element.outerHTML);
  copy.querySelectorAll('[data-pagefind-ignore]').forEach((added) => added.remove());
  return copy.text.replace(/\s+/g, ' ').trim();
}

/** Every paragraph and note of a section page, by anchor, with its shown text. */
function passagesOf(root: HTMLElement): Map<string, { kind: Row['kind']; text: string }> {
  const found = new Map<string, { kind: Row['kind']; text: string }>();
  for (const el of root.querySelector('.report-text')!.querySelectorAll('p[id], li[id], blockquote[id]')) {
    if (el.classList.contains('retired-anchor')) continue;
    found.set(el.id, { kind: 'paragraph', text: shownText(el.querySelector('.para-text')) });
  }
  for (const el of root.querySelectorAll('.notes li[id]')) found.set(el.id, { kind: 'note', text: shownText(el.querySelector('.note-text')) });
  return found;
}

const fingerprint = (text: string) => createHash('sha256').update(normaliseText(text), 'utf8').digest('hex');

test('paragraphs.json has rows, from every section page', () => {
  assert.ok(sectionPages.length > 0, 'no section pages in the build');
  const sections = new Set(rows.map((r) => r.section));
  assert.deepEqual(
    sectionPages.map((p) => p.file.replace(/^reports\//, '').replace(/\/index\.html$/, '')).filter((s) => !sections.has(s)),
    [],
    'section pages with no rows',
  );
});

test("every row is the text its paragraph or note shows on the built page, and its sha256 is that text's fingerprint", () => {
  const problems: string[] = [];
  const byFile = new Map(sectionPages.map((p) => [p.file, passagesOf(p.root)]));
  for (const row of rows) {
    const where = `${row.section}#${row.anchor}`;
    const passages = byFile.get(`reports/${row.section}/index.html`);
    const shown = passages?.get(row.anchor);
    if (!shown) {
      problems.push(`${where}: no such paragraph or note on the built page`);
      continue;
    }
    if (shown.kind !== row.kind) problems.push(`${where}: kind ${row.kind}, but the page has a ${shown.kind}`);
    if (shown.text !== row.text) problems.push(`${where}: text differs from the page; expected “${shown.text.slice(0, 80)}…”, got “${row.text.slice(0, 80)}…”`);
    if (row.sha256 !== fingerprint(shown.text))
      problems.push(`${where}: sha256 ${row.sha256} is not the fingerprint of the page's text (${fingerprint(shown.text)})`);
    if (!row.url.endsWith(`/reports/${row.section}/#${row.anchor}`) || !/^https?:\/\//.test(row.url))
      problems.push(`${where}: url ${row.url} is not the absolute permanent URL of the anchor`);
    if (row.report !== row.section.split('/')[0]) problems.push(`${where}: report ${row.report} is not the section's`);
  }
  assert.deepEqual(problems, []);
});

test('every paragraph and note of every built section page has exactly one row', () => {
  const keys = rows.map((r) => `${r.section}#${r.anchor}`);
  assert.equal(new Set(keys).size, keys.length, 'a paragraph or note has more than one row');
  const have = new Set(keys);
  const missing = sectionPages.flatMap((p) => {
    const section = p.file.replace(/^reports\//, '').replace(/\/index\.html$/, '');
    return [...passagesOf(p.root).keys()].map((anchor) => `${section}#${anchor}`).filter((key) => !have.has(key));
  });
  assert.deepEqual(missing, []);
});

test('the fingerprint rule is stated in the schema: normalisation and hash', () => {
  const schema = readFileSync(join(siteDir, 'data/schemas/paragraphs.schema.json'), 'utf8');
  for (const words of ['SHA-256', 'NFC', 'white space', 'U+0027', 'U+0022', 'U+002D']) assert.ok(schema.includes(words), `the schema does not state ${words}`);
});
