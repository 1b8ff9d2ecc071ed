// The synthetic corpus of scripts/bench/scale.ts: the five real reports copied under new ids
// with their words changed (a different vocabulary per copy, so pages do not compress as
// near-duplicates); incidents, topics and statistics stay as they are. Also runnable alone, to
// investigate one size by hand: `node scripts/bench/scale-corpus.ts 100` prints the corpus folder
// (build it with ARCHIVE_CONTENT_DIR=<folder>/content).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const bodyOf = (mdx: string) => mdx.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
const frontmatterOf = (mdx: string) => mdx.slice(0, mdx.length - bodyOf(mdx).length);

/** A deterministic stream of numbers for one copy, so a corpus is the same every run. */
function random(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13; state >>>= 0;
    state ^= state >> 17;
    state ^= state << 5; state >>>= 0;
    return state / 2 ** 32;
  };
}

const SYLLABLES = ['ka', 'za', 'kh', 'st', 'an', 'net', 'ro', 'li', 'mo', 'ver', 'tel', 'com', 'sa', 'mar', 'din', 'ol', 'pe', 'qu', 'ist', 'ur', 'bek', 'ov', 'ne', 'ta'];

/** Replaces every word of four letters or more with one from this copy's own vocabulary; note markers stay. */
function rewrite(text: string, seed: number): string {
  const vocabulary = new Map<string, string>();
  const next = random(seed);
  return text.replace(/\[\^\d+\]|\p{L}{4,}/gu, (word) => {
    if (word.startsWith('[^')) return word;
    let replacement = vocabulary.get(word);
    if (!replacement) {
      const length = 2 + Math.floor(next() * 3);
      replacement = Array.from({ length }, () => SYLLABLES[Math.floor(next() * SYLLABLES.length)]).join('');
      vocabulary.set(word, replacement);
    }
    return replacement;
  });
}

/** Writes a corpus of `reports` reports to a new temporary folder and returns the folder. */
export function makeCorpus(reports: number): string {
  const dir = mkdtempSync(join(tmpdir(), `kifa-scale-${reports}-`));
  const content = join(dir, 'content');
  cpSync('content', content, { recursive: true });
  const originals = readdirSync('content/reports').map((f) => f.replace(/\.mdx$/, '')).sort();
  for (let i = 0; i < reports - originals.length; i++) {
    const original = originals[i % originals.length]!;
    const id = `${original}-copy-${i + 1}`;
    const report = readFileSync(`content/reports/${original}.mdx`, 'utf8');
    const source = report.match(/sourceFile: "([^"]+)"/)![1]!;
    const sourceCopy = `${String(1000 + i).padStart(4, '0')}_${(i + 1).toString(16).padStart(16, '0')}.txt`;
    cpSync(`content/sources/${source}`, join(content, 'sources', sourceCopy));
    writeFileSync(
      join(content, 'reports', `${id}.mdx`),
      report
        .replace(/^title: "(.*)"$/m, `title: "$1 (synthetic copy ${i + 1})"`)
        .replace(/^shortTitle: "(.*)"$/m, `shortTitle: "$1, copy ${i + 1}"`)
        .replace(`sourceFile: "${source}"`, `sourceFile: "${sourceCopy}"`),
    );
    mkdirSync(join(content, 'sections', id));
    for (const file of readdirSync(`content/sections/${original}`)) {
      const mdx = readFileSync(`content/sections/${original}/${file}`, 'utf8');
      writeFileSync(join(content, 'sections', id, file), frontmatterOf(mdx).replace(`report: "${original}"`, `report: "${id}"`) + rewrite(bodyOf(mdx), i + 1));
    }
  }
  // Every section needs its permanent anchors; the copies get theirs as an author would.
  execFileSync(process.execPath, ['scripts/authoring/anchors.ts'], { env: { ...process.env, ARCHIVE_CONTENT_DIR: content }, stdio: 'ignore' });
  return dir;
}

if (import.meta.main) console.log(makeCorpus(Number(process.argv[2] ?? 100)));
