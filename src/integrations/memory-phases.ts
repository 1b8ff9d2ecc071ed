import { appendFileSync, writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';

/**
 * A diagnostic for scale work, off unless MEMORY_PHASES names a file: samples the build's
 * memory every 200 ms and, at each build hook, appends one line per phase (the phase that just
 * ended) with the highest resident set and V8 heap seen during it. `npm run bench:scale` turns
 * it on, so its figures can say where the memory goes (bundling the MDX modules, or
 * generating pages), not only how much.
 */
export function memoryPhases(): AstroIntegration {
  const file = process.env.MEMORY_PHASES;
  let phase = 'config and content sync';
  let started = Date.now();
  let peakRss = 0;
  let peakHeap = 0;
  const sample = () => {
    const { rss, heapUsed } = process.memoryUsage();
    peakRss = Math.max(peakRss, rss);
    peakHeap = Math.max(peakHeap, heapUsed);
  };
  const mark = (next: string) => {
    if (!file) return;
    sample();
    const mib = (bytes: number) => Math.round(bytes / 1024 / 1024);
    appendFileSync(file, `${JSON.stringify({ phase, seconds: (Date.now() - started) / 1000, peakRssMiB: mib(peakRss), peakHeapMiB: mib(peakHeap) })}\n`);
    phase = next;
    started = Date.now();
    peakRss = 0;
    peakHeap = 0;
  };
  return {
    name: 'archive-memory-phases',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        if (!file) return;
        writeFileSync(file, '');
        setInterval(sample, 200).unref();
        // Each Vite environment (the prerender bundle that holds every MDX module, then the
        // client scripts) ends with writeBundle; page generation runs after the last one.
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'archive-memory-phases',
                writeBundle() {
                  mark(`generating pages (or bundling the next environment)`);
                },
                buildStart() {
                  if (phase.startsWith('generating')) phase = 'bundling the next environment';
                },
              },
            ],
          },
        });
      },
      'astro:build:start': () => mark('bundling the prerender environment (every page and MDX module)'),
      'astro:build:generated': () => mark('integrations (sitemap, headers, search index, offline files)'),
      'astro:build:done': () => mark('end'),
    },
  };
}
