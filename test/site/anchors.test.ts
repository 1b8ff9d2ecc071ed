import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { fingerprint } from '../../src/lib/anchors/paragraph-anchors.ts';
import type { HTMLElement } from 'node-html-parser';
import { pageByFile, pages } from './site.ts';

// Every anchor a section's lockfile records is on the built page with the very text it was
// given for: an id can only ever point at its own paragraph, or stand retired.

const anchorsDir = 'content/anchors';
const locks = readdirSync(anchorsDir).flatMap((report) =>
  readdirSync(join(anchorsDir, report)).map((file) => ({
    section: `${report}/${file.replace(/\.yaml$/, '')}`,
    lock: parseYaml(readFileSync(join(anchorsDir, report, file), 'utf8')),
  })),
);

test('every built section page has a lockfile, and every lockfile a built section page', () => {
  const built = pages()
    .filter((page) => /^reports\/[^/]+\/[^/]+\/index\.html$/.test(page.file) && page.root.querySelector('.report-text'))
    .map((page) => page.file.replace(/^reports\/|\/index\.html$/g, ''))
    .sort();
  assert.ok(built.length > 0, 'no section pages in the build');
  assert.deepEqual(locks.map((l) => l.section).sort(), built);
});

for (const { section, lock } of locks) {
  test(`${section}: each recorded anchor holds its own paragraph`, () => {
    const page = pageByFile(`reports/${section}/index.html`);
    assert.ok(page, `no page for ${section}`);
    for (const anchor of lock.paragraphs as { id: string; fingerprint: string }[]) {
      const element = page.root.querySelector(`.report-text #${anchor.id}`)?.clone() as HTMLElement | undefined;
      assert.ok(element, `${section}#${anchor.id} is missing`);
      element.querySelectorAll('.permalink, .note-ref, .incident-links, .cite-link').forEach((el) => el.remove());
      assert.equal(fingerprint(element.text), anchor.fingerprint, `${section}#${anchor.id} no longer holds the paragraph it was given for`);
    }
    for (const anchor of (lock.retired ?? []) as { id: string }[]) {
      assert.ok(page.root.querySelector(`.retired-anchor#${anchor.id}`), `${section}#${anchor.id} is retired but not on the page`);
    }
  });
}
