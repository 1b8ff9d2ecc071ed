import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitNoteText } from './note-links.ts';
import { placeArchivedLinks, robustLinks } from './archived-links.ts';

/** The note as a reader sees it, with "(archived)" where the link goes. */
const shown = (text: string) =>
  placeArchivedLinks(splitNoteText(text))
    .map((s) => (s.kind === 'text' ? s.text : `${s.text}${s.before} (archived)`))
    .join('');

test('the archived link follows the URL, before the sentence’s own punctuation', () => {
  assert.equal(shown('ITU, 2014, http://bit.ly/1cblxxY.'), 'ITU, 2014, http://bit.ly/1cblxxY (archived).');
  assert.equal(shown('See http://a.kz/x and more'), 'See http://a.kz/x (archived) and more');
});

test('a space printed before the closing mark stays, and the link moves after it', () => {
  assert.equal(shown('Kursiv, http://bit.ly/1Eb8Y0E .'), 'Kursiv, http://bit.ly/1Eb8Y0E . (archived)');
  assert.equal(shown('A, http://a.kz/1 ; B, http://b.kz/2 .'), 'A, http://a.kz/1 ; (archived) B, http://b.kz/2 . (archived)');
  assert.doesNotMatch(shown('X http://bit.ly/1Eb8Y0E .'), /\(archived\) [.,;:]/);
});

test('the note’s own text is unchanged, character for character', () => {
  const text = 'A, http://a.kz/1 ; B, http://b.kz/2 . Accessed May 2015.';
  const words = placeArchivedLinks(splitNoteText(text))
    .map((s) => (s.kind === 'text' ? s.text : s.text + s.before))
    .join('');
  assert.equal(words, text);
});

/** Each URL of a note with its Robust Links version URL and date. */
const robust = (text: string, published: string) =>
  robustLinks(text, published).flatMap((s) => (s.kind === 'url' ? [[s.href, s.versionUrl, s.versionDate]] : []));

test('a note that prints the day it was accessed dates its link to that day', () => {
  assert.deepEqual(robust('Official Site of the President, accessed July 2, 2013, http://www.akorda.kz/en/mainpage', '~2013'), [
    ['http://www.akorda.kz/en/mainpage', 'https://web.archive.org/web/20130702000000/http://www.akorda.kz/en/mainpage', '2013-07-02'],
  ]);
  assert.deepEqual(robust('Fitch, December 30, 2014, accessed on March 5, 2015, http://bit.ly/1Zlhyp2.', '2015'), [
    ['http://bit.ly/1Zlhyp2', 'https://web.archive.org/web/20150305000000/http://bit.ly/1Zlhyp2', '2015-03-05'],
  ]);
  // The date printed after the URL counts too.
  assert.deepEqual(robust('CSCE, December 15, 2005, http://www.csce.gov/x (accessed May 1, 2007).', '~2007')[0]!.slice(1), [
    'https://web.archive.org/web/20070501000000/http://www.csce.gov/x',
    '2007-05-01',
  ]);
});

test('a month printed as the access date keeps month precision', () => {
  assert.deepEqual(robust('Abramov, Twitter Post, November 21, 2014, accessed in March 2015, http://bit.ly/1D5dCzL.', '2015')[0]!.slice(1), [
    'https://web.archive.org/web/20150301000000/http://bit.ly/1D5dCzL',
    '2015-03',
  ]);
});

test('a note without an access date falls back to the report’s publication date, at its precision', () => {
  assert.deepEqual(robust('Radio Tochka, November 25, 2014, http://bit.ly/1C6fZm0.', '2015')[0]!.slice(1), [
    'https://web.archive.org/web/20150101000000/http://bit.ly/1C6fZm0',
    '2015',
  ]);
  // An approximate publication date gives its year; the tilde is not ISO 8601.
  assert.deepEqual(robust('Tengrinews.kz, October 1, 2011, http://tengrinews.kz/x/.', '~2013')[0]!.slice(1), [
    'https://web.archive.org/web/20130101000000/http://tengrinews.kz/x/',
    '2013',
  ]);
});

test('an access date belongs to the source, between semicolons, that prints it', () => {
  const note =
    'See the law, January 12, 2012, http://kazpravda.kz/_pdf/jan12/200112law.pdf, accessed January 24, 2012; Nate Schenkkan, Eurasianet.org, February 14, 2012, http://www.eurasianet.org/node/64998.';
  assert.deepEqual(
    robust(note, '~2013').map((r) => r[2]),
    ['2012-01-24', '2013'],
  );
  const before =
    'Kazakhstan Stock Exchange, http://www.kase.kz/KZTK; Kazakhtelecom presentation, 2011, accessed on January 24, 2012, http://www.telecom.kz/P.pdf.';
  assert.deepEqual(
    robust(before, '~2013').map((r) => r[2]),
    ['2013', '2012-01-24'],
  );
  // A semicolon printed after a space, which moves the "(archived)" link, still ends the source.
  assert.deepEqual(
    robust('A, accessed May 2, 2014, http://a.kz/1 ; B, http://b.kz/2 .', '2015').map((r) => r[2]),
    ['2014-05-02', '2015'],
  );
});

test('every version URL has a 14-digit timestamp and the original URL after it', () => {
  for (const [href, versionUrl] of robust('A http://a.kz/x; accessed March 2015, http://b.kz/y?q=1;z and (accessed May 1, 2007)', '~2007')) {
    assert.match(versionUrl!, /^https:\/\/web\.archive\.org\/web\/\d{14}\//);
    assert.ok(versionUrl!.endsWith(`/${href}`));
  }
});
