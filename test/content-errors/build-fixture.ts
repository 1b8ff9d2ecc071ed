import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The site address fixture builds are made for. */
const FIXTURE_SITE_URL = 'https://fixture.example/';
// Fixture builds skip the offline PDFs (Chromium takes seconds per file); the sixth-report test makes them.

/**
 * Builds the site from a copy of test/fixtures/valid with some files changed, and returns
 * what the build printed. The fixture is the smallest valid archive; a test breaks things in
 * it and checks that the build stops, naming the file, the field and what was expected. The
 * copy lives in a temporary folder that is removed before this returns.
 */
export interface FixtureBuild {
  ok: boolean;
  output: string;
}

/** One change to the fixture: replace text in a file, write a file, or rename one. */
export type FixtureChange =
  { file: string; from: string | RegExp; to: string } | { file: string; write: string | Uint8Array } | { file: string; renameTo: string };

const FIXTURE_PREFIX = 'archive-fixture-';

export function buildFixture(
  change?: FixtureChange | FixtureChange[],
  /** build, sync (loader and schema checks only), or check (what `npm run check:content` runs) */
  command: 'build' | 'sync' | 'check' = 'build',
): FixtureBuild {
  const dir = fixtureCopy();
  try {
    for (const each of change === undefined ? [] : Array.isArray(change) ? change : [change]) {
      const path = join(dir, each.file);
      if ('write' in each) writeFileSync(path, each.write);
      else if ('renameTo' in each) renameSync(path, join(dir, each.renameTo));
      else {
        const text = readFileSync(path, 'utf8');
        const changed = text.replace(each.from, each.to);
        if (changed === text) throw new Error(`fixture change did not apply to ${each.file}`);
        writeFileSync(path, changed);
      }
    }
    // Run Astro on the same Node as this test, from the project root (runInFixture below).
    const astro = (args: string[], extra: Record<string, string> = {}) => runInFixture(dir, ['node_modules/astro/bin/astro.mjs', ...args], extra);
    let result = command === 'check' ? astro(['sync', '--force'], { ASTRO_CACHE_DIR: '.astro' }) : astro([command]);
    if (command === 'check' && result.ok) result = runInFixture(dir, ['scripts/authoring/check-content.ts']);
    return result;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * A copy of the valid fixture for tests that edit files step by step as an author would,
 * run `npm run anchors` on it, build it and read the built pages. The caller removes it
 * (removeFixture) when done.
 */
export function fixtureCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), FIXTURE_PREFIX));
  cpSync(new URL('../fixtures/valid/', import.meta.url), dir, { recursive: true });
  return dir;
}

/**
 * Runs a script on the same Node as the tests, from the project root, pointed at the fixture in
 * `dir`. The fixture names a site address, so the placeholder-host warning does not stand among
 * the messages the tests read; paths in messages lose the temporary folder's part.
 */
export function runInFixture(dir: string, args: string[], env: Record<string, string> = {}): FixtureBuild {
  const result = spawnSync(process.execPath, args, {
    encoding: 'utf8',
    env: {
      ...process.env,
      SITE_URL: FIXTURE_SITE_URL,
      ARCHIVE_CONTENT_DIR: dir,
      OUT_DIR: join(dir, 'dist'),
      ASTRO_CACHE_DIR: join(dir, '.cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
      OFFLINE_PDF: 'skip',
      ...env,
    },
  });
  const output = `${result.stdout}\n${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
  return { ok: result.status === 0, output: output.replaceAll(/(?:\.\.\/)*[^\s:"]*archive-fixture-[^/\s]*\//g, 'fixture/') };
}

export const buildIn = (dir: string) => runInFixture(dir, ['node_modules/astro/bin/astro.mjs', 'build']);
export const anchorsIn = (dir: string, date: string) => runInFixture(dir, ['scripts/authoring/anchors.ts'], { ANCHORS_DATE: date });
export const removeFixture = (dir: string) => rmSync(dir, { recursive: true, force: true });
