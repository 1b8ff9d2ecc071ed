// What a first visit to a built page costs, as scripts/bench/bench.ts counts it: the page's HTML (CSS
// is inlined) plus every script, stylesheet and module preload it loads from the site, each
// gzip level 9 as a server would send it. No fonts: the site uses system fonts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';

const gzipBytes = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;

/** Bytes of a first visit to `file` (an HTML file inside `dist`, a site built at base "/"). */
export function firstVisitBytes(dist: string, file: string): number {
  const root = parse(readFileSync(file, 'utf8'));
  const assets = root
    .querySelectorAll('script[src], link[rel=stylesheet], link[rel=modulepreload]')
    .map((el) => el.getAttribute('src') ?? el.getAttribute('href') ?? '')
    .filter((src) => src.startsWith('/'));
  return gzipBytes(file) + [...new Set(assets)].reduce((sum, src) => sum + gzipBytes(join(dist, src)), 0);
}
