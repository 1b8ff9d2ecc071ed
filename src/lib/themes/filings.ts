import { listJoin } from '../content-rules/wording.ts';

/** What the /themes/ intro needs to know of a report to say how it files its questions. */
export interface FilingInput {
  edition: number;
  kind: 'freedom-on-the-net' | 'country-profile';
  /** How many of its sections answer a numbered indicator (A1 … C8). */
  indicators: number;
}

/**
 * How each edition files the questions, in prose, from the reports themselves, so a new report
 * changes the /themes/ intro without an edit: "2013 and 2015 in narrative subsections, 2020 in
 * 21 numbered indicators, and the 2007 and 2013 country profiles in sections of their own".
 */
export function editionFilings(reports: readonly FilingInput[]): string {
  const byEdition = [...reports].sort((a, b) => a.edition - b.edition);
  const years = (list: readonly FilingInput[]) => listJoin([...new Set(list.map((r) => String(r.edition)))]);
  const fotn = byEdition.filter((r) => r.kind === 'freedom-on-the-net');
  const narrative = fotn.filter((r) => r.indicators === 0);
  const indicatorCounts = [...new Set(fotn.filter((r) => r.indicators > 0).map((r) => r.indicators))];
  const profiles = byEdition.filter((r) => r.kind === 'country-profile');
  const parts = [
    ...(narrative.length ? [`${years(narrative)} in narrative subsections`] : []),
    ...indicatorCounts.map((n) => `${years(fotn.filter((r) => r.indicators === n))} in ${n} numbered indicators`),
    ...(profiles.length ? [`the ${years(profiles)} country ${profiles.length === 1 ? 'profile' : 'profiles'} in sections of their own`] : []),
  ];
  // The parts contain "and" themselves, so the last is set off with a comma.
  return parts.length > 2 ? `${parts.slice(0, -1).join(', ')}, and ${parts.at(-1)}` : parts.join(' and ');
}
