// `npm test`: every check, in lanes side by side so both cores stay busy: lane A needs only the
// sources (static checks, unit tests, fixture builds, a sixth report added to a copy); lane D is
// the type check; lane B builds the site, then runs the browser tests while lane C reads the
// build (site checks, HTML, offline files). Lane B is the longest, so lanes A and D run at a
// lower priority. Within a lane the steps run in turn, cheapest failure first. Each step's
// output is held and printed whole when it ends, so the lanes do not interleave. The first
// failure stops everything and exits with its code.
import { spawn, type ChildProcess } from 'node:child_process';
import { countTests, summaryTable, type StepResult } from './tally.ts';

interface Step {
  name: string;
  command: string;
}

// Lane A: needs only the sources. Cheap static checks first, then the fixture builds.
const sources: Step[] = [
  { name: 'layers (no import circle)', command: 'npm run check:layers' },
  { name: 'format (Prettier)', command: 'npm run check:format' },
  { name: 'unused code (knip)', command: 'npm run check:unused' },
  {
    name: 'unit tests',
    // One process for all of them: starting Node (and its TypeScript) per file cost more than the tests.
    command:
      'node --test --test-isolation=none "src/**/*.test.ts" "scripts/**/*.test.ts" "test/fidelity/*.test.ts" "test/docs/*.test.ts" "test/layers/*.test.ts"',
  },
  { name: 'content errors (fixture builds)', command: 'node --test "test/content-errors/*.test.ts"' },
  // Last in this lane, after the main build: in a lane of its own from the start it slowed that
  // build, and so the browser tests, more than it gained (406 s instead of 339 s in all).
  { name: 'a sixth report is content only, built under a sub-path (one build of a copy)', command: 'node --test test/sixth-report/*.test.ts' },
];
// Lane D: the type check, alone, as it shares nothing with the others. Its own content cache,
// so it does not race the build, which clears the default one.
const types: Step[] = [{ name: 'type check', command: 'ASTRO_CACHE_DIR=node_modules/.astro-check npm run check:types' }];
const build: Step = { name: 'build', command: 'npm run build' };
// Lane B, after the build: the browser.
const browser: Step[] = [{ name: 'end-to-end (Chromium)', command: 'playwright test' }];
// Lane C, after the build: checks that read dist/.
const readers: Step[] = [
  // One process for the site checks, so dist/ is read and parsed once (test/site/site.ts); one for
  // html-validate (test/site/html.test.ts), which took half as long again beside the parsed pages.
  { name: 'site checks', command: 'node --test --test-isolation=none "test/site/!(html).test.ts"' },
  { name: 'html-validate', command: 'node --test test/site/html.test.ts' },
  { name: 'offline files (one-file HTML, EPUB, PDF, zip)', command: 'node --test --test-isolation=none "test/offline/*.test.ts"' },
];

const results: StepResult[] = [];
const running = new Set<ChildProcess>();
let stopping = false;

function run(step: Step, lane: string, niceness: number): Promise<StepResult> {
  return new Promise<StepResult>((resolve) => {
    console.log(`▶ ${lane} ${step.name}: ${step.command}`);
    const startedAt = Date.now();
    // Its own process group, so a failure elsewhere can stop the step and all it started.
    const child = spawn('nice', ['-n', String(niceness), 'sh', '-c', step.command], { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    running.add(child);
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) => {
      running.delete(child);
      const result: StepResult = {
        name: step.name,
        lane,
        seconds: (Date.now() - startedAt) / 1000,
        outcome: stopping ? 'stopped' : code === 0 ? 'passed' : 'failed',
        count: countTests(output),
      };
      if (result.outcome !== 'stopped') {
        console.log(`\n── ${lane} ${step.name} (${result.seconds.toFixed(1)} s) ──\n${output.trimEnd()}\n`);
        if (code !== 0) stopAll(`${step.name} failed (exit ${code})`, code ?? 1);
      }
      results.push(result);
      resolve(result);
    });
  });
}

let exitCode = 0;
let failure = '';
function stopAll(message: string, code: number): void {
  if (stopping) return;
  stopping = true;
  failure = message;
  exitCode = code;
  for (const child of running) {
    try {
      // SIGINT, as Ctrl-C would: Playwright then also stops the preview server it started.
      process.kill(-child.pid!, 'SIGINT');
    } catch {
      // already gone
    }
  }
}

/**
 * Runs the steps in turn, until one fails or another lane's failure stops everything. A lane
 * that has time to spare runs at a lower priority (nice 10), so the build, which the browser
 * tests wait for, gets the CPU it can use first: it then ends about 4 s sooner, and the run about 8 s.
 */
async function lane(name: string, steps: Step[], niceness = 0): Promise<void> {
  for (const step of steps) {
    if (stopping || (await run(step, name, niceness)).outcome !== 'passed') return;
  }
}

const started = Date.now();
await Promise.all([
  lane('A', sources, 10),
  lane('D', types, 10),
  (async () => {
    await lane('B', [build]);
    if (!stopping) await Promise.all([lane('B', browser), lane('C', readers)]);
  })(),
]);

const total = results.reduce((sum, r) => ({ passed: sum.passed + r.count.passed, failed: sum.failed + r.count.failed }), { passed: 0, failed: 0 });
console.log(`\n${summaryTable(results)}\n`);
const seconds = Math.round((Date.now() - started) / 1000);
if (stopping) {
  console.error(`✖ ${failure}; the other lanes were stopped (${seconds} s)`);
  console.log(`tests: ${total.passed} passed, ${Math.max(total.failed, 1)} failed`);
  process.exit(exitCode);
}
const stepCount = 1 + types.length + sources.length + browser.length + readers.length;
console.log(`✔ all ${stepCount} steps passed in ${seconds} s`);
console.log(`tests: ${total.passed} passed, ${total.failed} failed`);
