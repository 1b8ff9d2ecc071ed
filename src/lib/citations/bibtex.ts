import { ARCHIVE_NAME } from './work.ts';
import type { CslItem } from './csl.ts';

/**
 * BibTeX that BibTeX's standard styles and biblatex (biber) both read:
 * - report: @techreport with `institution` and `type` (the genre, so no "Technical report");
 * - section, paragraph, note: @incollection with `booktitle` and `publisher`;
 * - incident: @misc with `howpublished` (the site, printed by BibTeX's misc and by biblatex's
 *   misc alike) and `date` with the day (biblatex), beside `year` and `month` (BibTeX).
 * Months are the standard macros (`month = may`), which both read as a month. A corporate
 * author is double-braced so it is never split into names; in titles every capitalised word
 * but the first is braced (see protectCase), so styles that sentence-case titles keep
 * "Kazakhstan", "Freedom House" or "SoundCloud" as printed.
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** TeX's special characters escaped; braces in the text removed (they would change grouping). */
export function tex(value: string): string {
  return value
    .replace(/[\\{}]/g, '')
    .replace(/([&%$#_])/g, '\\$1')
    .replace(/~/g, '\\textasciitilde{}');
}

/**
 * Braces every word a sentence-casing style must not lower-case: every capitalised word after the
 * first (biblatex's \MakeSentenceCase lower-cases even after a colon), and a first word with a
 * capital after its first letter ("SoundCloud", "ICT").
 */
export function protectCase(title: string): string {
  let first = true;
  return tex(title)
    .split(/(\s+)/)
    .map((word) => {
      if (word.trim() === '') return word;
      const protect = first ? /^[^A-Za-z]*[A-Za-z].*[A-Z]/.test(word) : /[A-Z]/.test(word);
      first = false;
      return protect ? braceWord(word) : word;
    })
    .join('');
}

/** "Kazakhstan," → "{Kazakhstan},": the braces hold the letters, not the punctuation around them. */
function braceWord(word: string): string {
  const m = /^([^A-Za-z0-9]*)(.*?)([^A-Za-z0-9]*)$/.exec(word)!;
  return `${m[1]}{${m[2]}}${m[3]}`;
}

export function bibtex(item: CslItem): string {
  const [year, month, day] = item.issued['date-parts'][0];
  const organisation = item.author?.[0]?.literal;
  const entryType = item.type === 'report' ? 'techreport' : item.type === 'chapter' ? 'incollection' : 'misc';
  const pad = (n: number) => String(n).padStart(2, '0');
  const fields: [string, string | undefined][] = [
    ['author', organisation ? `{{${tex(organisation)}}}` : undefined],
    ['title', `{${protectCase(item.title)}}`],
    ['booktitle', item.type === 'chapter' ? `{${protectCase(item['container-title']!)}}` : undefined],
    ['type', item.genre ? `{${tex(item.genre)}}` : undefined],
    ['institution', item.type === 'report' && item.publisher ? `{${tex(item.publisher)}}` : undefined],
    ['publisher', item.type === 'chapter' && item.publisher ? `{${tex(item.publisher)}}` : undefined],
    ['howpublished', item.type === 'webpage' ? `{${tex(item['container-title'] ?? ARCHIVE_NAME)}}` : undefined],
    ['year', `{${year}}`],
    ['month', month ? MONTHS[month - 1] : undefined],
    ['date', day && month ? `{${year}-${pad(month)}-${pad(day)}}` : undefined],
    ['url', `{${item.URL}}`],
    [
      'note',
      item.archive || item.issued.circa
        ? `{${[item.issued.circa ? 'Date approximate' : undefined, item.archive ? `Archived in the ${tex(item.archive)}` : undefined].filter(Boolean).join('. ')}}`
        : undefined,
    ],
    ['language', '{english}'],
  ];
  const body = fields
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `  ${k} = ${v}`)
    .join(',\n');
  return `@${entryType}{${item.id},\n${body}\n}\n`;
}
