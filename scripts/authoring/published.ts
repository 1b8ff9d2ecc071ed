// `npm run published`: adds every page and linkable fragment of the current build (dist/)
// to content/published.json, the record of everything the archive has ever published.
// Nothing is ever removed from it; test/site/published.test.ts fails if a recorded page or
// fragment is missing from a build, or if a build publishes something not yet recorded.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'node-html-parser';
import { outDir } from '../../src/lib/out-dir.ts';
import { collectPublished, mergePublished, type Published } from '../../src/lib/published/published.ts';

const siteDir = outDir();
const htmlFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? htmlFiles(join(dir, entry.name)) : entry.name.endsWith('.html') ? [join(dir, entry.name)] : [],
  );
// Paths are relative to the base, so the build's base does not matter here.
const pages = htmlFiles(siteDir).map((path) => {
  const file = relative(siteDir, path).split(sep).join('/');
  return { file, path: file.replace(/(^|\/)index\.html$/, '$1'), root: parse(readFileSync(path, 'utf8')) };
});
const downloads = join(siteDir, 'downloads');

const file = 'content/published.json';
const recorded: Published = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : { pages: {} };
const merged = mergePublished(recorded, collectPublished(pages, existsSync(downloads) ? readdirSync(downloads) : []));
const count = (p: Published) => Object.keys(p.pages).length + Object.values(p.pages).flat().length + (p.files?.length ?? 0);
writeFileSync(file, `${JSON.stringify(merged, null, 1)}\n`);
console.log(
  `${file}: ${Object.keys(merged.pages).length} pages, ${Object.values(merged.pages).flat().length} fragments, ${merged.files?.length ?? 0} downloads (${count(merged) - count(recorded)} newly recorded).`,
);
