import { checkContent, moveEntries } from './check-content.ts';
import type { Move } from './entries.ts';

export type { Move };

let loaded: Promise<Move[]> | undefined;

/**
 * Renamed pages, after the content gate has checked each (src/lib/content-rules/gate.ts): its
 * old address is free, its new one exists, and the rename is recorded as a correction.
 */
export async function getMoves(): Promise<Move[]> {
  loaded ??= checkContent().then(moveEntries);
  return loaded;
}
