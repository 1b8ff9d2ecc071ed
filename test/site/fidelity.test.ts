import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MARK_RUN, WORD_RUN, missingRuns, missingTabularWords, readings } from '../fidelity/check.ts';
import { FIDELITY_SUFFIX } from '../fidelity/readings.ts';
import { words, wordsAndPunctuation } from '../fidelity/source-reading.ts';
import { pages, readingText, siteDir } from './site.ts';

/**
 * Proof that nothing was lost: every block of every source file (less the lines recorded
 * as furniture) appears on its report's built pages.
 * - Words: every run of 8 words appears, in order; a block under 8 words appears whole.
 * - Punctuation: every run of 12 words and punctuation marks appears too, so quotes,
 *   dashes and stops are as printed, not "smartened" or dropped.
 * The offline editions pass the same check (test/offline/fidelity.test.ts).
 */

test("every report's source text has a fidelity file, and every fidelity file a report", () => {
  const reports = JSON.parse(readFileSync(join(siteDir, 'data', 'reports.json'), 'utf8')) as { id: string; sourceFile: string }[];
  assert.deepEqual(
    readings.map((r) => `${r.report} ${r.file}`).sort(),
    reports.map((r) => `${r.id} ${r.sourceFile}`).sort(),
    `expected content/sources/<source file>${FIDELITY_SUFFIX} for each report`,
  );
});

function reportPages(report: string) {
  return pages().filter((p) => p.file.startsWith(`reports/${report}/`));
}

function reportTexts(report: string): string[] {
  return reportPages(report).map(readingText);
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
    assert.deepEqual(missingRuns(reading, reportTexts(reading.report), words, WORD_RUN, 1), []);
  });

  test(`${reading.report}: punctuation is as printed (runs of ${MARK_RUN} words and marks)`, () => {
    assert.deepEqual(missingRuns(reading, reportTexts(reading.report), wordsAndPunctuation, MARK_RUN, MARK_RUN), []);
  });
}

for (const reading of readings.filter((r) => r.tabular?.length)) {
  test(`${reading.report}: every word of the tables and boxes in ${reading.file} is on the overview page`, () => {
    const overview = pages().find((p) => p.file === `reports/${reading.report}/index.html`);
    assert.ok(overview, `no overview page for ${reading.report}`);
    assert.deepEqual(missingTabularWords(reading, readingText(overview)), []);
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
