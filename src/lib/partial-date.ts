/**
 * Dates in the reports come with different precision: "On April 23, 2014" (day),
 * "In February 2015" (month), "in 2012" (year), or "c. 2007" (approximate year).
 * A PartialDate string keeps exactly the precision the source gives:
 *   "2014-04-23"  day
 *   "2015-02"     month
 *   "2012"        year
 *   "~2007"       approximate (year, month or day after the tilde)
 * Nothing is rounded up into false precision.
 */

export type Precision = 'day' | 'month' | 'year';

export interface ParsedDate {
  year: number;
  month?: number;
  day?: number;
  precision: Precision;
  approximate: boolean;
}

export const PARTIAL_DATE_PATTERN = /^~?\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function parsePartialDate(value: string): ParsedDate {
  if (!PARTIAL_DATE_PATTERN.test(value)) {
    throw new Error(`"${value}" is not a partial date (expected YYYY, YYYY-MM or YYYY-MM-DD, optionally prefixed with ~)`);
  }
  const approximate = value.startsWith('~');
  const [year, month, day] = value.replace('~', '').split('-').map(Number);
  if (day !== undefined && month !== undefined) {
    const daysInMonth = new Date(Date.UTC(year!, month, 0)).getUTCDate();
    if (day > daysInMonth) throw new Error(`"${value}" names a day that does not exist`);
    return { year: year!, month, day, precision: 'day', approximate };
  }
  if (month !== undefined) return { year: year!, month, precision: 'month', approximate };
  return { year: year!, precision: 'year', approximate };
}

/** Human label that shows the precision honestly: "23 April 2014", "February 2015", "2012", "c. 2007". */
export function formatPartialDate(value: string): string {
  const d = parsePartialDate(value);
  const base =
    d.precision === 'day' ? `${d.day} ${MONTHS[d.month! - 1]} ${d.year}` : d.precision === 'month' ? `${MONTHS[d.month! - 1]} ${d.year}` : String(d.year);
  return d.approximate ? `c. ${base}` : base;
}

/** Machine-readable value for <time datetime>, which accepts exactly these precisions. */
export function datetimeAttribute(value: string): string {
  return value.replace('~', '');
}

/**
 * Sort key that places a less precise date before the more precise dates it contains:
 * "2015" < "2015-02" < "2015-02-14" < "2015-03". Ties between equal dates put the exact
 * one before the approximate one, so a timeline reads from certain to uncertain.
 */
export function compareDates(a: string, b: string): number {
  const da = parsePartialDate(a);
  const db = parsePartialDate(b);
  const key = (d: ParsedDate) => [d.year, d.month ?? 0, d.day ?? 0, d.approximate ? 1 : 0];
  const ka = key(da);
  const kb = key(db);
  for (let i = 0; i < ka.length; i++) {
    if (ka[i] !== kb[i]) return ka[i]! - kb[i]!;
  }
  return 0;
}

/**
 * A full 14-digit Wayback Machine timestamp (YYYYMMDDhhmmss) for a partial date. The Wayback
 * Machine redirects a timestamp to the snapshot nearest it, so it cannot say "any time in
 * 2015"; and a shortened timestamp ("2015", as these links once had) is not what Robust Links
 * (and tools reading data-versionurl) expect. The rule: the digits the date knows, then the
 * first moment they can mean. A day is that day at 000000, a month its 1st at 000000, a year
 * January 1 at 000000 ("2015-03" → 20150301000000). Nothing later than the date is implied, and
 * no digit is made up beyond padding; an approximate date ("~2013") pads the same way.
 */
export function waybackTimestamp(value: string): string {
  const d = parsePartialDate(value);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${String(d.year).padStart(4, '0')}${two(d.month ?? 1)}${two(d.day ?? 1)}000000`;
}

/** A short word for how precise a date is, shown beside it so a year is never read as a day. */
export function precisionLabel(value: string): string {
  const d = parsePartialDate(value);
  const word = d.precision === 'day' ? 'exact day' : d.precision === 'month' ? 'month only' : 'year only';
  return d.approximate ? `approximate, ${word}` : word;
}
