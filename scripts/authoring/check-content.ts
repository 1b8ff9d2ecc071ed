// `npm run check:content`: every content check the build runs, in a few seconds, without
// building pages or starting a browser. It runs Astro's content sync (the loader checks and
// schemas: src/data/checked-glob.ts) and then the same runner of the content gate as the build
// (src/data/check-content.ts, src/lib/content-rules/gate.ts), loaded through Astro's own Vite
// setup so `astro:content` works.
// Prints nothing but the problems; exits 1 if there are any.
import { createServer } from 'vite';
import { getViteConfig } from 'astro/config';

const started = Date.now();
const config = await getViteConfig({ server: { middlewareMode: true, hmr: false, watch: null }, appType: 'custom', logLevel: 'silent' })({
  command: 'serve',
  mode: 'development',
});
const server = await createServer(config);
let failed = false;
try {
  const { checkContent } = (await server.ssrLoadModule('/src/data/check-content.ts')) as { checkContent: () => Promise<void> };
  await checkContent();
  console.log(`Content checked: no problems (${((Date.now() - started) / 1000).toFixed(1)} s).`);
} catch (error) {
  failed = true;
  console.error(error instanceof Error ? `${error.message}${'hint' in error ? `\n${String(error.hint)}` : ''}` : error);
} finally {
  await server.close();
}
process.exit(failed ? 1 : 0);
