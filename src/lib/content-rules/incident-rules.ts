import { datesDisagree, normaliseSpace } from '../incidents.ts';

/**
 * Mechanical guards on the archive's own words about an incident. The summary and the
 * disagreement flag are written by the archive; these rules keep them tied to what the
 * quoted passages actually say. Each returns problems as "field: what is wrong; expected …".
 */

const NUMBER_WORDS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  dozen: 12,
  dozens: 12,
  hundreds: 100,
  thousand: 1000,
  thousands: 1000,
  million: 1_000_000,
  millions: 1_000_000,
  billion: 1_000_000_000,
  once: 1,
  twice: 2,
  single: 1,
  double: 2,
  half: 0.5,
};

const NUMBER_PATTERN = new RegExp(`\\d+(?:[.,]\\d+)*|\\b(?:${Object.keys(NUMBER_WORDS).join('|')})\\b`, 'gi');

/**
 * The numbers a text states, as canonical strings: digits with thousands separators dropped
 * ("1,000" → "1000"), and number words as their value ("eighty" → "80", "twice" → "2").
 * A summary may say "two" where a quote prints "2", and the reverse.
 */
export function numbersIn(text: string): string[] {
  return [...text.matchAll(NUMBER_PATTERN)].map(([token]) => {
    const word = NUMBER_WORDS[token.toLowerCase()];
    if (word !== undefined) return String(word);
    // "1,000" and "1.000" group thousands; "5.1" and "0,5" are decimals.
    const grouped = /^\d{1,3}([.,]\d{3})+$/.test(token);
    return grouped ? token.replace(/[.,]/g, '') : String(Number(token.replace(',', '.')));
  });
}

/** The numbers in a partial date: its year, and month and day where given ("2015-05-12" → 2015, 5, 12). */
function numbersInDate(date: string | undefined): string[] {
  if (!date) return [];
  return date
    .replace('~', '')
    .split('-')
    .map((part) => String(Number(part)));
}

export interface SummaryEvidence {
  summary: string;
  date: string;
  endDate?: string | undefined;
  /** Each mention's quote, its date, and the texts of the notes it cites (the report's own sources for the passage). */
  mentions: readonly { quote: string; date?: string | undefined; noteTexts?: readonly string[] }[];
  /** Edition years of the reports that mention the incident: a summary may name them ("the 2020 report"). */
  reportYears?: readonly number[];
}

/** "Freedom on the Net 2020", "the 2015 report", "the 2013 profile": a report's name, not a fact about the event. */
const REPORT_NAME = /\b(?:Freedom on the Net|FOTN|OpenNet Initiative|ONI) (\d{4})\b|\b(\d{4}) (?:report|edition|profile|country profile)\b/g;

function withoutReportNames(summary: string, years: readonly number[]): string {
  return summary.replace(REPORT_NAME, (name, a?: string, b?: string) => (years.includes(Number(a ?? b)) ? '' : name));
}

/**
 * Every number in the summary (digits, number words, years) must stand in one of the
 * quoted passages, in a note those passages cite, or in the incident's own dates: the
 * archive adds no figure the reports do not print.
 */
export function unsupportedSummaryNumbers(incident: SummaryEvidence): string[] {
  return unsupportedNumbers('summary', incident.summary, incident);
}

/**
 * The title meets the summary's rule: every number in it ("2011–2012", "nearly 950", "21st")
 * stands in a quote, a cited note or the incident's dates.
 */
export function unsupportedTitleNumbers(incident: Omit<SummaryEvidence, 'summary'> & { title: string }): string[] {
  return unsupportedNumbers('title', incident.title, incident);
}

function unsupportedNumbers(field: 'summary' | 'title', text: string, incident: Omit<SummaryEvidence, 'summary'>): string[] {
  const supported = new Set([
    ...incident.mentions.flatMap((m) => numbersIn(m.quote)),
    ...incident.mentions.flatMap((m) => (m.noteTexts ?? []).flatMap(numbersIn)),
    ...incident.mentions.flatMap((m) => numbersInDate(m.date)),
    ...numbersInDate(incident.date),
    ...numbersInDate(incident.endDate),
  ]);
  const missing = [...new Set(numbersIn(withoutReportNames(text, incident.reportYears ?? [])))].filter((n) => !supported.has(n));
  return missing.map(
    (n) =>
      `${field}: states the number ${n}, which no quoted passage, cited note or date of this incident gives; expected every number in the ${field} to stand in a mention's quote or a note it cites`,
  );
}

