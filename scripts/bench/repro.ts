// `npm run bench:repro`: builds the whole site twice (`npm run build`: pages, data, search
// index, EPUBs, PDFs, the zip) and compares every file's SHA-256 between the two builds. It
// prints how many files each build has, how long each took, and every file that differs or is
// in only one build, and exits non-zero if any does. Not part of `npm test` (two full builds take
// minutes); test/offline/reproducible.test.ts makes the offline files twice on a fixture instead.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { outDir } from '../../src/lib/out-dir.ts';

const siteDir = outDir();

function build(): number {
  const started = Date.now();
  const result = spawnSync('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error(`npm run build failed (exit ${result.status})`);
  return (Date.now() - started) / 1000;
}

const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)]));
function checksums(dir: string): Map<string, string> {
  return new Map(walk(dir).map((file) => [relative(dir, file).split(sep).join('/'), createHash('sha256').update(readFileSync(file)).digest('hex')]));
}

const aside = mkdtempSync(join(tmpdir(), 'kifa-repro-'));
try {
  const firstSeconds = build();
  cpSync(siteDir, join(aside, 'first'), { recursive: true });
  const first = checksums(join(aside, 'first'));
  const secondSeconds = build();
  const second = checksums(siteDir);
  const differ = [...new Set([...first.keys(), ...second.keys()])].sort().filter((f) => first.get(f) !== second.get(f));
  console.log(`build 1: ${first.size} files in ${firstSeconds.toFixed(0)} s; build 2: ${second.size} files in ${secondSeconds.toFixed(0)} s`);
  for (const file of differ) console.log(`  differs: ${file}${!first.has(file) ? ' (only in build 2)' : !second.has(file) ? ' (only in build 1)' : ''}`);
  console.log(
    differ.length ? `\nNOT reproducible: ${differ.length} of ${second.size} files differ.` : `\nReproducible: all ${second.size} files byte-identical.`,
  );
  if (differ.length) process.exitCode = 1;
} finally {
  if (existsSync(aside)) rmSync(aside, { recursive: true, force: true });
}
