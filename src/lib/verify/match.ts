import { normaliseCharacters } from './normalise.ts';

/**
 * Matching a quotation against a paragraph or note, word by word (/verify/).
 *
 * - Both texts are cut into tokens: a word is a run of letters, marks and digits (any script,
 *   so Cyrillic names are words like any other); every other character but white space is a
 *   token of its own (punctuation). Spacing and line breaks therefore never matter, and quotes
 *   and dashes are compared after src/lib/verify/normalise.ts's normalisation.
 * - An ellipsis ("...", "…", with or without brackets or parentheses) in the quotation stands
 *   for omitted words: it cuts the quotation into pieces, which must appear in order in one
 *   paragraph, with anything (or nothing) between them.
 * - Punctuation at the start and end of each piece is not compared (a quotation adds its own
 *   quotation marks and changes a final full stop), nor is the case of a piece's first letter
 *   (a quotation starts with a capital where the sentence did not), nor whether a quotation
 *   mark inside it is single or double (a quotation inside a quotation changes them).
 * - A quotation is found when it aligns with a stretch of the paragraph at no cost. Otherwise
 *   the alignment with the lowest cost (words changed, missing or added; punctuation costs half
 *   a word) is the nearest passage, and its differences are what a reader is shown.
 */

export interface Token {
  /** As printed in the text (before normalisation). */
  text: string;
  /** Normalised (quotes, dashes, NFC); what is compared. */
  norm: string;
  word: boolean;
  /** Offsets in the text it was cut from. */
  start: number;
  end: number;
}

const TOKEN = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;

export function tokenise(text: string): Token[] {
  return [...text.matchAll(TOKEN)].map((m) => {
    const norm = normaliseCharacters(m[0]);
    return { text: m[0], norm, word: /[\p{L}\p{M}\p{N}]/u.test(norm), start: m.index, end: m.index + m[0].length };
  });
}

/** An ellipsis standing for omitted words: three or more dots (spaced or not) or "…", in optional brackets or parentheses. */
export const ELLIPSIS = /\s*[[(]?\s*(?:(?:\.\s*){3,}|…(?:\s*…)*)\s*[\])]?\s*/g;

/**
 * The quotation's pieces, cut at each ellipsis, each without the punctuation at its edges;
 * empty pieces are dropped. Offsets are in the whole quotation.
 */
export function quotePieces(quote: string): Token[][] {
  const ranges: [number, number][] = [];
  let from = 0;
  for (const m of quote.matchAll(ELLIPSIS)) {
    ranges.push([from, m.index]);
    from = m.index + m[0].length;
  }
  ranges.push([from, quote.length]);
  return ranges
    .map(([start, end]) => {
      const tokens = tokenise(quote.slice(start, end)).map((t) => ({ ...t, start: t.start + start, end: t.end + start }));
      let first = 0;
      let last = tokens.length;
      while (first < last && !tokens[first]!.word) first++;
      while (last > first && !tokens[last - 1]!.word) last--;
      return tokens.slice(first, last);
    })
    .filter((piece) => piece.length > 0);
}

/** The quotation's words, for choosing search terms and for measuring how much of it a passage holds. */
export function quoteWords(pieces: readonly (readonly Token[])[]): string[] {
  return pieces.flatMap((piece) => piece.filter((t) => t.word).map((t) => t.norm));
}

export type Step =
  | { kind: 'same'; quote: Token; report: Token }
  /** A token the quotation has in place of the report's. */
  | { kind: 'changed'; quote: Token; report: Token }
  /** A token of the quotation that the report does not have. */
  | { kind: 'added'; quote: Token }
  /** A token of the report that the quotation leaves out (without an ellipsis). */
  | { kind: 'left-out'; report: Token }
  /** The report's tokens an ellipsis stands for (possibly none). */
  | { kind: 'omitted'; report: Token[] };

export interface Alignment {
  /** 0 when the quotation stands in the text word for word. */
  cost: number;
  /** The cost of the quotation against nothing at all: every token missing. */
  weight: number;
  steps: Step[];
  /** Offsets of the aligned stretch in the text (empty stretch: start = end). */
  start: number;
  end: number;
}

const weightOf = (t: Token) => (t.word ? 1 : 0.5);

const QUOTE_MARKS = new Set(['"', "'"]);

