// `npm run bench`: builds the site and measures it. Every page's first visit is measured in
// Chromium (scripts/bench/page-bytes.ts): every request of a fresh visit, at the size a server that
// compresses as a host would sends it (gzip level 9). Search is measured in Chromium
// (scripts/bench/search-bytes.ts): every request of a fresh visit to /search/?q=… for each query of
// the ranking test set, then of a further query typed on the same page. /verify/ is measured the
// same way (scripts/bench/verify-bytes.ts): a first visit with a quotation, bytes and time to the result.
// Prints Markdown for the README.
import { execSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { measureSearchCosts } from './search-bytes.ts';
import { measurePageCosts } from './page-bytes.ts';
import { measureVerifyCosts, verifyReport } from './verify-bytes.ts';
import { lighthouseTable, lighthouseVerdict, runLighthouse } from './lighthouse.ts';
import { outDir } from '../../src/lib/out-dir.ts';

const BUDGET_KB = 50;
/** A one-file offline edition is a whole report in one download (issue 14): under 200 KB gzip. */
const ONE_FILE_BUDGET_KB = 200;
/** Search budgets (issue 10), in KiB: the median query of the test set on a first visit, and a further query. */
const SEARCH_FIRST_KIB = 120;
const SEARCH_FURTHER_KIB = 25;
const dist = outDir();

const started = Date.now();
execSync('npm run -s build', { stdio: 'ignore' });
const buildSeconds = (Date.now() - started) / 1000;

const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)]));

/** Sections are /reports/<report>/<section>/; the one-file editions (/downloads/<report>.html) are downloads with a budget of their own. */
const pageKind = (page: string): 'search' | 'section' | 'edition' | 'other' =>
  page === '/search/'
    ? 'search'
    : /^\/reports\/(?!page\/)[^/]+\/[^/]+\/$/.test(page)
      ? 'section'
      : /^\/downloads\/[^/]+\.html$/.test(page)
        ? 'edition'
        : 'other';

const pages = walk(dist)
  .filter((f) => f.endsWith('.html') && !f.includes('/pagefind/'))
  .map(
    (file) =>
      '/' +
      relative(dist, file)
        .split(sep)
        .join('/')
        .replace(/index\.html$/, ''),
  );
const weights = (await measurePageCosts(dist, pages)).map((cost) => ({ page: cost.path, kind: pageKind(cost.path), bytes: cost.bytes }));

const queries = (parseYaml(readFileSync('test/search/queries.yaml', 'utf8')) as { query: string }[]).map((q) => q.query);
const costs = await measureSearchCosts(dist, queries);

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const rows = (['section', 'other', 'edition'] as const).map((kind) => {
  const list = weights.filter((w) => w.kind === kind);
  const heaviest = list.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  const label = { section: 'report sections', other: 'other pages', edition: `one-file editions (budget ${ONE_FILE_BUDGET_KB} KB)` }[kind];
  return `| ${label} (${list.length}) | ${kb(median(list.map((w) => w.bytes)))} KB | ${kb(heaviest.bytes)} KB (${heaviest.page}) |`;
});
const search = weights.find((w) => w.kind === 'search')!;
const over = weights.filter((w) => (w.kind === 'section' || w.kind === 'other') && w.bytes > BUDGET_KB * 1024);
const editionsOver = weights.filter((w) => w.kind === 'edition' && w.bytes > ONE_FILE_BUDGET_KB * 1024);

