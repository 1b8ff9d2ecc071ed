// `npm run bench:scale`: builds synthetic corpora of 5, 100 and 1,000 reports outside the
// repository (scripts/bench/scale-corpus.ts: the five real reports copied under new ids with their
// words changed, so pages do not compress as near-duplicates) and measures how the build grows.
// Each size is built as `npm run build` builds it: astro build, whose integrations make the
// search index (src/integrations/search-index.ts) and the offline files (src/integrations/offline.ts:
// EPUBs, PDFs, the whole-site zip, SHA256SUMS). Printing a PDF takes Chromium seconds per report,
// so above SCALE_PDF_MAX reports (100 unless set) the PDFs are skipped (OFFLINE_PDF=skip), and the
// output says so. For each size it prints pages, CPU seconds and peak memory of the build (the
// index and the offline files included; Chromium's own CPU is not), ms per page, dist size,
// search-index size and time, the offline step's time (both as the integrations log them), the zip's and SHA256SUMS's sizes, and the
// heaviest first visit (HTML plus the scripts and styles it loads, gzip 9, as npm run bench
// counts it) among the pages that list reports: /, every page of /reports/, /scores/, /data/
// and /downloads/.
// It also prints, to stderr, the peak memory of each phase of the build
// (src/integrations/memory-phases.ts). It exits non-zero if ms per page at 1,000 exceeds 1.25×
// the figure at 100, if peak memory passes the budget, or if a list page (the downloads pages
// included) passes the first-visit budget. Not part of `npm test`: a 1,000-report build takes minutes. SCALE_SIZES=5,100 runs fewer.
// Then the timeline as incidents grow: the five reports with today's incidents and with 2,000
// (SCALE_INCIDENTS=0,2000; 0 is today's; the copies as scripts/bench/scale-corpus.ts makes them), each
// built by astro build. For each it prints the pages the timeline spans (/incidents/ and every
// list by year, category and report), the heaviest first visit among them, and Lighthouse's
// four scores (scripts/bench/lighthouse.ts) for /incidents/ and that heaviest list page; it exits
// non-zero if a timeline page passes the first-visit budget or scores below 100.
// SCALE_SIZES= (empty) runs only the timeline, SCALE_INCIDENTS= only the reports.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { firstVisitBytes } from './first-visit.ts';
import { runLighthouse } from './lighthouse.ts';
import { makeCorpus } from './scale-corpus.ts';
import { lighthouseTable, lighthouseVerdict, type PageScores } from '../../src/lib/lighthouse-scores.ts';

const sizesOf = (value: string) => value.split(',').filter(Boolean).map(Number);
const sizes = sizesOf(process.env.SCALE_SIZES ?? '5,100,1000');
const incidentSizes = sizesOf(process.env.SCALE_INCIDENTS ?? '0,2000');
const MEMORY_BUDGET_MB = 2500;
const GROWTH_LIMIT = 1.25;
const PAGE_BUDGET_KB = 50;
const PDF_MAX = Number(process.env.SCALE_PDF_MAX ?? 100);
/** The pages that list reports: home, every page of /reports/, scores and open data. */
const listPages = (dist: string) => [
  'index.html',
  'reports/index.html',
  ...(existsSync(join(dist, 'reports/page')) ? readdirSync(join(dist, 'reports/page')).map((n) => `reports/page/${n}/index.html`) : []),
  'scores/index.html',
  'data/index.html',
  'downloads/index.html',
  ...(existsSync(join(dist, 'downloads/page')) ? readdirSync(join(dist, 'downloads/page')).map((n) => `downloads/page/${n}/index.html`) : []),
];

interface Run {
  cpuSeconds: number;
  peakMb: number;
  wallSeconds: number;
  stdout: string;
}

