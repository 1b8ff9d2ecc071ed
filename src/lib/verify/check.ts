import { bestMatch, quotePieces, quoteWords, type Candidate, type Verdict } from './match.ts';
import { wordKey } from './word-index.ts';

/**
 * How /verify/ finds the passages to compare a quotation with, without downloading the
 * archive's text: it looks the quotation's rarer words up in the word index
 * (src/lib/verify/word-index.ts), loads the few passages that hold the most of them, and
 * compares the quotation with each (src/lib/verify/match.ts). A changed or misspelt word is
 * simply in no passage; the others still find the passage it came from.
 */

/** Common English words, never worth a lookup. */
const COMMON = new Set(
  'the and for are was were has have had that this these those with from into onto than then them they their there which while what when where who whom whose about above after again against also among because been before being below between both could does doing during each further having here its itself more most other over same should some such very would your yours said says within without according including however although not but all any can may will'.split(
    ' ',
  ),
);

/** The words to look up: distinct, not common, at least three characters or holding a digit, longest first (a guess at rarity), then in order. */
export function searchTerms(words: readonly string[], count = 6): string[] {
  const seen = new Set<string>();
  const terms: string[] = [];
  for (const word of words) {
    const key = wordKey(word);
    if (seen.has(key) || COMMON.has(key) || (word.length < 3 && !/\d/.test(word))) continue;
    seen.add(key);
    terms.push(word);
  }
  return terms
    .map((w, i) => ({ w, i }))
    .sort((a, b) => b.w.length - a.w.length || a.i - b.i)
    .slice(0, count)
    .map((t) => t.w);
}

/** The passages ("<section>#<anchor>") that hold a word; a number when the word is too common to list; undefined when no passage holds it. */
export type Postings = (key: string) => Promise<readonly string[] | number | undefined>;
/** A passage's text, by its key. */
export type Load = (key: string) => Promise<Candidate>;

export interface CheckOutcome {
  /** The quotation word for word, the nearest passage, or nothing (no words, or no passage holds any of its rarer words). */
  verdict: Verdict | undefined;
  /** The words looked up. */
  terms: string[];
  /** Of those, the ones no passage holds. */
  absent: string[];
  /** Of those, the ones too common to narrow the search. */
  common: string[];
  /** How many passages were compared. */
  compared: number;
}

export interface CheckOptions {
  /** At most this many words are looked up (each may load one shard of the index). */
  lookups?: number;
  /** At most this many passages are compared (each may load one section's text). */
  candidates?: number;
}

export async function checkQuotation(quote: string, postings: Postings, load: Load, { lookups = 6, candidates = 8 }: CheckOptions = {}): Promise<CheckOutcome> {
  const words = quoteWords(quotePieces(quote));
  const rare = searchTerms(words, lookups);
  // A quotation of common words only is looked up by those words.
  const terms = rare.length > 0 ? rare : [...new Set(words)].slice(0, lookups);
  const outcome: CheckOutcome = { verdict: undefined, terms, absent: [], common: [], compared: 0 };
  if (words.length === 0) return outcome;
  const found = await Promise.all(terms.map((t) => postings(wordKey(t))));
  // Each passage scores one for every looked-up word it holds, plus a little more the rarer the word.
  const scores = new Map<string, number>();
  found.forEach((list, i) => {
    if (list === undefined) outcome.absent.push(terms[i]!);
    else if (typeof list === 'number') outcome.common.push(terms[i]!);
    else for (const key of list) scores.set(key, (scores.get(key) ?? 0) + 1 + 1 / list.length);
  });
  const chosen = [...scores]
    .sort((a, b) => b[1] - a[1])
    .slice(0, candidates)
    .map(([key]) => key);
  outcome.compared = chosen.length;
  if (chosen.length === 0) return outcome;
  outcome.verdict = bestMatch(quote, await Promise.all(chosen.map(load)));
  return outcome;
}
