import { formatPartialDate, parsePartialDate, precisionLabel, type ParsedDate } from './partial-date.ts';

/**
 * The words of a date or date range together with its precision, worked out in one place so
 * that a label can never contradict itself. A single date states its precision once:
 * "2012 (year only)". A range whose ends are equally precise states it once, in the plural:
 * "March 2014 – May 2014 (months only)". A range whose ends differ states each end's own
 * precision beside it: "2014 (year only) – July 2014 (month only)", never
 * "2014 – July 2014 (year only)", which would claim the July end is a year too.
 */
export interface DateLabelPart {
  /** The date as stored, e.g. "2014-07" or "~2007". */
  value: string;
  /** The date in words: "July 2014", "c. 2007". */
  text: string;
  /** This end's own precision, when it must be stated beside it (the ends differ). */
  precision?: string;
}

export interface DateLabelParts {
  start: DateLabelPart;
  end?: DateLabelPart;
  /** The precision stated once for the whole label (single date, or both ends alike). */
  precision?: string;
}

const PLURAL: Record<string, string> = { 'exact day': 'exact days', 'month only': 'months only', 'year only': 'years only' };

const sameKind = (a: ParsedDate, b: ParsedDate) => a.precision === b.precision && a.approximate === b.approximate;

export function dateLabelParts(date: string, end?: string): DateLabelParts {
  const start: DateLabelPart = { value: date, text: formatPartialDate(date) };
  if (!end) return { start, precision: precisionLabel(date) };
  const last: DateLabelPart = { value: end, text: formatPartialDate(end) };
  if (sameKind(parsePartialDate(date), parsePartialDate(end))) {
    const one = precisionLabel(date);
    const plural = one.replace(/(exact day|month only|year only)$/, (word) => PLURAL[word]!);
    return { start, end: last, precision: plural };
  }
  return { start: { ...start, precision: precisionLabel(date) }, end: { ...last, precision: precisionLabel(end) } };
}

/** The label as plain text, exactly as DateLabel.astro prints it. */
export function dateLabelText(date: string, end?: string, showPrecision = true): string {
  const parts = dateLabelParts(date, end);
  const side = (p: DateLabelPart) => (showPrecision && p.precision ? `${p.text} (${p.precision})` : p.text);
  const range = parts.end ? `${side(parts.start)} – ${side(parts.end)}` : side(parts.start);
  return showPrecision && parts.precision ? `${range} (${parts.precision})` : range;
}
