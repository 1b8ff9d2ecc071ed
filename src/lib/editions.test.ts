import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDate, bundlePath, editionPath, formatSize } from './editions.ts';
import { withBase } from './urls.ts';

test('editions sit at fixed paths under /downloads/', () => {
  assert.equal(withBase('/', editionPath('fotn-2015', 'pdf')), '/downloads/fotn-2015.pdf');
  assert.equal(withBase('/archive/', editionPath('oni-2007', 'epub')), '/archive/downloads/oni-2007.epub');
  assert.equal(editionPath('fotn-2020', 'html'), 'downloads/fotn-2020.html');
  assert.equal(bundlePath('2026-11-23'), 'downloads/archive-2026-11-23.zip');
});

test('the build date is the UTC day, or BUILD_DATE, and must be a date', () => {
  assert.equal(buildDate(new Date('2026-11-23T23:59:00Z'), undefined), '2026-11-23');
  assert.equal(buildDate(new Date('2026-11-23T10:00:00Z'), '2025-01-02'), '2025-01-02');
  assert.throws(() => buildDate(new Date(), 'yesterday'), /expected YYYY-MM-DD/);
});

test('sizes read as bytes, KB or MB', () => {
  assert.equal(formatSize(512), '512 bytes');
  assert.equal(formatSize(2048), '2.0 KB');
  assert.equal(formatSize(1.5 * 1024 * 1024), '1.5 MB');
});
