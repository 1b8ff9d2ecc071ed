import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MARK_RUN, WORD_RUN, missingRuns, missingTabularWords, readings } from '../fidelity/check.ts';
import { words, wordsAndPunctuation } from '../fidelity/source-reading.ts';
import { readingText } from '../site/site.ts';
import { epubAsPage, oneFileEdition } from './editions.ts';

// Rule: the one-file edition and the EPUB each pass the same source-fidelity check as the
// site: every run of words and marks of the source is in the edition, tables and boxes too.
// (The PDF is printed from the one-file edition; test/editions/pdf.test.ts checks its text.)

for (const reading of readings) {
  const editions = [
    { name: 'one-file HTML', text: () => readingText(oneFileEdition(reading.report)) },
    { name: 'EPUB', text: () => readingText(epubAsPage(reading.report)) },
  ];
  for (const edition of editions) {
    test(`${reading.report} ${edition.name}: every run of ${WORD_RUN} words and ${MARK_RUN} words and marks of ${reading.file}`, () => {
      const text = edition.text();
      assert.ok(text.length > 1000, `the ${edition.name} of ${reading.report} has almost no text`);
      assert.deepEqual(missingRuns(reading, [text], words, WORD_RUN, 1), []);
      assert.deepEqual(missingRuns(reading, [text], wordsAndPunctuation, MARK_RUN, MARK_RUN), []);
      if (reading.tabular?.length) assert.deepEqual(missingTabularWords(reading, text), []);
    });
  }
}
