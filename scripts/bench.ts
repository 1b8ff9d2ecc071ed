// `npm run bench`: builds the site and measures it. A first visit to a page costs its HTML
// (CSS is inlined) plus the scripts it loads; no fonts are loaded, since the site uses system
// fonts. Sizes are gzip level 9, as a server would send them. Prints a Markdown table for the README.
import { execSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';

const BUDGET_KB = 50;
const dist = 'dist';

const started = Date.now();
execSync('npm run -s build', { stdio: 'ignore' });
const buildSeconds = (Date.now() - started) / 1000;

const gz = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;
const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)]));

interface PageWeight { page: string; kind: string; bytes: number }

const weights: PageWeight[] = walk(dist)
  .filter((f) => f.endsWith('.html') && !f.includes('/pagefind/'))
  .map((file) => {
    const root = parse(readFileSync(file, 'utf8'));
    const assets = root
      .querySelectorAll('script[src], link[rel=stylesheet], link[rel=modulepreload]')
      .map((el) => el.getAttribute('src') ?? el.getAttribute('href') ?? '')
      .filter((src) => src.startsWith('/'));
    const bytes = gz(file) + assets.reduce((sum, src) => sum + gz(join(dist, src)), 0);
    const page = '/' + relative(dist, file).replace(/index\.html$/, '');
    const kind = page === '/search/' ? 'search' : page.split('/').filter(Boolean).length >= 3 && page.startsWith('/reports/') ? 'section' : 'other';
    return { page, kind, bytes };
  });

// The search page also loads Pagefind's script, its WebAssembly and the index entry on first use.
const pagefindBase = ['pagefind/pagefind.js', 'pagefind/pagefind-entry.json', ...readdirSync(join(dist, 'pagefind')).filter((f) => f.endsWith('.pagefind')).map((f) => `pagefind/${f}`)];
const searchExtra = pagefindBase.reduce((sum, f) => sum + gz(join(dist, f)), 0);

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const rows = ['section', 'other'].map((kind) => {
  const list = weights.filter((w) => w.kind === kind);
  const heaviest = list.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  return `| ${kind === 'section' ? 'report sections' : 'other pages'} (${list.length}) | ${kb(median(list.map((w) => w.bytes)))} KB | ${kb(heaviest.bytes)} KB (${heaviest.page}) |`;
});
const search = weights.find((w) => w.kind === 'search')!;
const over = weights.filter((w) => w.kind !== 'search' && w.bytes > BUDGET_KB * 1024);

console.log(`Build (astro build + pagefind): ${buildSeconds.toFixed(1)} s, ${weights.length} pages.\n`);
console.log('| first visit, gzip | median | heaviest |');
console.log('|---|---|---|');
rows.forEach((r) => console.log(r));
console.log(`| search page, before a query | ${kb(search.bytes)} KB | + ${kb(searchExtra)} KB of Pagefind (script, WebAssembly, index entry) on the first query |`);
console.log(`\nBudget: every page but search under ${BUDGET_KB} KB gzip: ${over.length === 0 ? 'met' : `NOT met by ${over.map((w) => w.page).join(', ')}`}.`);
if (over.length > 0) process.exit(1);
