import { join } from 'node:path';
import { readFidelityFiles } from './readings.ts';
import { readSource as readSourceFile } from '../content.ts';
import { readSource, words, type SourceReading } from './source-reading.ts';

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
  const texts = published.map((text) => ` ${tokenize(text).join(' ')} `);
  const blocks = readSource(readSourceFile(reading.file), reading);
  const missing: string[] = [];
  for (const block of blocks.filter((b) => !b.tabular)) {
    const tokens = tokenize(block.text);
    if (tokens.length < minimumBlock) continue;
    for (const run of runsOf(tokens, size)) {
      if (!texts.some((t) => t.includes(` ${run} `))) {
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
