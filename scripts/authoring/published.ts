// `npm run published`: adds every page and linkable fragment of the current build (dist/)
// to content/published.json, the record of everything the archive has ever published.
// Nothing is ever removed from it; test/site/published.test.ts fails if a recorded page or
// fragment is missing from a build, or if a build publishes something not yet recorded.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { collectPublished, mergePublished, type Published } from '../../test/published/collect.ts';

const file = 'content/published.json';
const recorded: Published = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : { pages: {} };
const merged = mergePublished(recorded, collectPublished());
const count = (p: Published) => Object.keys(p.pages).length + Object.values(p.pages).flat().length + (p.files?.length ?? 0);
writeFileSync(file, `${JSON.stringify(merged, null, 1)}\n`);
console.log(`${file}: ${Object.keys(merged.pages).length} pages, ${Object.values(merged.pages).flat().length} fragments, ${merged.files?.length ?? 0} downloads (${count(merged) - count(recorded)} newly recorded).`);
