import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { capitalise, numberWord } from '../../src/lib/wording.ts';
import { pageByFile, siteDir } from './site.ts';

// Counts and lists on pages come from the content: adding a report must not leave a page
// saying "five reports".

const reports = JSON.parse(readFileSync(join(siteDir, 'data', 'reports.json'), 'utf8')) as { id: string; shortTitle: string }[];

test('the home page counts and names every report', () => {
  const home = pageByFile('index.html')!;
  const description = home.root.querySelector('meta[name="description"]')!.getAttribute('content')!;
  assert.ok(description.startsWith(`${capitalise(numberWord(reports.length))} reports`), description);
  const intro = home.root.querySelector('main .prose')!.text;
  assert.match(intro, new RegExp(`the ${numberWord(reports.length)} reports`));
  for (const report of reports) assert.ok(intro.includes(report.shortTitle), `${report.shortTitle} is not named on the home page`);
});

test('no page or data description writes a count of reports by hand', () => {
  const counted = /\b(one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(reports|editions)\b/i;
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : /\.(astro|ts)$/.test(e.name) && !e.name.endsWith('.test.ts') ? [join(dir, e.name)] : []));
  const offenders = ['src/pages', 'src/components', 'src/data', 'src/layouts'].flatMap(files).flatMap((file) => {
    const match = counted.exec(readFileSync(file, 'utf8'));
    return match ? [`${file}: "${match[0]}"`] : [];
  });
  assert.deepEqual(offenders, []);
});
