// `node scripts/authoring/category-suggestions.ts`: the category suggestions that content/review/category-review.yaml
// does not yet settle, printed as entries to decide (set `decision` to added or declined and write the
// reason after reading the quote, shown as a comment). The build fails on the same list
// (src/lib/content-rules/category-rules.ts); this prints it in a form to paste and settle.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { categorySuggestions, cueIn, type CategoryCues } from '../../src/lib/content-rules/category-rules.ts';
import { categoryCuesSchema, categoryReviewSchema } from '../../src/schemas/review.ts';

const content = process.env.ARCHIVE_CONTENT_DIR ?? 'content';
const read = (path: string) => parse(readFileSync(resolve(content, path), 'utf8')) as unknown;
const cues = categoryCuesSchema.parse(read('review/category-cues.yaml')) as CategoryCues;
const settled = new Set(categoryReviewSchema.parse(read('review/category-review.yaml')).map((e) => `${e.incident} ${e.category}`));
let count = 0;
for (const name of readdirSync(resolve(content, 'incidents'))
  .filter((n) => n.endsWith('.yaml'))
  .sort()) {
  const data = read(`incidents/${name}`) as { categories: string[]; mentions: { quote: string }[] };
  const incident = { id: name.replace(/\.yaml$/, ''), categories: data.categories as never, mentions: data.mentions };
  for (const s of categorySuggestions(cues, incident)) {
    if (settled.has(`${s.incident} ${s.category}`)) continue;
    const sentence = data.mentions.flatMap((m) => m.quote.split(/(?<=[.!?])\s+/)).find((part) => cueIn(s.cue, part));
    count += 1;
    console.log(`# has ${data.categories.join(', ')}; the quote says: ${sentence ?? ''}`);
    console.log(`- incident: ${s.incident}\n  category: ${s.category}\n  cue: ${JSON.stringify(s.cue)}\n  decision: TODO\n  reason: ""`);
  }
}
console.error(`${count} unsettled suggestion${count === 1 ? '' : 's'}.`);
