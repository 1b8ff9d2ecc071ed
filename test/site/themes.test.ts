import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { HTMLElement } from 'node-html-parser';
import { contentDir } from '../content.ts';
import { indexThemes, unmappedParagraphs, type ThemeInput } from '../../src/lib/themes/themes.ts';
import { pageByFile, siteBase, siteDir, testOfReport } from './site.ts';

// Themes across editions: every paragraph of report text is mapped to a theme or recorded as
// general; every theme page quotes and links each paragraph mapped to it, word for word as its
// section prints it; every section page links to its themes; the open data carries them.

const yaml = (path: string) => parse(readFileSync(path, 'utf8'));

// Each section's active paragraph anchors, in reading order, from the lockfiles.
const paragraphsOf = new Map<string, string[]>();
for (const report of readdirSync(join(contentDir, 'anchors'))) {
  for (const file of readdirSync(join(contentDir, 'anchors', report)).filter((f) => f.endsWith('.yaml'))) {
    paragraphsOf.set(
      `${report}/${file.replace(/\.yaml$/, '')}`,
      yaml(join(contentDir, 'anchors', report, file)).paragraphs.map((p: { id: string }) => p.id),
    );
  }
}
const themeFiles = readdirSync(join(contentDir, 'themes')).filter((f) => f.endsWith('.yaml'));
const themes: ThemeInput[] = themeFiles.map((f) => ({
  slug: f.replace(/\.yaml$/, ''),
  file: `content/themes/${f}`,
  passages: yaml(join(contentDir, 'themes', f)).passages,
}));
const general = { file: 'content/themes-general.yaml', passages: yaml(join(contentDir, 'themes-general.yaml')).passages };
const index = indexThemes(themes, general, paragraphsOf);

test('every theme and the general record name only sections and paragraphs that exist', () => {
  assert.deepEqual(index.problems, []);
});

test('every paragraph of report text belongs to a theme or is recorded as general', () => {
  assert.ok(paragraphsOf.size > 0 && themes.length > 0);
  const unmapped = unmappedParagraphs(index, paragraphsOf);
  assert.deepEqual(
    unmapped.map((u) => `${u.section} ${u.paragraph}`),
    [],
    `${unmapped.length} paragraphs belong to no theme; add them to a file in content/themes/ or to content/themes-general.yaml`,
  );
});

/** A paragraph's words as a reader sees them, without the archive's additions. */
function words(element: HTMLElement): string {
  const copy = element.clone() as HTMLElement;
  copy.querySelectorAll('.permalink, .note-ref, .incident-links, .cite-link').forEach((el) => el.remove());
  return copy.text.replace(/\s+/g, ' ').trim();
}

for (const theme of themes) {
  test(`the ${theme.slug} theme page quotes and links every paragraph mapped to it`, () => {
    const page = pageByFile(`themes/${theme.slug}/index.html`);
    assert.ok(page, `no page themes/${theme.slug}/`);
    for (const passage of index.passagesOf.get(theme.slug)!) {
      const section = pageByFile(`reports/${passage.section}/index.html`)!;
      for (const id of passage.paragraphs) {
        const href = `${siteBase}reports/${passage.section}/#${id}`;
        const link = page.root.querySelector(`.theme-quote a.permalink[href="${href}"]`);
        assert.ok(link, `themes/${theme.slug}/ has no link to ${href}`);
        const original = section.root.querySelector(`.report-text #${id}`);
        assert.ok(original, `${passage.section} has no paragraph ${id}`);
        assert.equal(words(link.parentNode as HTMLElement), words(original), `themes/${theme.slug}/ quotes ${passage.section} ${id} differently`);
      }
    }
  });
}

test('every section page links to the themes of its paragraphs', () => {
  for (const [section, paragraphs] of index.themesOf) {
    const page = pageByFile(`reports/${section}/index.html`)!;
    const linked = new Set(page.root.querySelectorAll('.section-themes a').map((a) => a.getAttribute('href')));
    const expected = new Set([...paragraphs.values()].flat().map((t) => `${siteBase}themes/${t.theme}/`));
    assert.deepEqual([...linked].sort(), [...expected].sort(), section);
  }
});

const allNotes = JSON.parse(readFileSync(join(siteDir, 'data', 'citations.json'), 'utf8')) as { section: string; n: number; themes: string[] }[];

test("themes.json has one row per theme and paragraph, and citations carry their passages' themes", () => {
  const rows = JSON.parse(readFileSync(join(siteDir, 'data', 'themes.json'), 'utf8')) as { theme: string; section: string; paragraph: string }[];
  const expected = [...index.passagesOf].flatMap(([theme, passages]) => passages.flatMap((p) => p.paragraphs.map((id) => `${theme} ${p.section} ${id}`)));
  assert.deepEqual(rows.map((r) => `${r.theme} ${r.section} ${r.paragraph}`).sort(), expected.sort());
  for (const c of allNotes) for (const t of c.themes) assert.ok(themeFiles.includes(`${t}.yaml`), `${c.section} note ${c.n}: unknown theme ${t}`);
});

testOfReport('fotn-2015', "a note carries the themes of the paragraph that cites it (FOTN 2015's Blocking and Filtering, note 39)", () => {
  // Note 39 of 2015's Blocking and Filtering is cited in ¶3, which the blocking theme holds.
  const note = allNotes.find((c) => c.section === 'fotn-2015/blocking-and-filtering' && c.n === 39);
  assert.ok(note?.themes.includes('blocking'), JSON.stringify(note));
});
