// The synthetic corpus of scripts/bench/scale.ts: the five real reports copied under new ids
// with their words changed (a different vocabulary per copy, so pages do not compress as
// near-duplicates), and optionally the real incidents copied the same way up to a given count
// (each copy keeps its date, categories, topics and quoted passages, which must stay word for
// word; its title and summary get the copy's vocabulary). Topics and statistics stay as they
// are. Also runnable alone, to investigate one size by hand: `node scripts/bench/scale-corpus.ts 100
// [2000]` prints the corpus folder (build it with ARCHIVE_CONTENT_DIR=<folder>/content).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { HEDGED_WORDS } from '../../src/lib/content-rules/incident-rules.ts';

const bodyOf = (mdx: string) => mdx.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
const frontmatterOf = (mdx: string) => mdx.slice(0, mdx.length - bodyOf(mdx).length);

/** A deterministic stream of numbers for one copy, so a corpus is the same every run. */
function random(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 2 ** 32;
  };
}

const SYLLABLES = [
  'ka',
  'za',
  'kh',
  'st',
  'an',
  'net',
  'ro',
  'li',
  'mo',
  'ver',
  'tel',
  'com',
  'sa',
  'mar',
  'din',
  'ol',
  'pe',
  'qu',
  'ist',
  'ur',
  'bek',
  'ov',
  'ne',
  'ta',
];

/**
 * Replaces every word of four letters or more with one from this copy's own vocabulary; note
 * markers stay, and so does every word `keep` names.
 */
function rewrite(text: string, seed: number, keep: (word: string) => boolean = () => false): string {
  const vocabulary = new Map<string, string>();
  const next = random(seed);
  return text.replace(/\[\^\d+\]|\p{L}{4,}/gu, (word) => {
    if (word.startsWith('[^') || keep(word)) return word;
    let replacement = vocabulary.get(word);
    if (!replacement) {
      const length = 2 + Math.floor(next() * 3);
      replacement = Array.from({ length }, () => SYLLABLES[Math.floor(next() * SYLLABLES.length)]).join('');
      vocabulary.set(word, replacement);
    }
    return replacement;
  });
}

/**
 * The words an incident's title and summary keep in a copy, so the copy meets the same content
 * rules as its original (src/lib/incident-rules.ts): hedges and attributions ("reportedly",
 * "said"), the words of report names, whose years the number rule sets aside ("Freedom on the
 * Net 2015", "the 2013 country profile"), and other capitalised words (people, places, platforms).
 */
const HEDGE_WORDS = new Set(HEDGED_WORDS.flatMap((w) => w.split(' ')));
const REPORT_NAME_WORDS = new Set(['edition', 'profile', 'country']); // "the 2013 country profile"
const keptInCopies = (word: string) => HEDGE_WORDS.has(word.toLowerCase()) || REPORT_NAME_WORDS.has(word.toLowerCase()) || /^\p{Lu}/u.test(word);

/**
 * Copies the real incidents under new ids until there are `incidents` in all (none when that is
 * no more than the real ones), with the category decisions of content/review/category-review.yaml
 * repeated for each copy, as the content rules ask of every incident.
 */
function copyIncidents(content: string, incidents: number): void {
  const originals = readdirSync('content/incidents')
    .filter((f) => f.endsWith('.yaml'))
    .sort();
  const reviewFile = join(content, 'review/category-review.yaml');
  const decisions: { incident: string }[] = parse(readFileSync(reviewFile, 'utf8'));
  const copied = [...decisions];
  for (let i = 0; i < incidents - originals.length; i++) {
    const file = originals[i % originals.length]!;
    const original = file.replace(/\.yaml$/, '');
    const copy = Math.floor(i / originals.length) + 1;
    const id = `${original}-copy-${copy}`;
    const yaml = readFileSync(`content/incidents/${file}`, 'utf8')
      .replace(/^added: .*\n/m, '') // a copy is not news for /changes/
      .replace(/^(title|summary): (".*")$/gm, (_, field: string, text: string) => `${field}: ${rewrite(text, 10_000 + copy, keptInCopies)}`);
    writeFileSync(join(content, 'incidents', `${id}.yaml`), yaml);
    copied.push(...decisions.filter((d) => d.incident === original).map((d) => ({ ...d, incident: id })));
  }
  writeFileSync(reviewFile, stringify(copied));
}

/**
 * Writes a corpus of `reports` reports (and, given `incidents`, that many incidents) to a new
 * temporary folder and returns the folder.
 */
export function makeCorpus(reports: number, incidents = 0): string {
  const dir = mkdtempSync(join(tmpdir(), `kifa-scale-${reports}-`));
  const content = join(dir, 'content');
  cpSync('content', content, { recursive: true });
  const originals = readdirSync('content/reports')
    .map((f) => f.replace(/\.mdx$/, ''))
    .sort();
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
  copyIncidents(content, incidents);
  // Every section needs its permanent anchors; the copies get theirs as an author would.
  execFileSync(process.execPath, ['scripts/authoring/anchors.ts'], { env: { ...process.env, ARCHIVE_CONTENT_DIR: content }, stdio: 'ignore' });
  return dir;
}

if (import.meta.main) console.log(makeCorpus(Number(process.argv[2] ?? 100), Number(process.argv[3] ?? 0)));
