import { createHash } from 'node:crypto';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import type { RootContent } from 'mdast';
import { MARKER_PATTERN } from '../notes/note-markers.ts';

/**
 * Permanent paragraph anchors. A paragraph's id (p1, p2 …) is given once and kept for ever:
 * each section has a lockfile (content/anchors/<report>/<section>.yaml) that records, for
 * every id, a fingerprint of its paragraph's text. The build matches paragraphs to ids by
 * that fingerprint, never by position, so inserting a paragraph moves no link. A paragraph
 * a correction removes or merges keeps its id as a retired anchor that says where its text
 * went. `npm run anchors` (scripts/authoring/anchors.ts) updates the lockfiles with updateAnchorLock().
 */

export interface ActiveAnchor {
  id: string;
  /** Fingerprint of the paragraph's words (see fingerprint()). */
  fingerprint: string;
  /** The paragraph's first words, so the lockfile can be read by a person. */
  starts: string;
  /** Dates on which a correction changed this paragraph's words (the id stayed). */
  revised?: string[] | undefined;
}

export type RetiredFate = 'removed' | 'merged' | 'split';

export interface RetiredAnchor {
  id: string;
  fingerprint: string;
  starts: string;
  retired: string;
  fate: RetiredFate;
  /** Where its text went: the paragraph it was merged into, or the paragraphs it was split into. */
  into?: string[] | undefined;
  /** The id of the paragraph it followed, so the retired anchor stands where the text was. */
  after?: string | undefined;
}

export interface AnchorLock {
  paragraphs: ActiveAnchor[];
  retired: RetiredAnchor[];
}

/**
 * The reading blocks of a section body as the site numbers them: each top-level paragraph,
 * each block quote, and each item of a top-level list, in reading order, as plain text.
 * (src/lib/reading/section-html.ts gives the same blocks ids on the rendered page, and checks that
 * their number agrees.)
 */
export function sourceParagraphs(body: string): string[] {
  const blocks: string[] = [];
  const visit = (node: RootContent) => {
    if (node.type === 'paragraph' || node.type === 'blockquote') blocks.push(toString(node));
    else if (node.type === 'list') for (const item of node.children) blocks.push(toString(item));
  };
  fromMarkdown(body).children.forEach(visit);
  return blocks;
}

/** Words only, lower-cased, without note markers: what a paragraph says, not how it was typed. */
export function paragraphWords(text: string): string[] {
  return (
    text
      .replace(MARKER_PATTERN, ' ')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

export function fingerprint(text: string): string {
  return createHash('sha256').update(paragraphWords(text).join(' ')).digest('hex').slice(0, 16);
}

function starts(text: string): string {
  const words = text.replace(MARKER_PATTERN, '').replace(/\s+/g, ' ').trim().split(' ');
  return words.slice(0, 8).join(' ') + (words.length > 8 ? ' …' : '');
}

const idNumber = (id: string) => Number(id.slice(1));

/** The next id never used in this section: one past every id, active or retired. */
export function nextAnchorId(lock: AnchorLock): string {
  const used = [...lock.paragraphs, ...lock.retired].map((a) => idNumber(a.id));
  return `p${Math.max(0, ...used) + 1}`;
}

export interface AnchorAssignment {
  /** The id of each paragraph, in reading order. */
  ids: string[];
  problems: string[];
}

/**
 * Gives each paragraph its recorded id by fingerprint (the k-th paragraph with a given
 * fingerprint takes the k-th entry with it). Paragraphs the lockfile does not know, and
 * recorded anchors no paragraph matches, are problems: the lockfile must be brought up to
 * date with `npm run anchors`, and the change recorded as a correction.
 */
export function assignAnchors(paragraphs: readonly string[], lock: AnchorLock): AnchorAssignment {
  const unused = [...lock.paragraphs];
  const problems: string[] = [];
  const ids = paragraphs.map((text, index) => {
    const print = fingerprint(text);
    const at = unused.findIndex((a) => a.fingerprint === print);
    if (at === -1) {
      problems.push(
        `paragraph ${index + 1} (“${starts(text)}”) has no permanent anchor; expected the lockfile to record it: run \`npm run anchors\` and record the change in content/corrections/`,
      );
      return '';
    }
    return unused.splice(at, 1)[0]!.id;
  });
  for (const anchor of unused) {
    problems.push(
      `${anchor.id} (“${anchor.starts}”) matches no paragraph; expected its text unchanged, or the lockfile updated with \`npm run anchors\` and the change recorded in content/corrections/`,
    );
  }
  return { ids, problems };
}

/** Share of a's words that also stand in b (as a multiset): how much of a went into b. */
function containment(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const w of b) counts.set(w, (counts.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of a) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(w, n - 1);
    }
  }
  return shared / a.length;
}

