import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSource as readSourceFile } from '../content.ts';
import { readSource, words, wordsAndPunctuation, type SourceReading } from '../fidelity/source-reading.ts';
import { FIDELITY_SUFFIX, readFidelityFiles } from '../fidelity/readings.ts';
import { pages, readingText, siteDir } from './site.ts';

/**
 * Proof that nothing was lost: every block of every source file (less the lines recorded
 * as furniture) appears on its report's built pages.
 * - Words: every run of 8 words appears, in order; a block under 8 words appears whole.
 * - Punctuation: every run of 12 words and punctuation marks appears too, so quotes,
 *   dashes and stops are as printed, not "smartened" or dropped.
 */

const WORD_RUN = 8;
const MARK_RUN = 12;

// One fidelity file per source text: content/sources/<file>.fidelity.yaml (see the README).
const sourcesDir = join(process.env.ARCHIVE_CONTENT_DIR ?? 'content', 'sources');
const readings: SourceReading[] = readFidelityFiles(sourcesDir);

test('every report\'s source text has a fidelity file, and every fidelity file a report', () => {
  const reports = JSON.parse(readFileSync(join(siteDir, 'data', 'reports.json'), 'utf8')) as { id: string; sourceFile: string }[];
  assert.deepEqual(
    readings.map((r) => `${r.report} ${r.file}`).sort(),
    reports.map((r) => `${r.id} ${r.sourceFile}`).sort(),
    `expected content/sources/<source file>${FIDELITY_SUFFIX} for each report`,
  );
});

function runsOf(tokens: string[], size: number): string[] {
  if (tokens.length <= size) return tokens.length ? [tokens.join(' ')] : [];
  return Array.from({ length: tokens.length - size + 1 }, (_, i) => tokens.slice(i, i + size).join(' '));
}

function reportPages(report: string) {
  return pages().filter((p) => p.file.startsWith(`reports/${report}/`));
}

function missingRuns(reading: SourceReading, tokenize: (text: string) => string[], size: number, minimumBlock: number) {
  const texts = reportPages(reading.report).map((p) => ` ${tokenize(readingText(p)).join(' ')} `);
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

test('there is a source reading for every report', () => {
  assert.deepEqual(
    readings.map((r) => r.report).sort(),
    [...new Set(pages().flatMap((p) => p.file.match(/^reports\/([^/]+)\/index\.html$/)?.[1] ?? []))].sort(),
  );
});

for (const reading of readings) {
  test(`${reading.report}: every run of ${WORD_RUN} words of ${reading.file} is on the site`, () => {
    assert.ok(reportPages(reading.report).length > 1, `no pages built for ${reading.report}`);
    assert.deepEqual(missingRuns(reading, words, WORD_RUN, 1), []);
  });

  test(`${reading.report}: punctuation is as printed (runs of ${MARK_RUN} words and marks)`, () => {
    assert.deepEqual(missingRuns(reading, wordsAndPunctuation, MARK_RUN, MARK_RUN), []);
  });
}

for (const reading of readings.filter((r) => r.tabular?.length)) {
  test(`${reading.report}: every word of the tables and boxes in ${reading.file} is on the overview page`, () => {
    const overview = pages().find((p) => p.file === `reports/${reading.report}/index.html`);
    assert.ok(overview, `no overview page for ${reading.report}`);
    const onPage = new Set(words(readingText(overview)));
    const blocks = readSource(readSourceFile(reading.file), reading).filter((b) => b.tabular);
    assert.deepEqual(blocks.flatMap((b) => words(b.text).filter((w) => !onPage.has(w)).map((w) => `L${b.lines[0]}: ${w}`)), []);
  });
}

test('no paragraph appears twice on one page', () => {
  const repeats = pages().flatMap((page) => {
    const seen = new Set<string>();
    return page.root.querySelectorAll('.report-text p, .report-text li').flatMap((p) => {
      const text = p.text.replace(/\s+/g, ' ').trim();
      if (text.length < 40) return [];
      if (seen.has(text)) return [`${page.file}: ${text.slice(0, 60)}…`];
      seen.add(text);
      return [];
    });
  });
  assert.deepEqual(repeats, []);
});
