import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { allTextsLost, estimateHeights, groupNotesByRow, groupPlacement, MAX_NOTE_ROWS } from './note-groups.ts';

const rowOf = new Map([
  ['p1', 1],
  ['p2', 2],
  ['p3', 3],
  ['p4', 3],
  ['p5', 5],
]);
const cite = (n: number, paragraphId: string) => ({ n, paragraphId });

test('notes stand in the row of the paragraph that first cites them, reaching to the next group', () => {
  const groups = groupNotesByRow([1, 2, 3, 4], [cite(1, 'p1'), cite(2, 'p3'), cite(3, 'p4'), cite(1, 'p5'), cite(4, 'p5')], rowOf, 6);
  assert.deepEqual(groups, [
    { row: 1, span: 2, notes: [1] },
    { row: 3, span: 2, notes: [2, 3] },
    { row: 5, span: 2, notes: [4] },
  ]);
});

test('notes keep number order: one cited before an earlier number joins the group before it', () => {
  const groups = groupNotesByRow([1, 2, 3], [cite(1, 'p2'), cite(3, 'p3'), cite(2, 'p1')], rowOf, 5);
  assert.deepEqual(
    groups.map((g) => [g.row, g.notes]),
    [
      [2, [1, 2]],
      [3, [3]],
    ],
  );
});

test('a note whose marker was lost stays with the note before it, or starts at the top', () => {
  assert.deepEqual(
    groupNotesByRow([1, 2], [cite(2, 'p5')], rowOf, 5).map((g) => [g.row, g.notes]),
    [
      [1, [1]],
      [5, [2]],
    ],
  );
  assert.deepEqual(
    groupNotesByRow([1, 2], [cite(1, 'p2')], rowOf, 5).map((g) => [g.row, g.notes]),
    [[2, [1, 2]]],
  );
});

test('every placement class a group can take is in the stylesheet', () => {
  const css = readFileSync(new URL('../../styles/reading.css', import.meta.url), 'utf8');
  for (let k = 1; k <= MAX_NOTE_ROWS; k++) {
    assert.match(css, new RegExp(`\\.note-row-${k} \\{ grid-row-start: ${k}; \\}`), `note-row-${k}`);
    assert.match(css, new RegExp(`\\.note-span-${k} \\{ grid-row-end: span ${k}; \\}`), `note-span-${k}`);
  }
  assert.equal(groupPlacement({ row: 3, span: 99, notes: [1] }), `note-row-3 note-span-${MAX_NOTE_ROWS}`);
});

test('a list says its texts are lost once only when every text is lost', () => {
  assert.equal(allTextsLost([{ status: 'missing' }, { status: 'missing' }]), true);
  assert.equal(allTextsLost([{ status: 'missing' }, { status: 'present' }]), false);
  assert.equal(allTextsLost([]), false);
});

test('a group that would start before the one above it ends runs on below it', () => {
  const noteRefs = [cite(1, 'p1'), cite(2, 'p2'), cite(3, 'p5')];
  const rows = new Map([
    ['p1', 1],
    ['p2', 2],
    ['p5', 5],
  ]);
  // Row 1 is short, note 1 is long: note 2 follows it instead of opening a gap beside row 1.
  const tall = {
    rows: [50, 200, 200, 200, 200],
    notes: new Map([
      [1, 300],
      [2, 40],
      [3, 40],
    ]),
  };
  assert.deepEqual(groupNotesByRow([1, 2, 3], noteRefs, rows, 5, tall), [
    { row: 1, span: 4, notes: [1, 2] },
    { row: 5, span: 1, notes: [3] },
  ]);
  // When every group fits beside its rows, each keeps its own row.
  const short = {
    rows: [200, 200, 200, 200, 200],
    notes: new Map([
      [1, 100],
      [2, 40],
      [3, 40],
    ]),
  };
  assert.deepEqual(
    groupNotesByRow([1, 2, 3], noteRefs, rows, 5, short).map((g) => g.row),
    [1, 2, 5],
  );
});

test('heights are estimated from text lengths', () => {
  const estimate = estimateHeights([['x'.repeat(170)], [], ['a', 'b']], new Map([[1, 'y'.repeat(100)]]));
  assert.deepEqual(estimate.rows, [2 * 25 + 16, 1, 2 * (25 + 16)]);
  assert.equal(estimate.notes.get(1), 3 * 20 + 8);
});
