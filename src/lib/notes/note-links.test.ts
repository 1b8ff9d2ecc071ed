import { test } from 'node:test';
import assert from 'node:assert/strict';
import { accessedDate, archiveUrl, noteUrls, splitNoteText } from './note-links.ts';

test('a URL at the end of a note stops before the final full stop', () => {
  assert.deepEqual(splitNoteText('ITU, “Percentage,” 2000-2014, http://bit.ly/1cblxxY.'), [
    { kind: 'text', text: 'ITU, “Percentage,” 2000-2014, ' },
    { kind: 'url', text: 'http://bit.ly/1cblxxY', href: 'http://bit.ly/1cblxxY' },
    { kind: 'text', text: '.' },
  ]);
});

test('the segments always join back to the printed text', () => {
  const text = 'A, http://a.kz/x; and https://b.org/y/?q=1, then (http://c.com/z). End';
  assert.equal(
    splitNoteText(text)
      .map((s) => s.text)
      .join(''),
    text,
  );
  assert.deepEqual(noteUrls(text), ['http://a.kz/x', 'https://b.org/y/?q=1', 'http://c.com/z']);
});

test('a note without a URL is one text segment', () => {
  assert.deepEqual(splitNoteText('Ibid.'), [{ kind: 'text', text: 'Ibid.' }]);
});

test('typographic hyphens in a printed URL become ASCII in the link only', () => {
  const [, url] = splitNoteText('See http://a.kz/kazakh‐authorities‐censor now');
  assert.deepEqual(url, { kind: 'url', text: 'http://a.kz/kazakh‐authorities‐censor', href: 'http://a.kz/kazakh-authorities-censor' });
});

test('access dates keep the precision printed', () => {
  assert.equal(accessedDate('Profit.kz, accessed July 2, 2013, http://x'), '2013-07-02');
  assert.equal(accessedDate('CERT, “About Team,” accessed March 2015, http://x'), '2015-03');
  assert.equal(accessedDate('Kapital, July 1, 2014'), undefined);
});

test('access dates in every form the notes print', () => {
  assert.equal(accessedDate('Fitch, December 30, 2014, accessed on March 5, 2015, http://x'), '2015-03-05');
  assert.equal(accessedDate('Abramov, Twitter Post, November 21, 2014, accessed in March 2015, http://x'), '2015-03');
  assert.equal(accessedDate('CSCE, December 15, 2005, http://x (accessed May 1, 2007).'), '2007-05-01');
  assert.equal(accessedDate('“Souncloud cannot be accessed from Kazakhstan,” Zakon, May 26, 2015'), undefined);
});

test('archive links use the most precise date known, in a full 14-digit timestamp', () => {
  assert.equal(archiveUrl('http://bit.ly/x', '2013-07-02'), 'https://web.archive.org/web/20130702000000/http://bit.ly/x');
  assert.equal(archiveUrl('http://bit.ly/x', '2015'), 'https://web.archive.org/web/20150101000000/http://bit.ly/x');
});
