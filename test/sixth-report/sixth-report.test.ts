import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

// Adding a report is content only. A made-up sixth report (Freedom on the Net 2016: two
// sections with notes, scores, its source and fidelity file, an incident and a statistic,
// all in test/fixtures/sixth-report/) is added to a copy of the fixture corpus
// (test/fixtures/valid/) as the README's "Adding a report" says; then `npm run anchors`,
// `npm run check:content`, the build, `npm run published` and every site check
// (test/site/*.test.ts) must pass on it, with no code or test edited. The site checks take their
// counts from the content they are given; the few that pin passages of the real reports say so
// and stand aside where that report is not in the corpus (testOfReport in test/site/site.ts).
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

const env: NodeJS.ProcessEnv = {
  ...process.env,
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
