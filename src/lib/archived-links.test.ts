import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitNoteText } from './citation-links.ts';
import { placeArchivedLinks } from './archived-links.ts';

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
  const words = placeArchivedLinks(splitNoteText(text)).map((s) => (s.kind === 'text' ? s.text : s.text + s.before)).join('');
  assert.equal(words, text);
});
