import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assignAnchors, fingerprint, sourceParagraphs, updateAnchorLock, type AnchorLock } from './paragraph-anchors.ts';

const body = `First paragraph about blocking in Almaty.[^1]

Second paragraph about Kazakhtelecom and its tariffs.

- A list item on surveillance.
- Another list item on the KNB.

> A quoted block from the law.
`;

const texts = sourceParagraphs(body);
const fresh = updateAnchorLock(texts, { paragraphs: [], retired: [] }, '2026-11-23').lock;

test('reading blocks: paragraphs, each list item and each block quote, in order', () => {
  assert.deepEqual(texts, [
    'First paragraph about blocking in Almaty.[^1]',
    'Second paragraph about Kazakhtelecom and its tariffs.',
    'A list item on surveillance.',
    'Another list item on the KNB.',
    'A quoted block from the law.',
  ]);
});

test('a first lockfile numbers the paragraphs in reading order', () => {
  assert.deepEqual(
    fresh.paragraphs.map((a) => a.id),
    ['p1', 'p2', 'p3', 'p4', 'p5'],
  );
  assert.deepEqual(assignAnchors(texts, fresh), { ids: ['p1', 'p2', 'p3', 'p4', 'p5'], problems: [] });
});

test('the fingerprint ignores note markers, case and spacing, not words', () => {
  assert.equal(fingerprint('Blocked in  Almaty.[^3]'), fingerprint('blocked in Almaty.'));
  assert.notEqual(fingerprint('Blocked in Almaty.'), fingerprint('Blocked in Astana.'));
});

test('a paragraph inserted at the top takes a new id and moves no other', () => {
  const inserted = ['A new opening paragraph.', ...texts];
  assert.match(assignAnchors(inserted, fresh).problems[0]!, /paragraph 1 \(“A new opening paragraph\.”\) has no permanent anchor/);
  const update = updateAnchorLock(inserted, fresh, '2027-01-10', texts);
  assert.deepEqual(update.added, ['p6']);
  assert.deepEqual(assignAnchors(inserted, update.lock).ids, ['p6', 'p1', 'p2', 'p3', 'p4', 'p5']);
});

test('a removed paragraph is retired where it stood, and its id is never reused', () => {
  const removed = texts.filter((_, i) => i !== 1);
  const update = updateAnchorLock(removed, fresh, '2027-01-10', texts);
  assert.deepEqual(update.retired, ['p2']);
  assert.deepEqual(update.lock.retired[0], {
    id: 'p2',
    fingerprint: fingerprint(texts[1]!),
    starts: 'Second paragraph about Kazakhtelecom and its tariffs.',
    retired: '2027-01-10',
    fate: 'removed',
    after: 'p1',
  });
  const again = updateAnchorLock([...removed, 'Yet another paragraph.'], update.lock, '2027-02-01', removed);
  assert.deepEqual(again.added, ['p6']);
});

test('a corrected paragraph keeps its id and is marked revised', () => {
  const corrected = texts.map((t, i) => (i === 1 ? 'Second paragraph about Kazakhtelecom and its high tariffs.' : t));
  const update = updateAnchorLock(corrected, fresh, '2027-01-10', texts);
  assert.deepEqual(update.revised, ['p2']);
  assert.deepEqual(update.lock.paragraphs[1]!.revised, ['2027-01-10']);
  assert.deepEqual(assignAnchors(corrected, update.lock).ids, ['p1', 'p2', 'p3', 'p4', 'p5']);
});

test('two paragraphs merged: the second is retired as merged into the first', () => {
  const merged = [`${texts[0]} ${texts[1]}`, ...texts.slice(2)];
  const update = updateAnchorLock(merged, fresh, '2027-01-10', texts);
  assert.deepEqual(update.revised, ['p1']);
  assert.deepEqual(
    update.lock.retired.map((r) => [r.id, r.fate, r.into]),
    [['p2', 'merged', ['p1']]],
  );
});

test('a paragraph split in two is retired as split into the pieces', () => {
  const long = 'The ministry blocked forty sites in March and the court upheld the order in April after an appeal by the owners of the sites.';
  const lock: AnchorLock = updateAnchorLock([long], { paragraphs: [], retired: [] }, '2026-11-23').lock;
  const pieces = ['The ministry blocked forty sites in March.', 'The court upheld the order in April after an appeal by the owners of the sites.'];
  const update = updateAnchorLock(pieces, lock, '2027-01-10', [long]);
  assert.deepEqual(update.added, ['p2', 'p3']);
  assert.deepEqual(
    update.lock.retired.map((r) => [r.id, r.fate, r.into]),
    [['p1', 'split', ['p2', 'p3']]],
  );
});

test('identical paragraphs keep their ids in order', () => {
  const twice = ['Same words.', 'Other words.', 'Same words.'];
  const lock = updateAnchorLock(twice, { paragraphs: [], retired: [] }, '2026-11-23').lock;
  assert.deepEqual(assignAnchors(twice, lock).ids, ['p1', 'p2', 'p3']);
});

test('a recorded anchor that no paragraph matches is a problem', () => {
  const { problems } = assignAnchors(texts.slice(1), fresh);
  assert.deepEqual(problems, [
    'p1 (“First paragraph about blocking in Almaty.”) matches no paragraph; expected its text unchanged, or the lockfile updated with `npm run anchors` and the change recorded in content/corrections/',
  ]);
});
