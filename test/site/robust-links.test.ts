import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { pages, siteBase, siteDir } from './site.ts';

// Rule (Robust Links, robustlinks.mementoweb.org): every URL a note cites carries its original
// (data-originalurl), a Wayback Machine copy with a full 14-digit timestamp (data-versionurl) and
// the date that copy stands for (data-versiondate, ISO 8601 at the precision known). The date is
// the access date the note prints for that source, where it prints one, otherwise the report's
// publication date; the timestamp is that date padded to its first moment (day at 000000).

const published = new Map(
  (JSON.parse(readFileSync(join(siteDir, 'data', 'reports.json'), 'utf8')) as { id: string; published: { date: string } }[]).map((r) => [
    r.id,
    r.published.date.replace('~', ''),
  ]),
);
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ACCESSED = new RegExp(`accessed(?: on| in)? (${MONTHS.join('|')}) (?:(\\d{1,2}), )?(\\d{4})`);

/** The access date printed in the source (the part of the note between semicolons) that holds the URL. */
function printedAccessDate(noteText: string, printedUrl: string): string | undefined {
  const part = noteText.split(';').find((p) => p.includes(printedUrl.split(';')[0]!));
  const m = part?.match(ACCESSED);
  if (!m) return undefined;
  const month = String(MONTHS.indexOf(m[1]!) + 1).padStart(2, '0');
  return m[2] ? `${m[3]}-${month}-${m[2].padStart(2, '0')}` : `${m[3]}-${month}`;
}

/** The report a note link belongs to: from the page's URL, or (theme pages) the note's own link. */
function reportOf(file: string, url: string, note: HTMLElement): string | undefined {
  const own = note.querySelector('a[href*="/reports/"]')?.getAttribute('href');
  const path = own && !own.startsWith('http') ? own : url;
  return path.slice(siteBase.length).match(/^reports\/([^/]+)\//)?.[1] ?? file.match(/^downloads\/([^/.]+)\.html$/)?.[1];
}

test('every note link carries a 14-digit Wayback copy and the date it stands for', () => {
  const problems: string[] = [];
  let links = 0;
  let accessed = 0;
  for (const page of pages()) {
    for (const a of page.root.querySelectorAll('a[data-versionurl]')) {
      links++;
      const original = a.getAttribute('data-originalurl') ?? '';
      const version = a.getAttribute('data-versionurl') ?? '';
      const date = a.getAttribute('data-versiondate') ?? '';
      const where = `${page.file}: ${original}`;
      if (original !== a.getAttribute('href')) problems.push(`${where}: data-originalurl is not the link's href`);
      const m = version.match(/^https:\/\/web\.archive\.org\/web\/(\d{14})\/(.+)$/);
      if (!m) {
        problems.push(`${where}: data-versionurl ${version} is not https://web.archive.org/web/<14 digits>/<original>`);
        continue;
      }
      if (m[2] !== original) problems.push(`${where}: data-versionurl archives ${m[2]}, not the original`);
      const d = date.match(/^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/);
      if (!d) {
        problems.push(`${where}: data-versiondate "${date}" is not YYYY, YYYY-MM or YYYY-MM-DD`);
        continue;
      }
      const padded = `${d[1]}${d[2] ?? '01'}${d[3] ?? '01'}000000`;
      if (m[1] !== padded) problems.push(`${where}: timestamp ${m[1]} does not stand for ${date} (expected ${padded})`);
      const archived = a.parentNode?.querySelectorAll('.archived a').find((x) => x.getAttribute('href') === version);
      if (!archived) problems.push(`${where}: no "(archived)" link to the same copy`);
      const note = a.closest('li');
      const text = a.closest('.note-text')?.text ?? '';
      const report = note ? reportOf(page.file, page.url, note) : undefined;
      const expected = printedAccessDate(text, a.text) ?? (report ? published.get(report) : undefined);
      if (printedAccessDate(text, a.text)) accessed++;
      if (expected === undefined) problems.push(`${where}: cannot tell which report the note is from`);
      else if (date !== expected)
        problems.push(
          `${where}: data-versiondate ${date}, expected ${expected} (${printedAccessDate(text, a.text) ? 'the printed access date' : `${report}'s publication date`})`,
        );
    }
  }
  assert.deepEqual(problems.slice(0, 20), [], `${problems.length} problems in ${links} note links`);
  // Guards against a check that found nothing to check: every URL of every note is linked at
  // least once (on its section's page), and so is every note that prints an access date.
  const notes = JSON.parse(readFileSync(join(siteDir, 'data', 'citations.json'), 'utf8')) as { urls: string[]; accessed: string | null }[];
  const urls = notes.reduce((sum, n) => sum + n.urls.length, 0);
  assert.ok(links >= urls, `only ${links} note links with Robust Links attributes, for ${urls} URLs in notes`);
  assert.ok(accessed >= notes.filter((n) => n.accessed).length, `only ${accessed} note links with a printed access date`);
});
