import { join } from 'node:path';
import { readFidelityFiles } from './readings.ts';
import { readSource as readSourceFile } from '../content.ts';
import { readSource, words, type SourceBlock, type SourceReading } from './source-reading.ts';

/**
 * The source-fidelity check, shared by the site's pages (test/site/fidelity.test.ts) and the
 * offline editions (test/offline/fidelity.test.ts): every run of words of a source file must
 * appear in the texts that publish it.
 */

export const WORD_RUN = 8;
export const MARK_RUN = 12;

/** One reading per source text: content/sources/<file>.fidelity.yaml says how to read it (see the README). */
export const sourcesDir = join(process.env.ARCHIVE_CONTENT_DIR ?? 'content', 'sources');
export const readings: SourceReading[] = readFidelityFiles(sourcesDir);

function runsOf(tokens: string[], size: number): string[] {
  if (tokens.length <= size) return tokens.length ? [tokens.join(' ')] : [];
  return Array.from({ length: tokens.length - size + 1 }, (_, i) => tokens.slice(i, i + size).join(' '));
}

/**
 * The first run of `size` tokens of each source block (of at least `minimumBlock` tokens)
 * that is in none of `published` (the reading text of the pages or files), as "L12–14: “…”".
 */
export function missingRuns(
  reading: SourceReading,
  published: readonly string[],
  tokenize: (text: string) => string[],
  size: number,
  minimumBlock: number,
): string[] {
  return missingRunsOf(readSource(readSourceFile(reading.file), reading), published, tokenize, size, minimumBlock);
}

/** missingRuns over source blocks already read. */
export function missingRunsOf(
  blocks: readonly SourceBlock[],
  published: readonly string[],
  tokenize: (text: string) => string[],
  size: number,
  minimumBlock: number,
): string[] {
  const tokenized = published.map(tokenize);
  // Tokens hold no space, so a run of `size` tokens is in a text exactly when it is one of the
  // text's own runs of `size` tokens: a set of those answers at once. A block shorter than
  // `size` is one shorter run, looked for in the whole text.
  const runs = new Set(tokenized.flatMap((tokens) => runsOf(tokens, size)));
  const texts = tokenized.map((tokens) => ` ${tokens.join(' ')} `);
  const isPublished = (run: string, length: number) => (length >= size ? runs.has(run) : texts.some((t) => t.includes(` ${run} `)));
  const missing: string[] = [];
  for (const block of blocks.filter((b) => !b.tabular)) {
    const tokens = tokenize(block.text);
    if (tokens.length < minimumBlock) continue;
    for (const run of runsOf(tokens, size)) {
      if (!isPublished(run, Math.min(tokens.length, size))) {
        missing.push(`L${block.lines[0]}–${block.lines[1]}: “${run}”`);
        break; // one missing run per block is enough to point at it
      }
    }
  }
  return missing;
}

/** Words of the source's tables and boxes that are not in `published`. */
export function missingTabularWords(reading: SourceReading, published: string): string[] {
  const onPage = new Set(words(published));
  const blocks = readSource(readSourceFile(reading.file), reading).filter((b) => b.tabular);
  return blocks.flatMap((b) =>
    words(b.text)
      .filter((w) => !onPage.has(w))
      .map((w) => `L${b.lines[0]}: ${w}`),
  );
}
