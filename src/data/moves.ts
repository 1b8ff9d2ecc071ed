import { getCollection, type CollectionEntry } from 'astro:content';
import { correctionFor } from './corrections.ts';
import { failOnContentProblems, problemAt, type ContentProblem } from './content-error.ts';

export type Move = CollectionEntry<'moves'>;

let loaded: Promise<Move[]> | undefined;

/**
 * Renamed pages, after checking that each old address is free (no page is still there),
 * each new one exists, and each rename is recorded as a correction.
 */
async function load(): Promise<Move[]> {
  const [moves, incidents, topics] = await Promise.all([getCollection('moves'), getCollection('incidents'), getCollection('topics')]);
  const pages = new Set([...incidents.map((i) => `incidents/${i.id}/`), ...topics.map((t) => `topics/${t.id}/`)]);
  const problems: ContentProblem[] = [];
  for (const move of moves) {
    if (pages.has(move.data.from)) problems.push(problemAt(move, 'from', `"${move.data.from}" is still a page; expected the old address of a renamed page`));
    if (!pages.has(move.data.to) && !moves.some((m) => m.data.from === move.data.to)) problems.push(problemAt(move, 'to', `"${move.data.to}" is no page; expected the new address of an incident or topic`));
    if (!(await correctionFor(move.data.from, move.data.date))) {
      problems.push(problemAt(move, 'date', `no correction records this move; expected a file in content/corrections/ dated ${move.data.date} whose targets include "${move.data.from}"`));
    }
  }
  failOnContentProblems(problems);
  return moves;
}

export async function getMoves(): Promise<Move[]> {
  loaded ??= load();
  return loaded;
}
