import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pageByFile, pages, resolveUrlPath, siteBase, siteDir } from './site.ts';

// Rule: every internal link, stylesheet, script and form target resolves to a built file,
// and every #fragment to an element with that id on the target page.

const ORIGIN = 'http://archive.test';

function internalTargets() {
  return pages()
    .flatMap((page) =>
      page.root.querySelectorAll('a[href], link[href], script[src], img[src], form[action]').map((el) => ({
        page,
        raw: el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('action') ?? '',
      })),
    )
    .flatMap(({ page, raw }) => {
      const url = new URL(raw, ORIGIN + page.url);
      return url.origin === ORIGIN ? [{ page, raw, url }] : [];
    });
}

test('the build has pages to check', () => {
  assert.ok(pages().length > 5, `expected a built site in ${siteDir}`);
});

test('every internal link stays under the base path', () => {
  const outside = internalTargets().filter(({ url }) => !url.pathname.startsWith(siteBase));
  assert.deepEqual(
    outside.map(({ page, raw }) => `${page.file}: ${raw}`),
    [],
  );
});

test('every internal link resolves to a built file', () => {
  const broken = internalTargets().filter(({ url }) => url.pathname.startsWith(siteBase) && !resolveUrlPath(url.pathname));
  assert.deepEqual(
    broken.map(({ page, raw }) => `${page.file}: ${raw}`),
    [],
  );
});

test('every #fragment names an element on its target page', () => {
  const broken = internalTargets()
    .filter(({ url }) => url.hash.length > 1 && !url.hash.startsWith('#:~:'))
    .filter(({ url }) => {
      const file = resolveUrlPath(url.pathname);
      const target = file && pageByFile(file);
      return !target || !target.root.getElementById(decodeURIComponent(url.hash.slice(1)));
    });
  assert.deepEqual(
    broken.map(({ page, raw }) => `${page.file}: ${raw}`),
    [],
  );
});

test('ids are unique on every page', () => {
  const duplicates = pages().flatMap((page) => {
    const seen = new Set<string>();
    return page.root.querySelectorAll('[id]').flatMap((el) => {
      const id = el.getAttribute('id')!;
      if (seen.has(id)) return [`${page.file}: #${id}`];
      seen.add(id);
      return [];
    });
  });
  assert.deepEqual(duplicates, []);
});
