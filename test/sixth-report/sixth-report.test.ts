import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { gunzipSync, strFromU8, unzipSync } from 'fflate';
import { parse } from 'node-html-parser';

// Adding a report is content only. A made-up sixth report (Freedom on the Net 2016: two
// sections with notes, scores, its source and fidelity file, an incident and a statistic,
// all in test/fixtures/sixth-report/) is added to a copy of the fixture corpus
// (test/fixtures/valid/) as the README's "Adding a report" says; then `npm run anchors`,
// `npm run check:content`, the build, `npm run published` and every site check
// (test/site/*.test.ts) must pass on it, with no code or test edited. The site checks take their
// counts from the content they are given; the few that pin passages of the real reports say so
// and stand aside where that report is not in the corpus (testOfReport in test/site/site.ts).
//
// The site is built for an address with a sub-path (SITE_URL=https://fixture.example/archive/),
// which is all a site served there needs: the site checks of links and #fragments read the same
// address, so nothing may escape the base, and the last tests below check that the search index,
// the offline files, _redirects and the downloads page carry it. One build serves both rules,
// as the small fixture's build is most of the cost of either.
//
// The copy is a project folder: content/ is the fixture, the rest of the repository linked, so
// the checks that read content/ from the working folder read the copy. The build runs from the
// repository, pointed at the copy (ARCHIVE_CONTENT_DIR, OUT_DIR), as the fixture builds do.

const fixture = new URL('../fixtures/sixth-report/', import.meta.url).pathname;
const project = mkdtempSync(join(tmpdir(), 'archive-sixth-report-'));
const content = join(project, 'content');
// Astro puts the prerendered chunks of a build whose output folder is outside the working folder
// in the repository's .astro/, as for the fixture builds: so this runs after them, not beside them.
const dist = join(project, 'dist');
for (const name of readdirSync('.')) {
  if (!['content', 'dist', 'dist-subpath', '.astro', '.git'].includes(name)) symlinkSync(join(process.cwd(), name), join(project, name));
}
cpSync(new URL('../fixtures/valid/', import.meta.url), content, { recursive: true });
// New files (test/fixtures/sixth-report/content/) and lines added to existing ones (…/append/).
cpSync(join(fixture, 'content'), content, { recursive: true });
const files = (dir: string): string[] => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : [join(dir, n)]));
for (const file of files(join(fixture, 'append'))) appendFileSync(join(content, relative(join(fixture, 'append'), file)), readFileSync(file, 'utf8'));

after(() => {
  if (process.env.SIXTH_REPORT_KEEP) console.log(`kept ${project}`);
  else rmSync(project, { recursive: true, force: true });
});

const SITE_URL = 'https://fixture.example/archive/';
const BASE = '/archive/';
const env: NodeJS.ProcessEnv = {
  ...process.env,
  SITE_URL,
  ARCHIVE_CONTENT_DIR: content,
  OUT_DIR: dist,
  ASTRO_CACHE_DIR: join(project, '.cache'),
  ASTRO_TELEMETRY_DISABLED: '1',
  ANCHORS_DATE: '2026-12-04',
};
// A child `node --test` that inherits this runner's NODE_TEST_CONTEXT reports to it instead
// of exiting 1 on a failure, so the site checks' failures would pass unseen.
delete env.NODE_TEST_CONTEXT;
let failed = false;

