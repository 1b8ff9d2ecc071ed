import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pages } from './site.ts';

// Rule: a table that may be wider than a phone scrolls sideways in its own box
// (ScrollingTable.astro), which keyboard users can focus to scroll and screen-reader users hear
// named after the table: a section with tabindex="0" and an aria-label "… (table)".
test('every scrolling table box is a focusable region named after its table', () => {
  const bad = pages().flatMap((page) =>
    page.root
      .querySelectorAll('.table-scroll')
      .filter(
        (box) =>
          box.tagName !== 'SECTION' ||
          box.getAttribute('tabindex') !== '0' ||
          !/\S \(table\)$/.test(box.getAttribute('aria-label') ?? '') ||
          !box.querySelector('table'),
      )
      .map((box) => `${page.file}: <${box.tagName.toLowerCase()} ${box.rawAttrs}>`),
  );
  assert.deepEqual(bad, []);
});
