import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { offlineFile, reportIds } from './files.ts';
import { epubcheckCommand } from './tools.ts';

// Rule: every EPUB passes epubcheck with no error and no warning (nor fatal, nor info). All are
// checked in one Java process (EpubCheckEach.java), with one broken EPUB among them that must fail,
// so a run that checks nothing, or reads one file's result as another's, cannot pass.

const CLEAN = /Messages: 0 fatals \/ 0 errors \/ 0 warnings \/ 0 infos/;

/** What epubcheck printed for each file, and its exit code, from EpubCheckEach's "== <file> exit <code>" lines. */
function byFile(output: string): Map<string, { code: number; output: string }> {
  const results = new Map<string, { code: number; output: string }>();
  let chunk: string[] = [];
  for (const line of output.split('\n')) {
    const end = /^== (.+) exit (-?\d+)$/.exec(line);
    if (!end) chunk.push(line);
    else {
      results.set(end[1]!, { code: Number(end[2]), output: chunk.join('\n') });
      chunk = [];
    }
  }
  return results;
}

const scratch = mkdtempSync(join(tmpdir(), 'archive-epubcheck-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

test('every EPUB passes epubcheck: 0 errors, 0 warnings; an EPUB with a wrong mimetype fails it', () => {
  // The first EPUB again, its mimetype file saying it is a plain zip (epubcheck: PKG-007, an error).
  const entries = unzipSync(readFileSync(offlineFile(reportIds[0]!, 'epub')));
  const { mimetype: _, ...rest } = entries;
  const broken = join(scratch, 'broken.epub');
  writeFileSync(broken, zipSync({ mimetype: [strToU8('application/zip'), { level: 0 }], ...rest }));

  const files = [...reportIds.map((id) => offlineFile(id, 'epub')), broken];
  const [java, ...args] = epubcheckCommand(files);
  const run = spawnSync(java!, args, { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  const results = byFile(`${run.stdout}\n${run.stderr}`);
  assert.deepEqual([...results.keys()], files, 'a result for every file, in order');
  for (const id of reportIds) {
    const { code, output } = results.get(offlineFile(id, 'epub'))!;
    assert.match(output, CLEAN, `${id}.epub:\n${output}`);
    assert.equal(code, 0, `${id}.epub: epubcheck exited ${code}`);
  }
  const failed = results.get(broken)!;
  assert.notEqual(failed.code, 0, failed.output);
  assert.match(failed.output, /PKG-007/);
  assert.doesNotMatch(failed.output, CLEAN);
});
