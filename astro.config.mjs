// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';

// The archive can be served from a sub-path (a mirror at /archive/, say): set SITE_BASE.
// SITE_URL is the public origin used in the sitemap and canonical links.
const base = process.env.SITE_BASE ?? '/';
const site = process.env.SITE_URL ?? 'https://kz-internet-freedom-archive.example';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR ?? './dist',
  build: { format: 'directory', inlineStylesheets: 'always' },
  // Report text is verbatim: no smart quotes, dashes or ellipses may be substituted for what the source prints.
  markdown: { smartypants: false },
  integrations: [mdx(), sitemap()],
  devToolbar: { enabled: false },
  prefetch: false,
});
