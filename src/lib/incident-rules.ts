import { datesDisagree, normaliseSpace } from './incidents.ts';

/**
 * Mechanical guards on the archive's own words about an incident. The summary and the
 * disagreement flag are written by the archive; these rules keep them tied to what the
 * quoted passages actually say. Each returns problems as "field: what is wrong; expected …".
 */

const NUMBER_WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, hundred: 100, dozen: 12, dozens: 12, hundreds: 100, thousand: 1000,
  thousands: 1000, million: 1_000_000, millions: 1_000_000, billion: 1_000_000_000,
  once: 1, twice: 2, single: 1, double: 2, half: 0.5,
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
  return date.replace('~', '').split('-').map((part) => String(Number(part)));
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
  const supported = new Set([
    ...incident.mentions.flatMap((m) => numbersIn(m.quote)),
    ...incident.mentions.flatMap((m) => (m.noteTexts ?? []).flatMap(numbersIn)),
    ...incident.mentions.flatMap((m) => numbersInDate(m.date)),
    ...numbersInDate(incident.date),
    ...numbersInDate(incident.endDate),
  ]);
  const missing = [...new Set(numbersIn(withoutReportNames(incident.summary, incident.reportYears ?? [])))].filter((n) => !supported.has(n));
  return missing.map(
    (n) => `summary: states the number ${n}, which no quoted passage, cited note or date of this incident gives; expected every number in the summary to stand in a mention's quote or a note it cites`,
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
    return [`disagreement.mentions: lists ${positions.length} mention(s); expected the positions (1 … ${mentions.length}) of at least two mentions whose accounts differ`];
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
      problems.push(`disagreement.mentions: mention ${undated.join(', ')} gives no date; expected every account of a date disagreement to carry the date its passage gives`);
    } else if (!datesDisagree(accounts)) {
      problems.push(`disagreement.about: is "date", but the listed mentions give compatible dates (${accounts.map((m) => m.date).join(', ')}); expected dates that cannot both be true, or no flag (say why they agree in \`compatible\`)`);
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