/**
 * Words by which a report hedges or attributes what it tells, so that the event is not stated
 * as fact. The one list the hedge rule uses (whole words, any case). "reported" is in it
 * because the reports use it for what users or others reported ("users reported outages");
 * where it means something else ("the reported period", "had reported on corruption") the
 * incident names the words that state the event plainly (see `plainly` below).
 */
export const HEDGES = [
  'reportedly',
  'reported',
  'it was reported',
  'allegedly',
  'alleged',
  'purportedly',
  'purported',
  'apparently',
  'according to',
  'claimed',
  'claiming',
  'is said to',
  'are said to',
  'was said to',
  'were said to',
  'may have',
  'might have',
  'it is believed',
  'is believed',
  'are believed',
  'was believed',
  'were believed',
  'widely believed',
] as const;

/**
 * What makes the archive's own words hedge or attribute: any hedge above, or a word that
 * names a source or a claim ("report", "said", "says", "claims", "complained", "suggest", "may").
 */
export const HEDGED_WORDS = [
  ...HEDGES,
  'report',
  'reports',
  'reporting',
  'said',
  'says',
  'say',
  'saying',
  'claim',
  'claims',
  'complain',
  'complained',
  'complaints',
  'suggest',
  'suggests',
  'suggested',
  'accused',
  'suspected',
  'may',
  'might',
  'believed',
] as const;

const wordsPattern = (words: readonly string[], flags: string) =>
  new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${[...words]
      .sort((a, b) => b.length - a.length)
      .map((w) => w.replace(/ /g, '\\s+'))
      .join('|')})(?![\\p{L}\\p{N}])`,
    flags,
  );
const HEDGE_PATTERN = wordsPattern(HEDGES, 'iu');
const HEDGED_PATTERN = wordsPattern(HEDGED_WORDS, 'iu');

/** The first hedge word in a text, if any. */
export function hedgeIn(text: string): string | undefined {
  return HEDGE_PATTERN.exec(text)?.[0];
}

/** Whether the archive's own words hedge or attribute. */
export function hedgesOrAttributes(text: string): boolean {
  return HEDGED_PATTERN.test(text);
}

/** The words around a hedge, for a message: its sentence, cut to about 140 characters. */
function hedgedWords(quote: string, hedge: string): string {
  const at = quote.indexOf(hedge);
  const dot = quote.lastIndexOf('. ', at);
  const sentenceStart = dot < 0 ? 0 : dot + 2;
  const start = Math.max(sentenceStart, at - 70);
  const sentenceEnd = quote.indexOf('. ', at);
  const stop = sentenceEnd < 0 ? quote.length : sentenceEnd + 1;
  const end = Math.min(stop, at + 70);
  return `${start > sentenceStart ? '…' : ''}${normaliseSpace(quote.slice(start, end))}${end < stop ? '…' : ''}`;
}

export interface HedgeEvidence {
  title: string;
  summary: string;
  /** Verbatim words of a quote, chosen by a person, that state the event with no hedge. */
  plainly?: string | undefined;
  mentions: readonly { quote: string; section?: string | undefined; paragraph?: string | undefined }[];
}

/**
 * Hedges carry over. Where a mention's quote hedges or attributes the event (a word in
 * HEDGES), the title and the summary hedge or attribute it too (a word in HEDGED_WORDS).
 * The exception is an account that states it plainly: another mention whose quote has no
 * hedge word at all, or, where the hedge in a quote is about something else, the words of a
 * quote that a person named in `plainly`, which must stand verbatim in a quote and hold no
 * hedge word. A `plainly` where no quote hedges is stale.
 */
export function droppedHedges(incident: HedgeEvidence): string[] {
  const hedged = incident.mentions.flatMap((m, i) => {
    const hedge = hedgeIn(m.quote);
    return hedge ? [{ position: i + 1, hedge, mention: m }] : [];
  });
  if (incident.plainly !== undefined) {
    const words = normaliseSpace(incident.plainly);
    if (hedged.length === 0) return ['plainly: is given, but no quote hedges the event; expected no `plainly`'];
    if (!incident.mentions.some((m) => normaliseSpace(m.quote).includes(words))) {
      return ['plainly: is not word for word in any quote of this incident; expected the words of a quote that state the event with no hedge'];
    }
    const hedge = hedgeIn(words);
    return hedge ? [`plainly: holds the hedge “${hedge}”; expected words of a quote that state the event with no hedge`] : [];
  }
  if (hedged.length === 0 || hedged.length < incident.mentions.length) return [];
  const { position, hedge, mention } = hedged[0]!;
  const where = mention.section ? ` (${mention.section}${mention.paragraph ? ` ${mention.paragraph}` : ''})` : '';
  return (['title', 'summary'] as const)
    .filter((field) => !hedgesOrAttributes(incident[field]))
    .map(
      (field) =>
        `${field}: states as fact what mention ${position}${where} hedges: “${hedgedWords(mention.quote, hedge)}”, and no mention states it plainly; expected the ${field} to hedge or attribute it too (“reportedly”, “allegedly”, “according to …”, “… said”, “users complained”), or \`plainly\` naming words of a quote that state the event with no hedge`,
    );
}

