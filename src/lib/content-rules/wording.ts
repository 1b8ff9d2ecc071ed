/**
 * Counts and lists written out in prose from the content, so that adding a report changes
 * "five reports" to "six reports" without anyone editing a page.
 */
const WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** 5 → "five"; numbers past twelve stay as digits. */
export function numberWord(n: number): string {
  return Number.isInteger(n) && n >= 0 && n < WORDS.length ? WORDS[n]! : String(n);
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** ["a", "b", "c"] → "a, b and c". */
export function listJoin(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** 2012, 2020 → "2012–2020"; one year stays one year. */
export function yearRange(years: readonly number[]): string {
  const min = Math.min(...years);
  const max = Math.max(...years);
  return min === max ? String(min) : `${min}–${max}`;
}

/** The years between the first and last of `years` that are not among them, as runs: [2012, 2013, 2015, 2019] → ["2014", "2016–2018"]. */
export function missingYearRuns(years: readonly number[]): string[] {
  const present = new Set(years);
  const runs: string[] = [];
  let start: number | undefined;
  for (let year = Math.min(...years); year <= Math.max(...years) + 1; year++) {
    if (!present.has(year) && year <= Math.max(...years)) start ??= year;
    else if (start !== undefined) {
      runs.push(yearRange([start, year - 1]));
      start = undefined;
    }
  }
  return runs;
}
