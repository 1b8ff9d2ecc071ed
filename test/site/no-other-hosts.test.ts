import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pages } from './site.ts';

// Rule: nothing a page loads comes from another host. Links out (to a note's source or its
// archived copy) are allowed; anything fetched on page load is not.

const LOADED =
  'script[src], link[rel=stylesheet], link[rel=preload], link[rel=modulepreload], link[rel=icon], img, iframe, video, audio, source, object, embed';

test('no page loads anything from another host', () => {
  const offenders = pages().flatMap((page) =>
    page.root.querySelectorAll(LOADED).flatMap((el) => {
      const value = el.getAttribute('src') ?? el.getAttribute('href') ?? el.getAttribute('data') ?? '';
      return /^(https?:)?\/\//.test(value) ? [`${page.file}: <${el.tagName.toLowerCase()}> ${value}`] : [];
    }),
  );
  assert.deepEqual(offenders, []);
});

test('no inline style or script refers to another host', () => {
  const offenders = pages().flatMap((page) =>
    page.root
      .querySelectorAll('style, script:not([src])')
      .flatMap((el) => (/(url\(|import\(|from\s*)['"]?(https?:)?\/\//.test(el.textContent) ? [page.file] : [])),
  );
  assert.deepEqual(offenders, []);
});