/** What it costs to put quotation token q where the report has p. */
function substitution(q: Token, p: Token, pieceStart: boolean): number {
  if (q.norm === p.norm) return 0;
  // A quotation turns the double quotes inside it into single ones, and the reverse.
  if (QUOTE_MARKS.has(q.norm) && QUOTE_MARKS.has(p.norm)) return 0;
  if (q.word && p.word && q.norm.toLowerCase() === p.norm.toLowerCase()) {
    // The first letter of a piece may be capitalised (or not) to fit the writer's sentence.
    if (pieceStart && q.norm.slice(1) === p.norm.slice(1)) return 0;
    return 0.25;
  }
  return Math.max(weightOf(q), weightOf(p));
}

/**
 * The best alignment of the quotation's pieces with a stretch of the text: every piece in
 * order, an ellipsis between pieces free to stand for any run of the text.
 */
export function align(pieces: readonly (readonly Token[])[], text: string): Alignment {
  // The quotation as one sequence, a gap (null) between pieces.
  const q: (Token | null)[] = [];
  const pieceStart = new Set<number>();
  pieces.forEach((piece, i) => {
    if (i > 0) q.push(null);
    pieceStart.add(q.length);
    q.push(...piece);
  });
  const p = tokenise(text);
  const m = q.length;
  const n = p.length;
  const weight = q.reduce((sum, t) => sum + (t ? weightOf(t) : 0), 0);
  // d[i][j]: the cost of the first i quotation tokens against a stretch of the text ending at token j (free start).
  const width = n + 1;
  const d = new Float64Array((m + 1) * width);
  for (let i = 1; i <= m; i++) {
    const qi = q[i - 1]!;
    const row = i * width;
    const prev = (i - 1) * width;
    d[row] = d[prev]! + (qi ? weightOf(qi) : 0);
    for (let j = 1; j <= n; j++) {
      if (qi === null) {
        d[row + j] = Math.min(d[prev + j]!, d[row + j - 1]!);
      } else {
        const pj = p[j - 1]!;
        d[row + j] = Math.min(d[prev + j - 1]! + substitution(qi, pj, pieceStart.has(i - 1)), d[prev + j]! + weightOf(qi), d[row + j - 1]! + weightOf(pj));
      }
    }
  }
  // Free end: the best column of the last row (the earliest, on a tie).
  let endJ = 0;
  for (let j = 1; j <= n; j++) if (d[m * width + j]! < d[m * width + endJ]!) endJ = j;
  const cost = d[m * width + endJ]!;

  // Back through the table, preferring a match, then a changed token, over gaps.
  const steps: Step[] = [];
  let i = m;
  let j = endJ;
  const near = (a: number, b: number) => Math.abs(a - b) < 1e-9;
  while (i > 0) {
    const qi = q[i - 1]!;
    const here = d[i * width + j]!;
    if (qi === null) {
      const skipped: Token[] = [];
      // The gap takes every text token up to where the previous piece ended at the same cost.
      while (j > 0 && near(here, d[i * width + j - 1]!) && !near(here, d[(i - 1) * width + j]!)) {
        skipped.unshift(p[j - 1]!);
        j--;
      }
      steps.unshift({ kind: 'omitted', report: skipped });
      i--;
      continue;
    }
    if (j > 0) {
      const pj = p[j - 1]!;
      const sub = substitution(qi, pj, pieceStart.has(i - 1));
      if (near(here, d[(i - 1) * width + j - 1]! + sub)) {
        steps.unshift(sub === 0 ? { kind: 'same', quote: qi, report: pj } : { kind: 'changed', quote: qi, report: pj });
        i--;
        j--;
        continue;
      }
      if (near(here, d[i * width + j - 1]! + weightOf(pj))) {
        steps.unshift({ kind: 'left-out', report: pj });
        j--;
        continue;
      }
    }
    steps.unshift({ kind: 'added', quote: qi });
    i--;
  }
  const reportTokens = steps.flatMap((s) => (s.kind === 'omitted' ? s.report : 'report' in s ? [s.report] : []));
  const start = reportTokens[0]?.start ?? p[j]?.start ?? 0;
  const end = reportTokens.at(-1)?.end ?? start;
  return { cost, weight, steps, start, end };
}

