import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hasFiles } from './checked-glob.ts';

test('hasFiles: a missing or empty folder, or one without a matching file, has none (an optional collection is then empty, quietly)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'checked-glob-'));
  try {
    assert.equal(hasFiles(join(dir, 'moves'), '*.yaml'), false, 'missing folder');
    mkdirSync(join(dir, 'moves'));
    assert.equal(hasFiles(join(dir, 'moves'), '*.yaml'), false, 'empty folder');
    writeFileSync(join(dir, 'moves', '.gitkeep'), '');
    writeFileSync(join(dir, 'moves', 'notes.txt'), '');
    assert.equal(hasFiles(join(dir, 'moves'), '*.yaml'), false, 'hidden and non-matching files');
    writeFileSync(join(dir, 'moves', 'old-slug.yaml'), 'from: incidents/a/\n');
    assert.equal(hasFiles(join(dir, 'moves'), '*.yaml'), true);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
