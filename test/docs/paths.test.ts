// Every file or folder the README and docs/ name exists, so the map stays true as code moves.
// A path is anything in backticks or a Markdown link that starts with a top-level folder of the
// repository; placeholders (<report>, *, …) and URLs on the built site (/data/…) are not paths.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';

const root = new URL('../../', import.meta.url).pathname;
const TOP = ['src', 'scripts', 'test', 'e2e', 'content', 'docs', 'public', '.ci'];
const ROOT_FILES = ['package.json', 'astro.config.mjs', 'tsconfig.json', 'playwright.config.ts', 'README.md'];

function markdownFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? markdownFiles(join(dir, e.name)) : e.name.endsWith('.md') ? [join(dir, e.name)] : [],
  );
}

/** The repository paths a Markdown text names, with their line numbers. */
export function namedPaths(text: string, bareFileNames = false): { path: string; line: number }[] {
  const found: { path: string; line: number }[] = [];
  text.split('\n').forEach((lineText, i) => {
    const candidates = [...lineText.matchAll(/`([^`\s]+)`/g), ...lineText.matchAll(/\]\(([^)\s#]+)\)/g)].map((m) => m[1]!);
    for (const raw of candidates) {
      const path = raw.replace(/^\.\//, '').replace(/[:,.]$/, '');
      const top = path.split('/')[0]!;
      // A feature folder's README names its own files bare (`chart.ts`).
      const bare = bareFileNames && /^[\w.-]+(\/[\w.-]+)*\.(ts|mjs|astro|md|yaml|json|css)$/.test(path);
      if (!TOP.includes(top) && !ROOT_FILES.includes(path) && !bare) continue;
      if (/[<>*…{}$]|\.\.\./.test(path)) continue;
      found.push({ path, line: i + 1 });
    }
  });
  return found;
}

test("namedPaths reads bare file names only where asked (a feature folder's README)", () => {
  assert.deepEqual(namedPaths('`chart.ts` draws; `npm test`', true), [{ path: 'chart.ts', line: 1 }]);
  assert.deepEqual(namedPaths('`chart.ts` draws'), []);
});

test('namedPaths finds backticked and linked repository paths, and skips placeholders and site URLs', () => {
  const text = 'See `src/lib/csv.ts` and [the docs](docs/checks.md).\n`content/sections/<report>/*.mdx`, `/data/`, `npm test`';
  assert.deepEqual(namedPaths(text), [
    { path: 'src/lib/csv.ts', line: 1 },
    { path: 'docs/checks.md', line: 1 },
  ]);
});

const files = ['README.md', ...markdownFiles('docs'), ...markdownFiles('src').filter((f) => f.endsWith('README.md'))];
for (const file of files) {
  test(`${file}: every path it names exists`, () => {
    const text = readFileSync(join(root, file), 'utf8');
    // Paths in a folder's README may be relative to that folder.
    const dir = relative(root, join(root, file, '..'));
    const missing = namedPaths(text, file !== 'README.md' && !file.startsWith('docs')).filter(
      ({ path }) => !existsSync(join(root, path)) && !existsSync(join(root, dir, path)),
    );
    assert.deepEqual(
      missing.map(({ path, line }) => `${file}:${line}: ${path}`),
      [],
    );
  });
}
