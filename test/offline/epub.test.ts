import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { offlineFile, reportIds } from './files.ts';
import { epubcheckCommand } from './tools.ts';

// Rule: every EPUB passes epubcheck with no error and no warning (nor fatal, nor info).

function epubcheck(file: string): Promise<{ code: number; output: string }> {
  const [command, ...args] = epubcheckCommand();
  return new Promise((resolve) => {
    const child = spawn(command!, [...args, file]);
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d));
    child.stderr.on('data', (d: Buffer) => (output += d));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

test('every EPUB passes epubcheck: 0 errors, 0 warnings', async () => {
  // Two at a time: each is a Java process, and the machine has two cores.
  const results: { id: string; code: number; output: string }[] = [];
  const queue = [...reportIds];
  await Promise.all(
    [0, 1].map(async () => {
      for (let id = queue.shift(); id; id = queue.shift()) results.push({ id, ...(await epubcheck(offlineFile(id, 'epub'))) });
    }),
  );
  assert.equal(results.length, reportIds.length);
  for (const { id, code, output } of results) {
    assert.match(output, /Messages: 0 fatals \/ 0 errors \/ 0 warnings \/ 0 infos/, `${id}.epub:\n${output}`);
    assert.equal(code, 0, `${id}.epub: epubcheck exited ${code}`);
  }
});
