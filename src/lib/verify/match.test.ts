import { test } from 'node:test';
import assert from 'node:assert/strict';
import { align, bestMatch, quotePieces, quoteWords, segments, similarity, tokenise } from './match.ts';

const paragraph =
  'In July 2014, the government blocked access to “LiveJournal” — a popular blogging platform — for several weeks, citing extremist content. Казахтелеком did not comment.';

const check = (quote: string, text = paragraph) => align(quotePieces(quote), text);

test('tokens: words in any script, each punctuation mark alone, spacing dropped', () => {
  assert.deepEqual(
    tokenise('Казахтелеком, “LiveJournal”  2014–15').map((t) => t.norm),
    ['Казахтелеком', ',', '"', 'LiveJournal', '"', '2014', '-', '15'],
  );
});

test('an exact sentence is found at no cost', () => {
  const a = check('the government blocked access to “LiveJournal” — a popular');
  assert.equal(a.cost, 0);
  assert.equal(paragraph.slice(a.start, a.end), 'the government blocked access to “LiveJournal” — a popular');
});

test('straight quotes, hyphens for dashes, other spacing and line breaks still match', () => {
  assert.equal(check('access to "LiveJournal" - a popular\nblogging   platform -').cost, 0);
});

test('a Cyrillic name is matched as a word', () => {
  assert.equal(check('Казахтелеком did not comment').cost, 0);
  assert.ok(check('Казахтелекома did not comment').cost > 0);
});

test('an ellipsis stands for omitted words, in every written form', () => {
  for (const gap of ['...', '…', '[...]', '[…]', '(...)', '. . .']) {
    const a = check(`the government blocked access ${gap} for several weeks`);
    assert.equal(a.cost, 0, gap);
    const omitted = a.steps.find((s) => s.kind === 'omitted');
    assert.ok(
      omitted &&
        omitted.kind === 'omitted' &&
        omitted.report
          .map((t) => t.text)
          .join(' ')
          .includes('popular blogging platform'),
      gap,
    );
  }
});

test('the pieces around an ellipsis must come in order', () => {
  assert.ok(check('for several weeks … the government blocked access').cost > 0);
});

test('punctuation at the edges of the quotation and of each piece, and the case of its first letter, are not compared', () => {
  assert.equal(check('“The government blocked access.”').cost, 0);
  assert.equal(check('In July 2014, the government … for several weeks.').cost, 0);
});

test('single quotes inside a quotation stand for the double ones printed', () => {
  assert.equal(check("access to 'LiveJournal' - a").cost, 0);
});

test('a changed word costs one and is the one difference shown', () => {
  const a = check('the government banned access to "LiveJournal"');
  assert.equal(a.cost, 1);
  assert.deepEqual(
    segments(a, paragraph, 'the government banned access to "LiveJournal"').filter((s) => s.kind === 'differs'),
    [{ kind: 'differs', quote: 'banned', report: ' blocked' }],
  );
});

test('a case change inside the quotation is a difference, though a small one', () => {
  const a = check('the Government blocked access');
  assert.ok(a.cost > 0 && a.cost < 1);
});

test('words added or left out are differences', () => {
  const added = check('the government swiftly blocked access');
  assert.deepEqual(
    added.steps.filter((s) => s.kind !== 'same').map((s) => s.kind),
    ['added'],
  );
  const leftOut = check('the government access to');
  assert.deepEqual(
    leftOut.steps.filter((s) => s.kind !== 'same').map((s) => s.kind),
    ['left-out'],
  );
});

test('segments keep the report text as printed, spacing included', () => {
  const quote = 'government blocked access to "LiveJournal" - a popular … platform';
  const a = check(quote);
  assert.equal(a.cost, 0);
  const parts = segments(a, paragraph, quote);
  assert.deepEqual(
    parts.map((s) => s.kind),
    ['same', 'omitted', 'same'],
  );
  assert.equal(parts.map((s) => (s.kind === 'same' ? s.text : s.report)).join(''), 'government blocked access to “LiveJournal” — a popular blogging platform');
});

test('similarity runs from 0 (nothing in common) to 1 (word for word)', () => {
  assert.equal(similarity(check('the government blocked access')), 1);
  assert.equal(similarity(check('zebras eat grass quietly')), 0);
  const s = similarity(check('the government banned access to "LiveJournal"'));
  assert.ok(s > 0.7 && s < 1);
});

test('quoteWords lists the words of every piece, without the ellipsis or punctuation', () => {
  assert.deepEqual(quoteWords(quotePieces('“In July 2014, the government … weeks.”')), ['In', 'July', '2014', 'the', 'government', 'weeks']);
});

test('bestMatch: the candidate that holds the quotation word for word wins, else the nearest', () => {
  const candidates = [
    { id: 'a', text: 'Nothing about it here.' },
    { id: 'b', text: paragraph },
  ];
  const found = bestMatch('the government blocked access', candidates)!;
  assert.equal(found.candidate.id, 'b');
  assert.equal(found.found, true);
  const near = bestMatch('the government banned access', candidates)!;
  assert.equal(near.candidate.id, 'b');
  assert.equal(near.found, false);
  assert.equal(bestMatch('the government', []), undefined);
  assert.equal(bestMatch('… !', candidates), undefined);
});

test('bestMatch prepares the quotation for a candidate that asks for it (a note indexed with shortened URLs)', () => {
  const note = { id: 'n', text: 'Zakon, “Report,” zakon.kz', prepareQuote: (q: string) => q.replace(/https?:\/\/(?:www\.)?([^/\s]+)\S*/g, '$1') };
  assert.equal(bestMatch('Zakon, “Report,” http://www.zakon.kz/4654.html', [note])!.found, true);
});
