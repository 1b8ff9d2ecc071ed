import { bestMatch, quotePieces, quoteWords, type Candidate, type Verdict } from './match.ts';

/**
 * How /verify/ finds the passages to compare a quotation with, without downloading the
 * archive's text: it asks the search index (Pagefind) for the quotation's rarest words and
 * compares the quotation with the passages that hold them. Rarity is guessed from the word
 * alone (long words that are not common English words), since every word looked up costs a
 * piece of the index (about 24 KiB) and a first visit must stay within the search page's
 * budget: one word is looked up first, and more only when its results are too many to read
 * or hold no close passage.
 */

/** Common English words, never worth a lookup. */
const COMMON = new Set(
  'about above after again against also among because been before being below between both could does doing during each from further have having here into itself more most other over same should some such than that their theirs them themselves then there these they this those through under until very were what when where which while whom with would your yours said says also which within without according including however although'.split(' '),
);

/** The words to look up, rarest first (by the guess above): distinct, not common, at least three characters or a number. */
export function searchTerms(words: readonly string[], count = 3): string[] {
  const seen = new Set<string>();
  const terms: string[] = [];
  for (const word of words) {
    const key = word.toLowerCase();
    if (seen.has(key) || COMMON.has(key) || (word.length < 3 && !/\d/.test(word))) continue;
    seen.add(key);
    terms.push(word);
  }
  // Longest first; a word with a capital inside the quotation (a name) before others of its length; then in order.
  const score = (w: string) => w.length + (/^\p{Lu}/u.test(w) ? 0.5 : 0);
  return terms
    .map((w, i) => ({ w, i }))
    .sort((a, b) => score(b.w) - score(a.w) || a.i - b.i)
    .slice(0, count)
    .map((t) => t.w);
}

export interface Hit {
  /** Identifies the passage (its URL), so a passage met twice is loaded once. */
  id: string;
  load(): Promise<Candidate>;
}

/** The search index, as the check uses it: the passages (paragraphs and notes) that hold every word of a query, best first. */
export type Search = (query: string) => Promise<Hit[]>;

export interface CheckOutcome {
  /** The quotation word for word, the nearest passage, or nothing (no candidate, or no words). */
  verdict: Verdict | undefined;
  /** The words of the quotation looked up, rarest first. */
  terms: string[];
  /** The queries sent to the index, in order. */
  queries: string[];
  /** How many passages were compared. */
  compared: number;
}

export interface CheckOptions {
  /** At most this many passages are loaded for one query (a passage is one small download). */
  perQuery?: number;
  /** A nearest passage at least this similar ends the search early. */
  closeEnough?: number;
}

export async function checkQuotation(quote: string, search: Search, { perQuery = 12, closeEnough = 0.75 }: CheckOptions = {}): Promise<CheckOutcome> {
  const words = quoteWords(quotePieces(quote));
  const terms = searchTerms(words);
  const outcome: CheckOutcome = { verdict: undefined, terms, queries: [], compared: 0 };
  if (words.length === 0) return outcome;
  const loaded = new Map<string, Candidate>();
  const compare = async (hits: Hit[]) => {
    for (const hit of hits.slice(0, perQuery)) if (!loaded.has(hit.id)) loaded.set(hit.id, await hit.load());
    outcome.compared = loaded.size;
    outcome.verdict = bestMatch(quote, [...loaded.values()]);
    return outcome.verdict && (outcome.verdict.found || outcome.verdict.similarity >= closeEnough);
  };
  const run = async (query: string) => {
    outcome.queries.push(query);
    return search(query);
  };
  // With no rare word (a quotation of common words only), the quotation's own words are the query.
  const plan = terms.length > 0 ? terms : words.slice(0, 3);
  for (const [i, term] of plan.entries()) {
    let hits = await run(term);
    // Too many to read: narrow with the next rarest words, one at a time, as long as something is left.
    for (const other of plan.slice(i + 1)) {
      if (hits.length <= perQuery) break;
      const narrower = await run(`${term} ${other}`);
      if (narrower.length > 0) hits = narrower;
    }
    if (await compare(hits)) break;
  }
  return outcome;
}
