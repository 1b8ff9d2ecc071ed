/**
 * Suggestions for a query that finds nothing: the topic names (in any script or spelling the
 * archive records) nearest to it by edit distance, compared without case or punctuation.
 */

export interface NamedTopic {
  name: string;
  url: string;
  /** Every name the topic is known by: its name, printed aliases and other names. */
  names: string[];
}

export interface Suggestion {
  topic: NamedTopic;
  /** The name that came nearest, which is what the reader probably meant to type. */
  matched: string;
  distance: number;
}

export function normaliseName(text: string): string {
  return text
    .toLocaleLowerCase('en')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Levenshtein distance, with a transposition counted as one edit (optimal string alignment). */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[rows - 1]![cols - 1]!;
}

/** How many edits still count as "the same name, misspelt": about one in four letters, at most three. */
export function tolerance(length: number): number {
  return Math.min(3, Math.max(1, Math.floor(length / 4)));
}

export function nearestNames(query: string, topics: readonly NamedTopic[], limit = 3): Suggestion[] {
  const wanted = normaliseName(query);
  if (!wanted) return [];
  const best = topics
    .map((topic) => {
      const scored = topic.names.map((name) => ({ name, distance: editDistance(wanted, normaliseName(name)) }));
      const nearest = scored.reduce((a, b) => (b.distance < a.distance ? b : a));
      return { topic, matched: nearest.name, distance: nearest.distance };
    })
    .filter((s) => s.distance <= tolerance(Math.max(wanted.length, normaliseName(s.matched).length)))
    .sort((a, b) => a.distance - b.distance || a.topic.name.localeCompare(b.topic.name));
  return best.slice(0, limit);
}
