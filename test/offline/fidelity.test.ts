import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MARK_RUN, WORD_RUN, missingRuns, missingTabularWords, readings } from '../fidelity/check.ts';
import { words, wordsAndPunctuation } from '../fidelity/source-reading.ts';
import { readingText } from '../site/site.ts';
import { epubAsPage, oneFileReport } from './files.ts';

// Rule: the one-file edition and the EPUB each pass the same source-fidelity check as the
// site: every run of words and marks of the source is in the edition, tables and boxes too.
// (The PDF is printed from the one-file report; test/offline/pdf.test.ts checks its text.)

for (const reading of readings) {
  const files = [
    { name: 'one-file HTML', text: () => readingText(oneFileReport(reading.report)) },
    { name: 'EPUB', text: () => readingText(epubAsPage(reading.report)) },
  ];
  for (const file of files) {
    test(`${reading.report} ${file.name}: every run of ${WORD_RUN} words and ${MARK_RUN} words and marks of ${reading.file}`, () => {
      const text = file.text();
      assert.ok(text.length > 1000, `the ${file.name} of ${reading.report} has almost no text`);
      assert.deepEqual(missingRuns(reading, [text], words, WORD_RUN, 1), []);
      assert.deepEqual(missingRuns(reading, [text], wordsAndPunctuation, MARK_RUN, MARK_RUN), []);
      if (reading.tabular?.length) assert.deepEqual(missingTabularWords(reading, text), []);
    });
  }
}
