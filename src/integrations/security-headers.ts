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
        const policies = htmlFiles(root).flatMap((file) => {
          const text = metaPolicy(readFileSync(file, 'utf8'));
          return text ? [parsePolicy(text)] : [];
        });
        writeFileSync(join(root, '_headers'), headersFile(base, mergePolicies(policies)));
      },
    },
  };
}