/** How much of the quotation the passage holds, from 0 (nothing) to 1 (word for word). */
export function similarity(alignment: Alignment): number {
  return alignment.weight === 0 ? 0 : Math.max(0, 1 - alignment.cost / alignment.weight);
}

/** A stretch of the passage as a reader is shown it. */
export type Segment =
  | { kind: 'same'; text: string }
  /** The quotation says `quote` where the report says `report` (either may be empty). */
  | { kind: 'differs'; quote: string; report: string }
  /** An ellipsis in the quotation stands for these words of the report. */
  | { kind: 'omitted'; report: string };

/**
 * The aligned stretch of the text, cut into what agrees, what differs and what an ellipsis
 * omits. The report's side keeps the text as printed, spacing included; the quotation's side
 * is its tokens as typed, joined by single spaces where the quotation had space.
 */
export function segments(alignment: Alignment, text: string, quote: string): Segment[] {
  const out: Segment[] = [];
  let cursor = alignment.start;
  // The report's text up to and including token t, from where the last segment stopped.
  const reportUpTo = (t: Token) => {
    const piece = text.slice(cursor, t.end);
    cursor = t.end;
    return piece;
  };
  const push = (segment: Segment) => {
    const last = out.at(-1);
    if (last && last.kind === segment.kind) {
      if (last.kind === 'same' && segment.kind === 'same') last.text += segment.text;
      else if (last.kind === 'differs' && segment.kind === 'differs') {
        last.quote += segment.quote;
        last.report += segment.report;
      } else if (last.kind === 'omitted' && segment.kind === 'omitted') last.report += segment.report;
      return;
    }
    out.push(segment);
  };
  let lastQuoteEnd = -1;
  const quoteText = (t: Token) => {
    const spaced = lastQuoteEnd >= 0 && /\s/.test(quote.slice(lastQuoteEnd, t.start)) ? ' ' : '';
    lastQuoteEnd = t.end;
    return spaced + t.text;
  };
  for (const step of alignment.steps) {
    switch (step.kind) {
      case 'same':
        lastQuoteEnd = -1;
        quoteText(step.quote);
        push({ kind: 'same', text: reportUpTo(step.report) });
        break;
      case 'changed':
        push({ kind: 'differs', quote: quoteText(step.quote), report: reportUpTo(step.report) });
        break;
      case 'added':
        push({ kind: 'differs', quote: quoteText(step.quote), report: '' });
        break;
      case 'left-out':
        push({ kind: 'differs', quote: '', report: reportUpTo(step.report) });
        break;
      case 'omitted':
        lastQuoteEnd = -1;
        push({ kind: 'omitted', report: step.report.length > 0 ? reportUpTo(step.report.at(-1)!) : '' });
        break;
    }
  }
  // A difference's quotation side starts where the report side's spacing does.
  for (const s of out) if (s.kind === 'differs') s.quote = s.quote.trim();
  return out;
}

export interface Candidate {
  /** Anything that identifies the passage to the caller (its URL). */
  id: string;
  text: string;
  /** Prepares the quotation for this passage's text (a note indexed with its URLs shortened, say). */
  prepareQuote?: ((quote: string) => string) | undefined;
}

export interface Verdict {
  candidate: Candidate;
  alignment: Alignment;
  found: boolean;
  similarity: number;
  segments: Segment[];
}

/**
 * The candidate that holds the quotation word for word, or else the nearest one; undefined
 * when there is no candidate or the quotation has no words.
 */
export function bestMatch(quote: string, candidates: readonly Candidate[]): Verdict | undefined {
  let best: Verdict | undefined;
  for (const candidate of candidates) {
    const prepared = candidate.prepareQuote ? candidate.prepareQuote(quote) : quote;
    const pieces = quotePieces(prepared);
    if (quoteWords(pieces).length === 0) return undefined;
    const alignment = align(pieces, candidate.text);
    const score = similarity(alignment);
    if (!best || score > best.similarity) {
      best = { candidate, alignment, found: alignment.cost === 0, similarity: score, segments: [] };
    }
  }
  if (best) {
    const prepared = best.candidate.prepareQuote ? best.candidate.prepareQuote(quote) : quote;
    best.segments = segments(best.alignment, best.candidate.text, prepared);
  }
  return best;
}