export interface DisagreementMention {
  report: string;
  section: string;
  paragraph: string;
  quote: string;
  date?: string | undefined;
}

export interface Disagreement {
  about: string;
  mentions: readonly number[];
}

/**
 * A flag "the reports disagree" must point at two or more of the incident's mentions
 * (1-based positions) from different reports or different passages, and they must be shown
 * differing: for a date, the dates they give must differ; otherwise their quotes must.
 */
export function disagreementProblems(disagreement: Disagreement, mentions: readonly DisagreementMention[]): string[] {
  const problems: string[] = [];
  const positions = [...new Set(disagreement.mentions)];
  if (positions.length < 2) {
    return [
      `disagreement.mentions: lists ${positions.length} mention(s); expected the positions (1 … ${mentions.length}) of at least two mentions whose accounts differ`,
    ];
  }
  const outOfRange = positions.filter((p) => p < 1 || p > mentions.length);
  if (outOfRange.length > 0) {
    return [`disagreement.mentions: ${outOfRange.join(', ')} is not a mention of this incident; expected positions from 1 to ${mentions.length}`];
  }
  const accounts = positions.map((p) => mentions[p - 1]!);
  const passages = new Set(accounts.map((m) => `${m.section}#${m.paragraph}`));
  if (passages.size < 2) {
    problems.push('disagreement.mentions: every listed mention quotes the same passage; expected accounts from different reports or different passages');
  }
  if (disagreement.about === 'date') {
    const undated = positions.filter((p) => !mentions[p - 1]!.date);
    if (undated.length > 0) {
      problems.push(
        `disagreement.mentions: mention ${undated.join(', ')} gives no date; expected every account of a date disagreement to carry the date its passage gives`,
      );
    } else if (!datesDisagree(accounts)) {
      problems.push(
        `disagreement.about: is "date", but the listed mentions give compatible dates (${accounts.map((m) => m.date).join(', ')}); expected dates that cannot both be true, or no flag (say why they agree in \`compatible\`)`,
      );
    }
  } else if (new Set(accounts.map((m) => normaliseSpace(m.quote))).size < 2) {
    problems.push('disagreement.mentions: the listed mentions quote the same words; expected accounts that differ');
  }
  return problems;
}

/**
 * Mentions that give dates which cannot both be true must be flagged as a disagreement or
 * explained as compatible: a disagreement is never left for a reader to find alone.
 */
export function unflaggedDateDisagreement(
  incident: { disagreement?: Disagreement | undefined; compatible?: string | undefined },
  mentions: readonly DisagreementMention[],
): string[] {
  if (incident.disagreement || incident.compatible || !datesDisagree(mentions)) return [];
  const dates = mentions.flatMap((m, i) => (m.date ? [`mention ${i + 1}: ${m.date}`] : []));
  return [
    `mentions: give dates that cannot all be true (${dates.join('; ')}); expected a \`disagreement\` that shows them, or a \`compatible\` note saying why they agree`,
  ];
}
