/**
 * Where a section's notes stand in the margin layout. The notes are one list in the page
 * (the end-of-section list that phones and print show); on wide screens CSS grid places
 * that same list beside the text, one group of notes per row, in the row of the paragraph
 * that first cites them (see src/styles/reading.css). A group reaches down to the row
 * before the next group, so a long note runs on beside the following paragraphs instead of
 * pushing them apart. Groups keep the notes in number order, because on a phone they are
 * read as one list: a note cited earlier than its number would suggest joins the group
 * before it rather than jumping the order.
 */

/** The most rows the stylesheet has placement classes for (note-row-1 … note-row-N). */
export const MAX_NOTE_ROWS = 40;

export interface NoteGroup {
  /** The row it starts in: the row of its first note's first citation. */
  row: number;
  /** How many rows it reaches over, up to the next group. */
  span: number;
  /** Its notes' numbers, ascending. */
  notes: number[];
}

export function groupNotesByRow(
  notes: readonly number[],
  citations: readonly { n: number; paragraphId: string }[],
  rowOf: ReadonlyMap<string, number>,
  rowCount: number,
): NoteGroup[] {
  const groups: NoteGroup[] = [];
  for (const n of [...notes].sort((a, b) => a - b)) {
    const first = citations.find((c) => c.n === n);
    const row = first ? rowOf.get(first.paragraphId) : undefined;
    const last = groups.at(-1);
    if (last && (row === undefined || row <= last.row)) last.notes.push(n);
    else groups.push({ row: row ?? 1, span: 1, notes: [n] });
  }
  groups.forEach((group, i) => {
    const next = groups[i + 1];
    group.span = Math.max(1, (next ? next.row : Math.max(rowCount, group.row) + 1) - group.row);
  });
  return groups;
}

/** The class names that place a group; the stylesheet defines them up to MAX_NOTE_ROWS. */
export function groupPlacement(group: NoteGroup): string {
  return `note-row-${group.row} note-span-${Math.min(group.span, MAX_NOTE_ROWS)}`;
}

/** True when the source lost the text of every note in the list, so it is said once. */
export function allTextsLost(notes: readonly { status: string }[]): boolean {
  return notes.length > 0 && notes.every((note) => note.status === 'missing');
}
