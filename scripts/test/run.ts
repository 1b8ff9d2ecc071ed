// `npm test`: every check, in the order a failure is cheapest to find. Each step is a plain
// command; this file only runs them in turn, stops at the first failure, and sums up.
import { spawn } from 'node:child_process';

interface Step {
  name: string;
  command: string;
  env?: Record<string, string>;
}

const steps: Step[] = [
  { name: 'layers (no import circle)', command: 'npm run check:layers' },
  { name: 'unit tests', command: 'node --test "src/**/*.test.ts" "test/fidelity/*.test.ts"' },
  { name: 'content errors (fixture builds)', command: 'node --test "test/content-errors/*.test.ts"' },
  { name: 'a sixth report is content only (one build of a copy)', command: 'node --test test/sixth-report/*.test.ts' },
  { name: 'type check', command: 'astro check --minimumSeverity warning' },
  { name: 'build', command: 'npm run build' },
  { name: 'site checks', command: 'node --test "test/site/*.test.ts"' },
  { name: 'html-validate', command: 'html-validate "dist/**/*.html"' },
  { name: 'offline editions (one-file HTML, EPUB, PDF, zip)', command: 'node --test "test/editions/*.test.ts"' },
  { name: 'sub-path (fixture build)', command: 'node --test "test/build/*.test.ts"' },
  { name: 'end-to-end (Chromium)', command: 'playwright test' },
];

let passed = 0;
let failed = 0;

function run(step: Step): Promise<number> {
  return new Promise((resolve) => {
    console.log(`\n▶ ${step.name}: ${step.command}`);
    const child = spawn(step.command, { shell: true, stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, ...step.env } });
    child.stdout.on('data', (chunk: Buffer) => {
      const text = chunk.toString();
      process.stdout.write(text);
      // Count individual tests from node's runner ("ℹ pass 12") and Playwright ("12 passed").
      for (const [, n] of text.matchAll(/^ℹ pass (\d+)$/gm)) passed += Number(n);
      for (const [, n] of text.matchAll(/^ℹ fail (\d+)$/gm)) failed += Number(n);
      for (const [, n] of text.matchAll(/^\s*(\d+) passed\b/gm)) passed += Number(n);
      for (const [, n] of text.matchAll(/^\s*(\d+) failed\b/gm)) failed += Number(n);
    });
    child.on('close', (code) => resolve(code ?? 1));
  });
}

const started = Date.now();
for (const step of steps) {
  const code = await run(step);
  if (code !== 0) {
    console.error(`\n✖ ${step.name} failed (exit ${code})`);
    console.log(`tests: ${passed} passed, ${Math.max(failed, 1)} failed`);
    process.exit(code);
  }
}
console.log(`\n✔ all ${steps.length} steps passed in ${Math.round((Date.now() - started) / 1000)} s`);
console.log(`tests: ${passed} passed, ${failed} failed`);
