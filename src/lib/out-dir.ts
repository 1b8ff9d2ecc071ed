/**
 * The folder a build writes the site to: OUT_DIR, or `dist` when it is not set. Read here and
 * only here: astro.config.mjs hands it to Astro (the integrations then take it from Astro), and
 * whatever reads a built site (the site checks, the benches, `npm run paragraphs`) asks this
 * module. Fixture and bench builds set it to a temporary folder.
 */
export function outDir(env: Record<string, string | undefined> = process.env): string {
  return env.OUT_DIR?.trim() || 'dist';
}