/** Runs one step with this Node, from the repository (or the project copy); later steps wait for it to pass. */
function step(name: string, args: string[], options: { cwd?: string; extra?: Record<string, string>; prints?: RegExp } = {}) {
  test(name, (t) => {
    if (failed) return t.skip('an earlier step failed');
    const result = spawnSync(process.execPath, args, {
      encoding: 'utf8',
      cwd: options.cwd ?? process.cwd(),
      env: { ...env, ...options.extra },
      maxBuffer: 64 * 1024 * 1024,
    });
    failed ||= result.status !== 0;
    assert.equal(result.status, 0, `${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
    if (options.prints) assert.match(result.stdout, options.prints);
  });
}

const astro = join(process.cwd(), 'node_modules/astro/bin/astro.mjs');
step('npm run anchors gives the new paragraphs their anchors', ['scripts/authoring/anchors.ts']);

// (That check:content asks a new report or incident for its `added:` day is a unit test of the
// gate: src/lib/content-rules/gate.test.ts.)
// As `npm run check:content` runs it, from the copy: Astro's content store goes to the copy's own
// .astro/, so this test can run beside the others, which use the repository's.
step('check:content: astro sync', [astro, 'sync', '--force'], { cwd: project, extra: { ASTRO_CACHE_DIR: '.astro' } });
step('check:content finds no problem', [join(process.cwd(), 'scripts/authoring/check-content.ts')], { cwd: project, prints: /^Content checked: no problems/m });
// `npm run build` (astro build, with its search index and offline files), pointed at the copy.
// PDFs are printed: the record of published downloads (content/published.json) lists every
// report's PDF, and the site checks require it.
step('the build passes', [astro, 'build']);
step('npm run published records the new pages', [join(process.cwd(), 'scripts/authoring/published.ts')], { cwd: project });

// `npm run paragraphs` prints exactly the words a quote must match, and a wrong name is told plainly.
test('npm run paragraphs prints the text the new incident quotes', (t) => {
  if (failed) return t.skip('an earlier step failed');
  const run = (section: string) =>
    spawnSync(process.execPath, [join(process.cwd(), 'scripts/authoring/paragraphs.ts'), section], { encoding: 'utf8', cwd: project, env });
  const incident = readFileSync(join(fixture, 'content/incidents/test-website-blocked-2016.yaml'), 'utf8');
  const quote = /^\s*quote: "(.*)"$/m.exec(incident)![1]!;
  const printed = run('fotn-2016/limits-on-content');
  assert.equal(printed.status, 0, printed.stderr);
  const p1 = /^p1 \(cites notes 2\): (.*)$/m.exec(printed.stdout)?.[1];
  assert.ok(p1?.includes(quote), `p1 as printed does not hold the quote:\n${printed.stdout}`);
  const wrong = run('fotn-2016/limits-on-contents');
  assert.equal(wrong.status, 1);
  assert.match(wrong.stderr, /no such page\. Sections of fotn-2016: fotn-2016\/limits-on-content, fotn-2016\/obstacles-to-access/);
  assert.doesNotMatch(wrong.stderr, /\n\s+at /, 'no stack trace');
});

step(
  'every site check passes',
  [
    '--test',
    '--test-isolation=none',
    ...readdirSync('test/site')
      .filter((n) => n.endsWith('.test.ts'))
      .map((n) => join(process.cwd(), 'test/site', n)),
  ],
  { cwd: project },
);

// Under the sub-path. (The link and #fragment checks ran among the site checks above, with the base.)
const builtFiles = () => files(dist).map((f) => relative(dist, f).split(sep).join('/'));

test('under the sub-path, the search index is made, and every URL in it carries the base', (t) => {
  if (failed) return t.skip('an earlier step failed');
  assert.ok(existsSync(join(dist, 'pagefind/pagefind.js')), 'pagefind/pagefind.js');
  assert.ok(!existsSync(join(dist, 'pagefind/topics.json')), 'pagefind/topics.json is for the indexer only, and removed');
  const topicNames: { url: string }[] = JSON.parse(readFileSync(join(dist, 'pagefind/topic-names.json'), 'utf8'));
  assert.ok(topicNames.length > 0);
  for (const { url } of topicNames) assert.ok(url.startsWith(`${BASE}topics/`), url);
  // Each Pagefind fragment is one record, gzipped: {"url": …}.
  const urls = builtFiles()
    .filter((f) => f.startsWith('pagefind/fragment/'))
    .map((f) => {
      const text = strFromU8(gunzipSync(readFileSync(join(dist, f))));
      return JSON.parse(text.slice(text.indexOf('{'))).url as string;
    });
  assert.ok(urls.length > 0, 'no fragments in the index');
  assert.deepEqual(
    urls.filter((url) => !url.startsWith(BASE)),
    [],
    'index URLs outside the base',
  );
  for (const paragraph of ['reports/mini/part-one/#p1', 'reports/fotn-2016/limits-on-content/#p1']) {
    assert.ok(
      urls.some((url) => url.startsWith(BASE + paragraph)),
      `${paragraph} not in the index: ${urls.join(', ')}`,
    );
  }
});

test('under the sub-path, the offline files are made, and their links and rules carry the base', (t) => {
  if (failed) return t.skip('an earlier step failed');
  // The fixture's last release was its correction of 2026-11-23; the sixth report, added on
  // 2026-12-04, makes a new one, so the zip takes that day's name and the old name is superseded.
  const downloads = builtFiles().filter((f) => f.startsWith('downloads/') && !f.endsWith('index.html'));
  for (const report of ['mini', 'fotn-2016']) {
    for (const kind of ['html', 'epub', 'pdf'])
      assert.ok(downloads.includes(`downloads/${report}.${kind}`), `downloads/${report}.${kind} missing; made: ${downloads.join(', ')}`);
  }
  for (const file of ['downloads/archive-2026-12-04.zip', 'downloads/SHA256SUMS'])
    assert.ok(downloads.includes(file), `${file} missing; made: ${downloads.join(', ')}`);
  // The one-file HTML links back to the site at its address, base included.
  const siteLinks = parse(readFileSync(join(dist, 'downloads/fotn-2016.html'), 'utf8'))
    .querySelectorAll('a[href^="https://fixture.example/"]')
    .map((a) => a.getAttribute('href')!);
  assert.ok(siteLinks.length > 0, 'the one-file HTML links to the site');
  assert.deepEqual(
    siteLinks.filter((href) => !href.startsWith(SITE_URL)),
    [],
  );
  // The zip's pages link relatively (they open from disk), never to the root of the disk.
  const zip = unzipSync(readFileSync(join(dist, 'downloads/archive-2026-12-04.zip')));
  const pages = Object.entries(zip).filter(([name]) => name.endsWith('.html'));
  assert.ok(pages.length > 5, 'pages in the zip');
  const rooted = pages.flatMap(([name, bytes]) =>
    parse(strFromU8(bytes))
      .querySelectorAll('a[href], link[href], img[src]')
      .map((el) => el.getAttribute('href') ?? el.getAttribute('src')!)
      .filter((link) => link.startsWith('/'))
      .map((link) => `${name}: ${link}`),
  );
  assert.deepEqual(rooted, []);
  // The superseded zip's old name leads to the downloads page, under the base.
  assert.match(readFileSync(join(dist, '_redirects'), 'utf8'), /^\/archive\/downloads\/archive-2026-11-23\.zip \/archive\/downloads\/ 302$/m);
  // The downloads page links to every file under the base.
  const hrefs = parse(readFileSync(join(dist, 'downloads/index.html'), 'utf8'))
    .querySelectorAll('tr[data-download] a')
    .map((a) => a.getAttribute('href'));
  for (const file of ['fotn-2016.pdf', 'mini.epub', 'archive-2026-12-04.zip'])
    assert.ok(hrefs.includes(`${BASE}downloads/${file}`), `${file}: ${hrefs.join(', ')}`);
});
