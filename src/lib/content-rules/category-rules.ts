import { incidentCategories, type Category } from '../incident-categories.ts';

export type { Category };

/**
 * Categories have a reason (issue 20). A table of cue words per category, kept as reviewed
 * content (content/review/category-cues.yaml), ties an incident's categories to its quotes:
 * - a category none of whose cues appears in the quotes needs a one-line `because:` reason
 *   in the incident, written and reviewed by a person;
 * - a cue of a category the incident lacks is a suggestion, which must be settled in the
 *   review list (content/review/category-review.yaml): `added` (the category was added) or
 *   `declined` (with the reason). A listed decision that no longer fits the incident is stale.
 * Each rule returns problems as "field: what is wrong; expected …".
 */

/** content/review/category-cues.yaml (its schema: src/schemas/review.ts): every category, each with two lists of cues. */
export type CategoryCues = Record<Category, { suggest: string[]; support: string[] }>;

/** content/review/category-review.yaml: one entry per settled suggestion. */
export interface CategoryReviewEntry {
  incident: string;
  category: Category;
  cue: string;
  decision: 'added' | 'declined';
  reason: string;
}

function cuePattern(cueText: string): RegExp {
  const words = cueText
    .trim()
    .split(/\s+/)
    .map((word) => {
      const prefix = word.endsWith('*');
      const escaped = (prefix ? word.slice(0, -1) : word).replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]");
      return prefix ? `${escaped}[\\p{L}\\p{N}]*` : escaped;
    });
  return new RegExp(`(?<![\\p{L}\\p{N}])${words.join('\\s+')}(?![\\p{L}\\p{N}])`, 'iu');
}

const patterns = new Map<string, RegExp>();
/** Whether a cue ("block", "detain*", "restrict access") stands in a text, as whole words. */
export function cueIn(cueText: string, text: string): boolean {
  let pattern = patterns.get(cueText);
  if (!pattern) patterns.set(cueText, (pattern = cuePattern(cueText)));
  return pattern.test(text);
}

/** The cues of one category (by default all of them; or only those that suggest it) that stand in any of the quotes. */
export function cuesFound(cues: CategoryCues, category: Category, quotes: readonly string[], which: 'all' | 'suggest' = 'all'): string[] {
  const list = which === 'suggest' ? cues[category].suggest : [...cues[category].suggest, ...cues[category].support];
  return list.filter((c) => quotes.some((q) => cueIn(c, q)));
}

export interface CategorisedIncident {
  id: string;
  categories: readonly Category[];
  because?: Partial<Record<Category, string>> | undefined;
  mentions: readonly { quote: string }[];
}

/** A category the quotes suggest and the incident lacks, with the first cue that suggests it. */
export interface CategorySuggestion {
  incident: string;
  category: Category;
  cue: string;
}

export function categorySuggestions(cues: CategoryCues, incident: CategorisedIncident): CategorySuggestion[] {
  const quotes = incident.mentions.map((m) => m.quote);
  return incidentCategories.flatMap((category) => {
    if (incident.categories.includes(category)) return [];
    const found = cuesFound(cues, category, quotes, 'suggest');
    return found.length > 0 ? [{ incident: incident.id, category, cue: found[0]! }] : [];
  });
}

/**
 * Each category of the incident has a cue in its quotes or a `because:` reason; a reason is
 * given only for a category the incident has and whose cues the quotes lack (else it is stale).
 */
export function categoryReasonProblems(cues: CategoryCues, incident: CategorisedIncident): string[] {
  const quotes = incident.mentions.map((m) => m.quote);
  const problems: string[] = [];
  for (const category of incident.categories) {
    const found = cuesFound(cues, category, quotes);
    const reason = incident.because?.[category];
    if (found.length === 0 && !reason) {
      problems.push(
        `categories: "${category}" has none of its cue words (${cues[category].suggest.slice(0, 5).join(', ')} …, content/review/category-cues.yaml) in any quote; expected a one-line reason under \`because: { ${category}: "…" }\`, or another category`,
      );
    } else if (found.length > 0 && reason) {
      problems.push(`because.${category}: a quote holds the cue “${found[0]}” of this category, so it needs no reason; expected this reason removed`);
    }
  }
  for (const category of Object.keys(incident.because ?? {}) as Category[]) {
    if (!incident.categories.includes(category)) {
      problems.push(
        `because.${category}: gives a reason for a category the incident does not have; expected a reason only for one of its categories (${incident.categories.join(', ')})`,
      );
    }
  }
  return problems;
}

/** A problem with the review list or with an incident it does not settle, located by the caller. */
export interface CategoryReviewProblem {
  /** The position in the review list, or undefined for a suggestion not in the list. */
  entry?: number | undefined;
  incident: string;
  message: string;
}

/**
 * Every suggestion is settled in the review list, and every listed decision still fits:
 * `added` needs the category on the incident; `declined` needs it absent and the cue still in
 * the quotes (else the suggestion no longer arises and the entry is stale). An entry for an
 * incident that does not exist, or a second entry for the same incident and category, is an error.
 */
export function categoryReviewProblems(
  cues: CategoryCues,
  incidents: readonly CategorisedIncident[],
  review: readonly CategoryReviewEntry[],
): CategoryReviewProblem[] {
  const problems: CategoryReviewProblem[] = [];
  const byId = new Map(incidents.map((i) => [i.id, i]));
  const listed = new Map<string, number>();
  review.forEach((entry, index) => {
    const key = `${entry.incident} ${entry.category}`;
    const incident = byId.get(entry.incident);
    const at = (message: string) => problems.push({ entry: index, incident: entry.incident, message });
    if (listed.has(key))
      at(
        `category: ${entry.category} for ${entry.incident} is settled twice (also entry ${listed.get(key)! + 1}); expected one decision per incident and category`,
      );
    listed.set(key, index);
    if (!cues[entry.category].suggest.includes(entry.cue))
      at(`cue: "${entry.cue}" is not a cue that suggests ${entry.category} in content/review/category-cues.yaml; expected one of its \`suggest\` cues`);
    if (!incident) {
      at(`incident: "${entry.incident}" is not an incident; expected the slug of a file in content/incidents/`);
      return;
    }
    const has = incident.categories.includes(entry.category);
    if (entry.decision === 'added' && !has) {
      at(
        `decision: is "added", but ${entry.incident} does not have the category ${entry.category}; expected the category on the incident, or the decision "declined" with a reason`,
      );
    }
    if (entry.decision === 'declined') {
      if (has) at(`decision: is "declined", but ${entry.incident} has the category ${entry.category}; expected "added", or the category removed`);
      else if (
        cuesFound(
          cues,
          entry.category,
          incident.mentions.map((m) => m.quote),
          'suggest',
        ).length === 0
      ) {
        at(`decision: is "declined", but no cue of ${entry.category} stands in ${entry.incident}'s quotes any more; expected this stale entry removed`);
      }
    }
  });
  for (const incident of incidents) {
    for (const s of categorySuggestions(cues, incident)) {
      if (listed.has(`${s.incident} ${s.category}`)) continue;
      problems.push({
        incident: s.incident,
        message: `categories: lacks ${s.category}, which the cue “${s.cue}” in a quote suggests (content/review/category-cues.yaml), and content/review/category-review.yaml does not settle it; expected the category added (and an entry with decision "added"), or an entry with decision "declined" and a one-line reason`,
      });
    }
  }
  return problems;
}
