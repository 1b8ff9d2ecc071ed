import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pages, resolveUrlPath, siteDir } from './site.ts';

// Rule: the sitemap lists every page but the 404 page, and nothing that does not exist.
// The one-file editions (downloads/<report>.html) are files to download, listed on /downloads/
// (which is in the sitemap), not pages of the site; the other checks here still apply to them.
const isEdition = (file: string) => /^downloads\/[^/]+\.html$/.test(file);

function sitemapPaths(): string[] {
  const index = readFileSync(join(siteDir, 'sitemap-index.xml'), 'utf8');
  const maps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  return maps.flatMap((map) => {
    const file = resolveUrlPath(map);
    assert.ok(file, `sitemap ${map} is not in the build`);
    return [...readFileSync(join(siteDir, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  });
}

test('the sitemap lists every page except 404', () => {
  const listed = new Set(sitemapPaths());
  const unlisted = pages()
    .filter((p) => p.file !== '404.html' && !isEdition(p.file) && !listed.has(p.url))
    .map((p) => p.url);
  assert.deepEqual(unlisted, []);
});

test('every sitemap URL is a built page', () => {
  assert.deepEqual(
    sitemapPaths().filter((p) => !resolveUrlPath(p)),
    [],
  );
});
