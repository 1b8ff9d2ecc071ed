import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { capitalise, numberWord } from '../../src/lib/content-rules/wording.ts';
import { HOME_REPORTS } from '../../src/lib/report-pages.ts';
import { pageByFile, siteDir } from './site.ts';

// Counts and lists on pages come from the content: adding a report must not leave a page
// saying "five reports".

const reports = JSON.parse(readFileSync(join(siteDir, 'data', 'reports.json'), 'utf8')) as { id: string; shortTitle: string }[];

test('the home page counts the reports and names every one, or past HOME_REPORTS the oldest and newest', () => {
  const home = pageByFile('index.html')!;
  const description = home.root.querySelector('meta[name="description"]')!.getAttribute('content')!;
  assert.ok(description.startsWith(`${capitalise(numberWord(reports.length))} reports`), description);
  const intro = home.root.querySelector('main .prose')!.text;
  assert.match(intro, new RegExp(`the ${numberWord(reports.length)} reports`));
  // reports.json lists the reports newest first, as the home page's newest-first list does.
  const named = reports.length <= HOME_REPORTS ? reports : [reports.at(-1)!, reports[0]!];
  for (const report of named) assert.ok(intro.includes(report.shortTitle), `${report.shortTitle} is not named on the home page`);
});

test('no page or data description writes a count of reports by hand', () => {
  const counted = /\b(one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(reports|editions)\b/i;
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? files(join(dir, e.name)) : /\.(astro|ts)$/.test(e.name) && !e.name.endsWith('.test.ts') ? [join(dir, e.name)] : [],
    );
  const offenders = ['src/pages', 'src/components', 'src/data', 'src/layouts'].flatMap(files).flatMap((file) => {
    const match = counted.exec(readFileSync(file, 'utf8'));
    return match ? [`${file}: "${match[0]}"`] : [];
  });
  assert.deepEqual(offenders, []);
});

test('the method page states the last full review recorded in content/review/, with its counts', async () => {
  const { parse } = await import('yaml');
  const { checkReviews, lastReview, reviewCountsText } = await import('../../src/lib/content-rules/reviews.ts');
  const { formatPartialDate } = await import('../../src/lib/partial-date.ts');
  const { reviewFile } = await import('../../src/schemas/review.ts');
  const dir = join('content', 'review');
  const files = new Map(
    readdirSync(dir)
      .filter((n) => /^incident-review-.*\.yaml$/.test(n))
      .map((n) => [n, reviewFile(parse(readFileSync(join(dir, n), 'utf8')))]),
  );
  const incidents = new Set(readdirSync(join('content', 'incidents')).map((n) => n.replace(/\.yaml$/, '')));
  const { counts } = checkReviews(parse(readFileSync(join(dir, 'reviews.yaml'), 'utf8')), files, incidents);
  const last = lastReview(counts)!;
  const text = pageByFile('about/method/index.html')!.root.querySelector('section[aria-labelledby="reviews"]')!.text.replace(/\s+/g, ' ');
  assert.ok(text.includes(`last reviewed in full on ${formatPartialDate(last.date)}`), text);
  assert.ok(text.includes(reviewCountsText(last)), text);
});
