/**
 * How to read a source file for the fidelity check: which lines are deliberately not
 * published (page furniture, duplicates, page numbers), which extraction damage was
 * repaired, and how lines join into blocks. Every entry here must also be told to
 * readers in the report's editorial notes.
 */
export interface SourceReading {
  report: string;
  /** File name in content/sources/. */
  file: string;
  /** True for hard-wrapped PDF text: the lines of one block are joined into one. */
  wrapped: boolean;
  /** For wrapped text: 1-based lines whose final hyphen is a real one (state-/controlled). Others are soft and removed. */
  keepLineEndHyphens?: number[];
  /** Inclusive 1-based line ranges that are deliberately not published, with the reason. */
  furniture: { lines: [number, number]; reason: string }[];
  /** Word-level repairs applied to one source line before comparing, e.g. a lost hyphen restored. */
  repairs: { line: number; from: string; to: string; reason: string }[];
  /** Lines that start a new block though no blank line precedes them (a note block after body text, say). */
  blockBreaks?: number[];
  /**
   * Inclusive line ranges printed as a table or box (score tables, fact boxes) whose
   * layout the site does not keep line for line: the site shows them as a table built from
   * the report's data. Each of their words must appear on the report's overview page.
   */
  tabular?: { lines: [number, number]; reason: string }[];
  /** Where the notes are listed, and how each note's printed number looks (" 1. See …"): the site shows that number in its own element. */
  noteList?: { lines: [number, number]; numberPattern: RegExp };
  /** Note markers that the site shows as links rather than text, e.g. /\[\d+\]/g for "[12]". Numeric markers need none. */
  markerPattern?: RegExp;
}

export interface SourceBlock {
  /** First and last 1-based source line of the block. */
  lines: [number, number];
  text: string;
  /** True for a block from a `tabular` range: its words are checked one by one. */
  tabular: boolean;
}

/** Applies a reading to the raw text, giving the blocks that must each appear on the site. */
export function readSource(raw: string, reading: SourceReading): SourceBlock[] {
  const lines = raw.split('\n');
  const removed = new Set<number>();
  for (const {
    lines: [from, to],
  } of reading.furniture) {
    for (let n = from; n <= to; n++) removed.add(n);
  }
  const repaired = lines.map((line, i) => {
    let text = reading.markerPattern ? line.replace(reading.markerPattern, '') : line;
    const list = reading.noteList;
    if (list && i + 1 >= list.lines[0] && i + 1 <= list.lines[1]) text = text.replace(list.numberPattern, '');
    // A bullet glyph or a Markdown dash at the start of a line is list layout, not text.
    text = text.replace(/^\s*(?:[•\uF0B7]|-(?=\s))\s*/, '');
    for (const repair of reading.repairs.filter((r) => r.line === i + 1)) {
      if (!text.includes(repair.from)) {
        throw new Error(`${reading.file} L${repair.line}: repair expects "${repair.from}" on that line, but it is not there`);
      }
      text = text.replace(repair.from, repair.to);
    }
    return text;
  });
  const tabular = new Set<number>();
  for (const {
    lines: [from, to],
  } of reading.tabular ?? []) {
    for (let n = from; n <= to; n++) tabular.add(n);
  }
  const keep = new Set(reading.keepLineEndHyphens ?? []);
  const breaks = new Set(reading.blockBreaks ?? []);
  const blocks: SourceBlock[] = [];
  let current: { start: number; end: number; parts: string[] } | undefined;
  const flush = () => {
    if (current) blocks.push({ lines: [current.start, current.end], text: current.parts.join(''), tabular: tabular.has(current.start) });
    current = undefined;
  };
  repaired.forEach((line, i) => {
    const n = i + 1;
    if (removed.has(n) || line.trim() === '') {
      flush();
      return;
    }
    if (!reading.wrapped || breaks.has(n) || tabular.has(n) !== tabular.has(n - 1)) flush();
    const trimmed = line.trim();
    if (!current) {
      current = { start: n, end: n, parts: [trimmed] };
      return;
    }
    const previous = current.parts[current.parts.length - 1]!;
    if (/[-‐]$/.test(previous)) {
      // A hyphen at a line end joins the halves; a soft one (the default) is dropped.
      if (!keep.has(current.end)) current.parts[current.parts.length - 1] = previous.slice(0, -1);
    } else {
      current.parts.push(' ');
    }
    current.parts.push(trimmed);
    current.end = n;
  });
  flush();
  return blocks;
}

/**
 * Words for comparison. Note markers cannot always be told from numbers in the
 * extractions ("internet. 4", "since 2009.80"), so numbers of one to three digits are
 * left out on both sides; every other word and number must match, in order.
 */
export function words(text: string): string[] {
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  ).filter((w) => !/^\d{1,3}$/.test(w));
}

/**
 * Words and punctuation marks, for the stricter check that quotes, dashes and stops are
 * as printed too. White space is ignored, and so are characters that are layout rather
 * than text in these extractions (Markdown and escape residue).
 */
const LAYOUT_CHARACTERS = /[\\*]/g;

export function wordsAndPunctuation(text: string): string[] {
  return (
    text
      .normalize('NFKC')
      .replace(LAYOUT_CHARACTERS, '')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu) ?? []
  ).filter((w) => !/^\d{1,3}$/.test(w));
}
