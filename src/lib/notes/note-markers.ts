/**
 * Note markers in section bodies are written [^n], where n is the note number as
 * printed. A marker becomes a link to its note; each note links back to every place
 * that cites it. These functions are shared by the renderer and the content checks,
 * so the ids they produce always agree.
 */

export const MARKER_PATTERN = /\[\^(\d+)\]/g;

export interface MarkerOccurrence {
  n: number;
  /** The id of the marker link: ref-<n> for the first citation, ref-<n>-<k> for the k-th. */
  refId: string;
}

export function noteId(n: number): string {
  return `note-${n}`;
}

export function refId(n: number, occurrence: number): string {
  return occurrence === 1 ? `ref-${n}` : `ref-${n}-${occurrence}`;
}

/** Every marker in a body, in reading order, with the id its link will carry. */
export function findMarkers(body: string): MarkerOccurrence[] {
  const seen = new Map<number, number>();
  return [...body.matchAll(MARKER_PATTERN)].map((match) => {
    const n = Number(match[1]);
    const occurrence = (seen.get(n) ?? 0) + 1;
    seen.set(n, occurrence);
    return { n, refId: refId(n, occurrence) };
  });
}

export interface NoteForCheck {
  n: number;
  markerLost: boolean;
}

/**
 * Problems between a body's markers and its notes, as messages naming the field.
 * Every marker needs a note; every note needs a marker, unless the source lost it
 * (markerLost), in which case there must be none; note numbers are unique.
 */
export function checkNoteMarkers(body: string, notes: readonly NoteForCheck[]): string[] {
  const problems: string[] = [];
  const cited = new Set(findMarkers(body).map((m) => m.n));
  const numbers = new Set<number>();
  for (const note of notes) {
    if (numbers.has(note.n)) problems.push(`notes: note ${note.n} is listed twice; expected each number once`);
    numbers.add(note.n);
    if (note.markerLost && cited.has(note.n)) {
      problems.push(`notes: note ${note.n} is marked markerLost but the text has a marker [^${note.n}]; expected markerLost only when no marker survives`);
    }
    if (!note.markerLost && !cited.has(note.n)) {
      problems.push(`notes: note ${note.n} is never cited in the text; expected a marker [^${note.n}] or markerLost: true`);
    }
  }
  for (const n of cited) {
    if (!numbers.has(n)) problems.push(`body: marker [^${n}] has no note; expected an entry with n: ${n} under notes`);
  }
  return problems;
}