/** Above this share of shared words (both ways), a changed paragraph is the same paragraph corrected. */
const SAME_PARAGRAPH = 0.6;

export interface AnchorUpdate {
  lock: AnchorLock;
  added: string[];
  revised: string[];
  retired: string[];
}

/**
 * Brings a lockfile up to date with a section's paragraphs, never reusing an id.
 * `previous` are the section's paragraphs as last published (the lockfile keeps only
 * fingerprints, so the words come from the committed file); with them:
 * - a paragraph whose fingerprint is recorded keeps its id;
 * - a paragraph that shares most of its words with a recorded paragraph left unmatched is
 *   that paragraph corrected: it keeps the id, marked revised on `date`;
 * - any other paragraph gets a new id, one past every id ever used in the section;
 * - a recorded paragraph still unmatched is retired on `date`: merged into the paragraph
 *   that now holds most of its words, or removed. It stands after the paragraph it followed.
 */
export function updateAnchorLock(paragraphs: readonly string[], lock: AnchorLock, date: string, previous: readonly string[] = []): AnchorUpdate {
  const wordsOf = new Map(previous.map((text) => [fingerprint(text), paragraphWords(text)]));
  const unused = [...lock.paragraphs];
  const take = (test: (a: ActiveAnchor) => boolean) => {
    const at = unused.findIndex(test);
    return at === -1 ? undefined : unused.splice(at, 1)[0]!.id;
  };
  const ids = paragraphs.map((text) => take((a) => a.fingerprint === fingerprint(text)));

  const revised: string[] = [];
  const newWords = paragraphs.map(paragraphWords);
  const unmatched = () => paragraphs.flatMap((_, i) => (ids[i] ? [] : [i]));
  // A recorded paragraph whose words went into exactly one new paragraph, which is mostly
  // made of them, is that paragraph corrected. (Into two or more: it was split; see below.)
  for (const anchor of [...unused]) {
    const old = wordsOf.get(anchor.fingerprint);
    if (!old) continue;
    const pieces = unmatched().filter((i) => containment(newWords[i]!, old) >= SAME_PARAGRAPH);
    if (pieces.length === 1 && containment(old, newWords[pieces[0]!]!) >= SAME_PARAGRAPH) {
      ids[pieces[0]!] = take((a) => a === anchor);
      revised.push(anchor.id);
    }
  }
  // A new paragraph that holds most of the words of two or more recorded paragraphs merges
  // them: the first keeps its id (revised), the others are retired as merged into it.
  for (const i of unmatched()) {
    const sources = unused.filter((a) => {
      const old = wordsOf.get(a.fingerprint);
      return !!old && containment(old, newWords[i]!) >= SAME_PARAGRAPH;
    });
    if (sources.length >= 2) {
      ids[i] = take((a) => a === sources[0]);
      revised.push(sources[0]!.id);
    }
  }

  const active: ActiveAnchor[] = [];
  const added: string[] = [];
  paragraphs.forEach((text, i) => {
    const id = ids[i] ?? nextAnchorId({ paragraphs: [...lock.paragraphs, ...active], retired: lock.retired });
    if (!ids[i]) added.push(id);
    const dates = [...(lock.paragraphs.find((a) => a.id === id)?.revised ?? []), ...(revised.includes(id) ? [date] : [])];
    active.push({ id, fingerprint: fingerprint(text), starts: starts(text), ...(dates.length ? { revised: dates } : {}) });
  });

  const retired = unused.map((anchor): RetiredAnchor => {
    const oldWords = wordsOf.get(anchor.fingerprint) ?? [];
    const home = active.map((p, i) => ({ id: p.id, share: containment(oldWords, paragraphWords(paragraphs[i]!)) })).sort((a, b) => b.share - a.share)[0];
    // New paragraphs whose words mostly came from this one: the pieces it was split into.
    const pieces = active.filter((p, i) => added.includes(p.id) && containment(paragraphWords(paragraphs[i]!), oldWords) >= SAME_PARAGRAPH).map((p) => p.id);
    const position = lock.paragraphs.findIndex((a) => a.id === anchor.id);
    const before = lock.paragraphs
      .slice(0, position)
      .reverse()
      .find((a) => active.some((p) => p.id === a.id));
    return {
      id: anchor.id,
      fingerprint: anchor.fingerprint,
      starts: anchor.starts,
      retired: date,
      ...(pieces.length >= 2
        ? { fate: 'split' as const, into: pieces }
        : home && home.share >= SAME_PARAGRAPH
          ? { fate: 'merged' as const, into: [home.id] }
          : { fate: 'removed' as const }),
      ...(before ? { after: before.id } : {}),
    };
  });
  return {
    lock: { paragraphs: active, retired: [...lock.retired, ...retired] },
    added,
    revised,
    retired: retired.map((r) => r.id),
  };
}
