import { normaliseCharacters } from './normalise.ts';
import { tokenise } from './match.ts';

/**
 * The word index /verify/ looks quotations up in: which passages (paragraphs and notes, by
 * "<section>#<anchor>") hold each word. It is cut into shards by a hash of the word, so a
 * check loads only the few shards its words fall in (a few KiB each), never the archive's
 * text, and needs no WebAssembly. A word found in more than COMMON_AT passages is recorded by
 * its count alone: it cannot narrow a search, and its list would grow with every report.
 * Words are keyed as the matcher compares them (src/lib/verify/match.ts): quotes, dashes and
 * Unicode form normalised, then lower-cased.
 */

export const COMMON_AT = 60;

/** Postings of one shard: word → the passages holding it, or, for a common word, how many do. */
export type Shard = Record<string, string[] | number>;

export function wordKey(word: string): string {
  return normaliseCharacters(word).toLowerCase();
}

/** FNV-1a (32-bit) of the key's UTF-16 code units: the same in the build and the browser. */
export function shardOf(key: string, shardCount: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % shardCount;
}

/** A word's entry in its shard; undefined when no passage holds it (own keys only: "constructor" is no word of the index just because objects have one). */
export function lookup(shard: Shard, key: string): string[] | number | undefined {
  return Object.hasOwn(shard, key) ? shard[key] : undefined;
}

export interface IndexedPassage {
  /** "<section>#<anchor>" */
  key: string;
  text: string;
}

/** About this many postings per shard: about 3 KiB gzipped, so each word looked up costs little. */
const POSTINGS_PER_SHARD = 600;

export function buildWordIndex(passages: readonly IndexedPassage[]): { shardCount: number; shards: Shard[] } {
  const postings = new Map<string, string[]>();
  for (const passage of passages) {
    for (const word of new Set(
      tokenise(passage.text)
        .filter((t) => t.word)
        .map((t) => wordKey(t.norm)),
    )) {
      const list = postings.get(word) ?? [];
      list.push(passage.key);
      postings.set(word, list);
    }
  }
  const kept = [...postings.values()].reduce((sum, list) => sum + (list.length > COMMON_AT ? 1 : list.length), 0);
  const shardCount = Math.max(1, Math.ceil(kept / POSTINGS_PER_SHARD));
  const shards: Shard[] = Array.from({ length: shardCount }, () => ({}));
  for (const [word, list] of [...postings].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    shards[shardOf(word, shardCount)]![word] = list.length > COMMON_AT ? list.length : list;
  }
  return { shardCount, shards };
}
