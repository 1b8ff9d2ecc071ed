/**
 * Where a section's notes stand in the margin layout. The notes are one list in the page
 * (the end-of-section list that phones and print show); on wide screens CSS grid places
 * that same list beside the text, one group of notes per row, in the row of the paragraph
 * that first cites them (see src/styles/reading.css). A group reaches down to the row
 * before the next group, so a long note runs on beside the following paragraphs instead of
 * pushing them apart. Groups keep the notes in number order, because on a phone they are
 * read as one list: a note cited earlier than its number would suggest joins the group
 * before it rather than jumping the order.
 *
 * Grid rows grow to fit the taller of text and notes, so a group much taller than its
 * paragraph would open a gap in the text before the next paragraph with notes. Given
 * estimated heights (from text lengths; see estimateHeights), a group that would start
 * before the group above it has ended joins that group instead, and runs on below it beside
 * the following paragraphs, as margin notes do in print. Estimates only ever move notes
 * down within the margin; the grid still guarantees nothing overlaps.
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

/** Estimated heights in pixels at the margin layout's widths: each row's text, each note. */
export interface HeightEstimate {
  /** rows[k - 1]: the height of row k's text block. */
  rows: readonly number[];
  notes: ReadonlyMap<number, number>;
}

/** Characters per line and line heights of the wide layout (reading.css: 40rem text, 20rem margin). */
const TEXT_CHARS_PER_LINE = 85;
const TEXT_LINE_PX = 25;
const TEXT_BLOCK_GAP_PX = 16;
const NOTE_CHARS_PER_LINE = 46;
const NOTE_LINE_PX = 20;
const NOTE_GAP_PX = 8;
/** The words every note adds after its text: "(archived). Cite ↩ ¶12". */
const NOTE_EXTRA_CHARS = 24;

export function estimateHeights(rowTexts: readonly (readonly string[])[], noteTexts: ReadonlyMap<number, string>): HeightEstimate {
  const rows = rowTexts.map((texts) =>
    Math.max(
      1,
      texts.reduce((sum, text) => sum + Math.ceil(text.length / TEXT_CHARS_PER_LINE) * TEXT_LINE_PX + TEXT_BLOCK_GAP_PX, 0),
    ),
  );
  const notes = new Map([...noteTexts].map(([n, text]) => [n, Math.ceil((text.length + NOTE_EXTRA_CHARS) / NOTE_CHARS_PER_LINE) * NOTE_LINE_PX + NOTE_GAP_PX]));
  return { rows, notes };
}

export function groupNotesByRow(
  notes: readonly number[],
  noteRefs: readonly { n: number; paragraphId: string }[],
  rowOf: ReadonlyMap<string, number>,
  rowCount: number,
  estimate?: HeightEstimate,
): NoteGroup[] {
  const groups: NoteGroup[] = [];
  for (const n of [...notes].sort((a, b) => a - b)) {
    const first = noteRefs.find((c) => c.n === n);
    const row = first ? rowOf.get(first.paragraphId) : undefined;
    const last = groups.at(-1);
    if (last && (row === undefined || row <= last.row)) last.notes.push(n);
    else groups.push({ row: row ?? 1, span: 1, notes: [n] });
  }
  if (estimate) runOn(groups, estimate);
  groups.forEach((group, i) => {
    const next = groups[i + 1];
    group.span = Math.max(1, (next ? next.row : Math.max(rowCount, group.row) + 1) - group.row);
  });
  return groups;
}

/** Joins each group that would start before the one above it ends to that one (see above). */
function runOn(groups: NoteGroup[], estimate: HeightEstimate): void {
  const top = (row: number) => estimate.rows.slice(0, row - 1).reduce((a, b) => a + b, 0);
  const height = (group: NoteGroup) => group.notes.reduce((sum, n) => sum + (estimate.notes.get(n) ?? NOTE_LINE_PX), 0);
  let bottom = -Infinity;
  for (let i = 0; i < groups.length; i++) {
    const group = groups[i]!;
    // A line's worth of slack: a group that nearly fits keeps its place beside its paragraph.
    if (i > 0 && top(group.row) + TEXT_LINE_PX < bottom) {
      groups[i - 1]!.notes.push(...group.notes);
      bottom += height(group);
      groups.splice(i--, 1);
    } else {
      bottom = top(group.row) + height(group);
    }
  }
}

/** The class names that place a group; the stylesheet defines them up to MAX_NOTE_ROWS. */
export function groupPlacement(group: NoteGroup): string {
  return `note-row-${group.row} note-span-${Math.min(group.span, MAX_NOTE_ROWS)}`;
}

/** True when the source lost the text of every note in the list, so it is said once. */
export function allTextsLost(notes: readonly { status: string }[]): boolean {
  return notes.length > 0 && notes.every((note) => note.status === 'missing');
}

/**
 * A section's note groups as the reading view places them: its annotated paragraphs and rows
 * (src/lib/reading/section-html.ts), with heights estimated from the texts of its notes.
 */
export function sectionNoteGroups(
  section: {
    paragraphs: readonly { id: string; text: string }[];
    noteRefs: readonly { n: number; paragraphId: string }[];
    rowOf: ReadonlyMap<string, number>;
    rowCount: number;
  },
  notes: readonly { n: number; text?: string | undefined }[],
): NoteGroup[] {
  const { paragraphs, noteRefs, rowOf, rowCount } = section;
  const rowTexts = Array.from({ length: rowCount }, (_, i) => paragraphs.filter((p) => rowOf.get(p.id) === i + 1).map((p) => p.text));
  const estimate = estimateHeights(rowTexts, new Map(notes.map((note) => [note.n, note.text ?? ''])));
  return groupNotesByRow(
    notes.map((note) => note.n),
    noteRefs,
    rowOf,
    rowCount,
    estimate,
  );
}
