// The build's logger (astro.config.mjs → logger). Astro's own console logger, with the noise
// taken out, so that what an author must fix is the first and only thing on screen:
//   - the list of generated routes (hundreds of lines), and Astro's step-by-step progress;
//   - Rolldown's MODULE_LEVEL_DIRECTIVE warning, raised for every MDX file because Astro's MDX
//     output starts with a "use astro:head-inject" directive (harmless: Astro handles it).
//   - the second and third print of a content error (see below);
//   - (kept: what the search index and the offline files say they made, src/integrations/)
//   - Astro's "Invalid content reference" log: src/data/check-content.ts reports every
//     dangling reference itself, with file and line, and stops the build.
// Errors and any other warning pass through unchanged. `ASTRO_VERBOSE_LOG=1` turns the filter off.
// (A plain .mjs file: Astro loads the logger before it can compile TypeScript.)
import nodeLogger from 'astro/logger/node';

// MODULE_LEVEL_DIRECTIVE: see above. "data store cleared (force)": `npm run check:content` asks for it.
const KNOWN_THIRD_PARTY_WARNINGS = [/MODULE_LEVEL_DIRECTIVE/, /data store cleared \(force\)/];
const KEPT_LABELS = ['archive-search-index', 'archive-offline'];
const KEPT_INFO = [/Complete!/, /page\(s\) built in/, /^Local\b/, /Network\b/, /ready in/i, /watching for file changes/i, /preview/i];

export default function quietLogger(config = {}) {
  const destination = nodeLogger(config);
  if (process.env.ASTRO_VERBOSE_LOG) return destination;
  return {
    write(event) {
      const message = String(event.message ?? '');
      if (event.level === 'warn' && KNOWN_THIRD_PARTY_WARNINGS.some((pattern) => pattern.test(message))) return;
      if (event.label === 'content' && message.startsWith('Invalid content reference')) return;
      // A content error thrown while a page renders is logged twice on its way out, then printed
      // by the CLI with its hint; keep only that last print.
      if (event.level === 'error' && message.includes("Content does not follow the archive's rules")) return;
      if (event.level === 'info' && !KEPT_LABELS.includes(event.label) && !KEPT_INFO.some((pattern) => pattern.test(message))) return;
      destination.write(event);
    },
  };
}
