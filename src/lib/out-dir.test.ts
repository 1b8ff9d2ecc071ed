import { test } from 'node:test';
import assert from 'node:assert/strict';
import { outDir } from './out-dir.ts';

test('the site is built into dist unless OUT_DIR names another folder', () => {
  assert.equal(outDir({}), 'dist');
  assert.equal(outDir({ OUT_DIR: ' ' }), 'dist');
  assert.equal(outDir({ OUT_DIR: '/tmp/fixture/dist' }), '/tmp/fixture/dist');
});
