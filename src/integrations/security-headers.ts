import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile, mergePolicies, metaPolicy, parsePolicy } from '../lib/csp.ts';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? htmlFiles(path) : entry.name.endsWith('.html') ? [path] : [];
  });
}

/**
 * Writes `_headers` into the built site: the Content-Security-Policy of every page (the union
 * of the <meta> policies Astro wrote, so no page's own hashes are refused by the header) plus
 * frame-ancestors, Referrer-Policy, X-Content-Type-Options and Permissions-Policy.
 * (`astro preview` does not read this file; hosts such as Netlify and Cloudflare Pages do.)
 */
export function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'archive-security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir }) => {
        const root = fileURLToPath(dir);
        // Pages mostly carry the same policy: each distinct text is kept and parsed once, in the
        // order first met. Keeping every page's parsed policy instead held every page's whole
        // HTML alive (a matched substring keeps its source string in V8): 4.9 GB at 1,000 reports.
        const texts = new Set<string>();
        for (const file of htmlFiles(root)) {
          const text = metaPolicy(readFileSync(file, 'utf8'));
          if (text) texts.add(text);
        }
        writeFileSync(join(root, '_headers'), headersFile(base, mergePolicies([...texts].map(parsePolicy))));
      },
    },
  };
}
