import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkNoteMarkers, findMarkers } from './note-markers.ts';

test('markers are found in order, and repeated citations get numbered ids', () => {
  assert.deepEqual(findMarkers('A.[^1] B.[^2] C, again.[^1]'), [
    { n: 1, refId: 'ref-1' },
    { n: 2, refId: 'ref-2' },
    { n: 1, refId: 'ref-1-2' },
  ]);
});

test('a plain bracketed number is report text, not a marker', () => {
  assert.deepEqual(findMarkers('See [1] and note^2 and [^x].'), []);
});

test('matching markers and notes raise no problem', () => {
  assert.deepEqual(
    checkNoteMarkers('A.[^1] B.[^2]', [
      { n: 1, markerLost: false },
      { n: 2, markerLost: false },
    ]),
    [],
  );
});

test('a marker without a note is named', () => {
  assert.deepEqual(checkNoteMarkers('A.[^1] B.[^3]', [{ n: 1, markerLost: false }]), [
    'body: marker [^3] has no note; expected an entry with n: 3 under notes',
  ]);
});

test('an uncited note is named unless its marker is recorded as lost', () => {
  assert.match(checkNoteMarkers('A.', [{ n: 4, markerLost: false }])[0]!, /note 4 is never cited/);
  assert.deepEqual(checkNoteMarkers('A.', [{ n: 4, markerLost: true }]), []);
  assert.match(checkNoteMarkers('A.[^4]', [{ n: 4, markerLost: true }])[0]!, /marked markerLost but the text has a marker/);
});

test('a duplicated note number is named', () => {
  assert.match(
    checkNoteMarkers('A.[^1]', [
      { n: 1, markerLost: false },
      { n: 1, markerLost: false },
    ])[0]!,
    /listed twice/,
  );
});
