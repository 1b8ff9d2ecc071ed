// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { memoryPhases } from './src/integrations/memory-phases.ts';
import { siteAddressWarning } from './src/integrations/site-address.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { offlineFiles } from './src/integrations/offline.ts';
import { siteAddress } from './src/lib/site-address.ts';
import { outDir } from './src/lib/out-dir.ts';

// `npm run build` is `astro build` and nothing more: the search index and the offline files are
// integrations below, run when the pages are written. (Astro itself refuses a Node older than it
// supports; npm scripts run the Node pinned in package.json.)
//
// The site's address, from SITE_URL (and SITE_BASE for a trial sub-path build): read in one
// place, src/lib/site-address.ts. Without SITE_URL, a placeholder host, and one warning. A
// sub-path build is the same command with the address: SITE_URL=https://example.org/archive/.
const address = siteAddress();
const { site, base } = address;

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  outDir: outDir(),
  // Fixture and bench builds keep their content cache in their own temporary folder, so the
  // cache never carries another corpus into this one, and Astro clears it when the config
  // changes (a sub-path build, another output folder). So `astro build` needs no --force; and
  // checkedGlob (src/data/checked-glob.ts) still checks every file on every build.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  build: { format: 'directory', inlineStylesheets: 'always' },
  // Report text is verbatim: no smart quotes, dashes or ellipses may be substituted for what the source prints.
  // No syntax highlighting: bodies hold no code, and Shiki's inline styles would break the CSP.
  markdown: { processor: satteri({ features: { smartPunctuation: false } }), syntaxHighlight: false },
  // In this order: the offline zip holds the sitemap, and leaves out the search index and the
  // headers file; memoryPhases comes last so its last phase covers the others.
  integrations: [siteAddressWarning(address), mdx(), sitemap(), securityHeaders(), searchIndex(), offlineFiles(), memoryPhases()],
  // Scripts go in their own files rather than inline, so the search page's dynamic import of
  // Pagefind is bundled correctly (Vite's preload helper is missing from inlined scripts).
  vite: { build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
  prefetch: false,
  // A strict Content-Security-Policy on every page, as a <meta http-equiv> in its <head>: Astro
  // adds the hashes of the scripts and styles it emits; nothing inline runs otherwise. The same
  // policy goes to hosts as a header file, dist/_headers (src/integrations/security-headers.ts).
  // The policy's directives besides script-src and style-src, which Astro writes itself.
  // 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly (it allows WebAssembly only, not eval).
  // worker-src covers a Web Worker should Pagefind start one. frame-ancestors cannot be set from a
  // <meta> tag; it is in the headers file only.
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: {
        resources: ["'self'", "'wasm-unsafe-eval'"],
        // The one inline script Astro does not hash itself (is:inline on /search/): it hides the
        // "search needs JavaScript" notice before the first paint, so nothing shifts, and on a
        // page opened with a query starts fetching Pagefind. Its hash, after any edit to it:
        // the SHA-256, in base64, of the script's text in dist/search/index.html.
        hashes: ['sha256-mGv3ufKL99l6RUExZZZ62eLnMkPV1gP+eR1/1DdYtqc='],
      },
      styleDirective: { resources: ["'self'"] },
    },
  },
  // A quiet build: content errors come first and alone (see the file for what it drops).
  logger: { entrypoint: './scripts/build/quiet-logger.mjs' },
});
