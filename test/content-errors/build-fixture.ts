import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Builds the site from a copy of test/fixtures/valid with one file changed, and returns
 * what the build printed. The fixture is the smallest valid archive; each test breaks one
 * thing in it and checks that the build fails naming the file, the field and what was expected.
 */
export interface FixtureBuild {
  ok: boolean;
  output: string;
}

export function buildFixture(change?: { file: string; from: string | RegExp; to: string }, command = 'build'): FixtureBuild {
  const dir = mkdtempSync(join(tmpdir(), 'archive-fixture-'));
  cpSync(new URL('../fixtures/valid/', import.meta.url), dir, { recursive: true });
  if (change) {
    const path = join(dir, change.file);
    const text = readFileSync(path, 'utf8');
    const changed = text.replace(change.from, change.to);
    if (changed === text) throw new Error(`fixture change did not apply to ${change.file}`);
    writeFileSync(path, changed);
  }
  // Run Astro on the same Node as this test, from the project root; --force on a build, so the
  // content layer Astro caches in .astro/ does not carry an earlier fixture into this one.
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', command, ...(command === 'build' ? ['--force'] : [])], {
    encoding: 'utf8',
    env: { ...process.env, ARCHIVE_CONTENT_DIR: dir, OUT_DIR: join(dir, 'dist'), ASTRO_TELEMETRY_DISABLED: '1' },
  });
  return { ok: result.status === 0, output: `${result.stdout}\n${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, '') };
}

/**
 * A copy of the valid fixture for tests that edit several files, run `npm run anchors` on
 * it, build it and read the built pages. The caller removes `dir` when done (see removeFixture).
 */
export function fixtureCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'archive-fixture-'));
  cpSync(new URL('../fixtures/valid/', import.meta.url), dir, { recursive: true });
  return dir;
}

export function runInFixture(dir: string, args: string[], env: Record<string, string> = {}): FixtureBuild {
  const result = spawnSync(process.execPath, args, {
    encoding: 'utf8',
    env: { ...process.env, ARCHIVE_CONTENT_DIR: dir, OUT_DIR: join(dir, 'dist'), ASTRO_TELEMETRY_DISABLED: '1', ...env },
  });
  return { ok: result.status === 0, output: `${result.stdout}\n${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, '') };
}

// --force: Astro caches the content layer in the project's .astro/, which must not carry one fixture into the next.
export const buildIn = (dir: string) => runInFixture(dir, ['node_modules/astro/bin/astro.mjs', 'build', '--force']);
export const anchorsIn = (dir: string, date: string) => runInFixture(dir, ['scripts/anchors.ts'], { ANCHORS_DATE: date });
export const removeFixture = (dir: string) => rmSync(dir, { recursive: true, force: true });