console.log(`Build (astro build, with the search index and the offline files): ${buildSeconds.toFixed(1)} s, ${weights.length} pages.\n`);
console.log('Every page, measured in Chromium: all requests of a first visit (empty cache), at the size the server sends them.\n');
console.log('| first visit, gzip | median | heaviest |');
console.log('|---|---|---|');
rows.forEach((r) => console.log(r));
console.log(`| search page, before a query | ${kb(search.bytes)} KB | |`);

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const firsts = costs.map((c) => c.firstBytes);
const furthers = costs.map((c) => c.furtherBytes);
const heaviestFirst = costs.reduce((a, b) => (b.firstBytes > a.firstBytes ? b : a));
const heaviestFurther = costs.reduce((a, b) => (b.furtherBytes > a.furtherBytes ? b : a));
// Where the bytes of the median first visit go, by kind of file.
const medianCost = [...costs].sort((a, b) => a.firstBytes - b.firstBytes)[Math.floor(costs.length / 2)]!;
const kindOf = (url: string) =>
  /\.pf_fragment/.test(url)
    ? 'fragments'
    : /\.pf_index/.test(url)
      ? 'index chunks'
      : /\.pf_filter/.test(url)
        ? 'filter chunks'
        : /\.pf_meta|pagefind-entry/.test(url)
          ? 'metadata'
          : /wasm\./.test(url)
            ? 'WebAssembly'
            : /pagefind[^/]*\.js/.test(url)
              ? 'Pagefind script'
              : /topic-names/.test(url)
                ? 'name list'
                : /\/search\/\?/.test(url)
                  ? 'page'
                  : 'page scripts and icon';
const parts = new Map<string, number>();
for (const r of medianCost.firstRequests) parts.set(kindOf(r.url), (parts.get(kindOf(r.url)) ?? 0) + r.bytes);

console.log(`\n| search, bytes transferred (gzip where the server compresses), ${costs.length} queries | median | heaviest |`);
console.log('|---|---|---|');
console.log(
  `| first visit to /search/?q=… (budget ${SEARCH_FIRST_KIB} KiB) | ${kib(median(firsts))} | ${kib(heaviestFirst.firstBytes)} (“${heaviestFirst.query}”) |`,
);
console.log(
  `| a further query on the same page (budget ${SEARCH_FURTHER_KIB} KiB) | ${kib(median(furthers))} | ${kib(heaviestFurther.furtherBytes)} (“${heaviestFurther.furtherQuery}” after “${heaviestFurther.query}”) |`,
);
console.log(`\nThe median first visit (“${medianCost.query}”, ${kib(medianCost.firstBytes)}): ${[...parts].map(([k, v]) => `${k} ${kib(v)}`).join(', ')}.`);

// Checking a quotation (/verify/): its first visit with a quotation has the search page's first-visit budget.
const verify = verifyReport(await measureVerifyCosts(dist), SEARCH_FIRST_KIB);
console.log('\n' + verify.lines.join('\n'));

const searchOver = median(firsts) > SEARCH_FIRST_KIB * 1024 || median(furthers) > SEARCH_FURTHER_KIB * 1024;
console.log(`\nBudget: every page but search under ${BUDGET_KB} KB gzip: ${over.length === 0 ? 'met' : `NOT met by ${over.map((w) => w.page).join(', ')}`}.`);
console.log(
  `Budget: every one-file edition under ${ONE_FILE_BUDGET_KB} KB gzip: ${editionsOver.length === 0 ? 'met' : `NOT met by ${editionsOver.map((w) => w.page).join(', ')}`}.`,
);
console.log(`Budget: search, median first query ≤ ${SEARCH_FIRST_KIB} KiB and further query ≤ ${SEARCH_FURTHER_KIB} KiB: ${searchOver ? 'NOT met' : 'met'}.`);

// Lighthouse (scripts/bench/lighthouse.ts): one page of each kind, mobile, the better of two runs for performance.
const lighthouseResults = await runLighthouse(dist);
const lighthouse = lighthouseVerdict(lighthouseResults);
console.log(`\nLighthouse (mobile, default settings), one page of each kind:\n\n${lighthouseTable(lighthouseResults)}\n\n${lighthouse.line}`);
if (over.length > 0 || editionsOver.length > 0 || searchOver || !verify.met || !lighthouse.met) process.exit(1);