/** Runs a Node command and reads its own resource use (CPU, peak resident memory) as it exits. */
function measureNode(args: string[], env: Record<string, string>): Run {
  const report = join(tmpdir(), `kifa-usage-${process.pid}.json`);
  const started = Date.now();
  const result = spawnSync(process.execPath, ['--import', new URL('./report-usage.ts', import.meta.url).pathname, ...args], {
    env: { ...process.env, ...env, USAGE_REPORT: report },
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed:\n${result.stderr}`);
  const usage = JSON.parse(readFileSync(report, 'utf8'));
  rmSync(report);
  return {
    cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6,
    peakMb: usage.maxRSS / 1024,
    wallSeconds: (Date.now() - started) / 1000,
    stdout: result.stdout,
  };
}

/** The seconds an integration says it took, from its last line "[<name>] … in <n> s" in the build's output. */
function loggedSeconds(stdout: string, integration: string): number {
  const lines = stdout
    .replace(/\x1b\[[0-9;]*m/g, '')
    .split('\n')
    .filter((line) => line.includes(`[${integration}]`));
  const seconds = lines.at(-1)?.match(/ in ([\d.]+) s$/)?.[1];
  if (seconds === undefined) throw new Error(`the build did not say how long ${integration} took:\n${lines.join('\n')}`);
  return Number(seconds);
}

const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)]));
const sizeOf = (dir: string) => (existsSync(dir) ? walk(dir).reduce((sum, f) => sum + statSync(f).size, 0) : 0);
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

interface Result {
  reports: number;
  pages: number;
  cpuSeconds: number;
  msPerPage: number;
  peakMb: number;
  distMb: string;
  indexMb: string;
  heaviestList: { page: string; kb: number };
  indexSeconds: number;
  offline: { wallSeconds: number; zipMb: string; sumsKb: string; downloadsKb: number; pdfs: boolean };
}

const results: Result[] = [];
for (const reports of sizes) {
  const dir = makeCorpus(reports);
  const dist = join(dir, 'dist');
  const phasesFile = join(dir, 'memory-phases.jsonl');
  try {
    const env = { ARCHIVE_CONTENT_DIR: join(dir, 'content'), OUT_DIR: dist, ASTRO_CACHE_DIR: join(dir, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' };
    // PDFs only up to SCALE_PDF_MAX reports.
    const pdfs = reports <= PDF_MAX;
    const build = measureNode(['node_modules/astro/bin/astro.mjs', 'build'], { ...env, MEMORY_PHASES: phasesFile, OFFLINE_PDF: pdfs ? '' : 'skip' });
    const zip = readdirSync(join(dist, 'downloads')).find((f) => f.endsWith('.zip'));
    const offline = {
      wallSeconds: loggedSeconds(build.stdout, 'archive-offline'),
      zipMb: zip ? mb(statSync(join(dist, 'downloads', zip)).size) : '—',
      sumsKb: (statSync(join(dist, 'downloads/SHA256SUMS')).size / 1024).toFixed(1),
      downloadsKb: firstVisitBytes(dist, join(dist, 'downloads/index.html')) / 1024,
      pdfs,
    };
    const pages = walk(dist).filter((f) => f.endsWith('.html')).length;
    // A first visit: the HTML and the scripts and styles it loads, gzip level 9 (as npm run bench).
    const lists = listPages(dist)
      .filter((p) => existsSync(join(dist, p)))
      .map((p) => ({ page: `/${p.replace(/index\.html$/, '')}`, kb: firstVisitBytes(dist, join(dist, p)) / 1024 }));
    const heaviestList = lists.reduce((a, b) => (b.kb > a.kb ? b : a));
    results.push({
      reports,
      pages,
      cpuSeconds: build.cpuSeconds,
      msPerPage: (build.cpuSeconds * 1000) / pages,
      peakMb: build.peakMb,
      distMb: mb(sizeOf(dist)),
      indexMb: mb(sizeOf(join(dist, 'pagefind'))),
      heaviestList,
      indexSeconds: loggedSeconds(build.stdout, 'archive-search-index'),
      offline,
    });
    console.error(`built ${reports} reports: ${pages} pages in ${build.wallSeconds.toFixed(0)} s; memory by phase (src/integrations/memory-phases.ts):`);
    for (const line of readFileSync(phasesFile, 'utf8').trim().split('\n')) {
      const { phase, seconds, peakRssMiB, peakHeapMiB } = JSON.parse(line);
      console.error(`  ${phase}: ${seconds.toFixed(0)} s, peak RSS ${peakRssMiB} MiB, peak V8 heap ${peakHeapMiB} MiB`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (results.length) {
  console.log('| reports | pages | build CPU s | ms per page | peak memory | dist | search index | index time | heaviest list page (gzip) |');
  console.log('|---|---|---|---|---|---|---|---|---|');
  for (const r of results) {
    console.log(
      `| ${r.reports.toLocaleString('en')} | ${r.pages.toLocaleString('en')} | ${r.cpuSeconds.toFixed(1)} | ${r.msPerPage.toFixed(1)} | ${r.peakMb.toFixed(0)} MiB | ${r.distMb} MiB | ${r.indexMb} MiB | ${r.indexSeconds.toFixed(0)} s | ${r.heaviestList.kb.toFixed(1)} KB (${r.heaviestList.page}) |`,
    );
  }
  console.log('\nOffline files (src/integrations/offline.ts):\n');
  console.log('| reports | offline step | PDFs | whole-site zip | SHA256SUMS | /downloads/ (gzip) |');
  console.log('|---|---|---|---|---|---|');
  for (const r of results) {
    const e = r.offline;
    console.log(
      `| ${r.reports.toLocaleString('en')} | ${e.wallSeconds.toFixed(0)} s | ${e.pdfs ? 'printed' : `not printed (over SCALE_PDF_MAX=${PDF_MAX}): their rows carry no size or checksum`} | ${e.zipMb} MiB | ${e.sumsKb} KB | ${e.downloadsKb.toFixed(1)} KB |`,
    );
  }
}

/** /incidents/ and every page of its lists (by year, category and report), as site paths. */
const timelinePages = (dist: string) => [
  '/incidents/',
  ...walk(join(dist, 'incidents'))
    .map((f) => f.slice(dist.length).replace(/index\.html$/, ''))
    .filter((p) => /^\/incidents\/(year|category|report)\//.test(p) && p.endsWith('/')),
];

interface TimelineResult {
  incidents: number;
  pages: number;
  cpuSeconds: number;
  heaviest: { page: string; kb: number };
  home: number;
  lighthouse: PageScores[];
}
const timelines: TimelineResult[] = [];
for (const incidents of incidentSizes) {
  const dir = makeCorpus(5, incidents);
  const dist = join(dir, 'dist');
  try {
    const env = { ARCHIVE_CONTENT_DIR: join(dir, 'content'), OUT_DIR: dist, ASTRO_CACHE_DIR: join(dir, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' };
    const build = measureNode(['node_modules/astro/bin/astro.mjs', 'build'], env);
    const pages = timelinePages(dist).map((page) => ({ page, kb: firstVisitBytes(dist, join(dist, page, 'index.html')) / 1024 }));
    const heaviest = pages.slice(1).reduce((a, b) => (b.kb > a.kb ? b : a));
    // Best of up to three performance runs (scripts/bench/lighthouse.ts says why a run can lose points
    // to other work on the machine; a real problem shows in every run).
    const lighthouse = await runLighthouse(dist, { only: ['/incidents/', heaviest.page], runs: Number(process.env.LIGHTHOUSE_RUNS ?? 3) });
    timelines.push({
      incidents: readdirSync(join(dir, 'content/incidents')).length,
      pages: pages.length,
      cpuSeconds: build.cpuSeconds,
      heaviest,
      home: pages[0]!.kb,
      lighthouse,
    });
    console.error(`built ${incidents || "today's"} incidents: ${pages.length} timeline pages in ${build.wallSeconds.toFixed(0)} s`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
if (timelines.length) {
  console.log('\nThe timeline as incidents grow (five reports; /incidents/ and its lists by year, category and report):\n');
  console.log('| incidents | timeline pages | build CPU s | /incidents/ (gzip) | heaviest list page (gzip) |');
  console.log('|---|---|---|---|---|');
  for (const t of timelines)
    console.log(
      `| ${t.incidents.toLocaleString('en')} | ${t.pages} | ${t.cpuSeconds.toFixed(1)} | ${t.home.toFixed(1)} KB | ${t.heaviest.kb.toFixed(1)} KB (${t.heaviest.page}) |`,
    );
  for (const t of timelines) console.log(`\nLighthouse at ${t.incidents.toLocaleString('en')} incidents:\n\n${lighthouseTable(t.lighthouse)}`);
}

const failures: string[] = [];
for (const t of timelines) {
  if (t.heaviest.kb > PAGE_BUDGET_KB)
    failures.push(`${t.heaviest.page} at ${t.incidents} incidents is ${t.heaviest.kb.toFixed(1)} KB gzip, over ${PAGE_BUDGET_KB} KB`);
  const verdict = lighthouseVerdict(t.lighthouse);
  if (!verdict.met) failures.push(`at ${t.incidents} incidents: ${verdict.line}`);
}
const at100 = results.find((r) => r.reports === 100);
const at1000 = results.find((r) => r.reports === 1000);
if (at100 && at1000 && at1000.msPerPage > GROWTH_LIMIT * at100.msPerPage) {
  failures.push(`ms per page at 1,000 reports (${at1000.msPerPage.toFixed(1)}) exceeds ${GROWTH_LIMIT}× the figure at 100 (${at100.msPerPage.toFixed(1)})`);
}
for (const r of results) {
  if (r.peakMb > MEMORY_BUDGET_MB) failures.push(`peak memory at ${r.reports} reports is ${r.peakMb.toFixed(0)} MiB, over ${MEMORY_BUDGET_MB} MiB`);
  if (r.heaviestList.kb > PAGE_BUDGET_KB)
    failures.push(`${r.heaviestList.page} at ${r.reports} reports is ${r.heaviestList.kb.toFixed(1)} KB gzip, over ${PAGE_BUDGET_KB} KB`);
}
console.log(
  failures.length
    ? `\nNOT met: ${failures.join('; ')}.`
    : `\nMet: ms per page at 1,000 within ${GROWTH_LIMIT}× of 100, peak memory under ${MEMORY_BUDGET_MB} MiB, list and timeline pages under ${PAGE_BUDGET_KB} KB, the timeline at Lighthouse 100.`,
);
if (failures.length) process.exit(1);
