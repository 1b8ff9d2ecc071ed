import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bundlePath, downloadsPagePath, offlinePath, formatSize, parseRedirectRules, redirectRules, supersededBundles } from './paths.ts';
import { withBase } from '../urls.ts';

test('the offline files sit at fixed paths under /downloads/', () => {
  assert.equal(withBase('/', offlinePath('fotn-2015', 'pdf')), '/downloads/fotn-2015.pdf');
  assert.equal(withBase('/archive/', offlinePath('oni-2007', 'epub')), '/archive/downloads/oni-2007.epub');
  assert.equal(offlinePath('fotn-2020', 'html'), 'downloads/fotn-2020.html');
  assert.equal(bundlePath('2026-11-23'), 'downloads/archive-2026-11-23.zip');
});

test('the zip is named by a release date, which must be a day', () => {
  assert.throws(() => bundlePath('yesterday'), /expected YYYY-MM-DD/);
});

test('every zip but the last is superseded, by the one after it', () => {
  assert.deepEqual(supersededBundles(['2026-11-23']), []);
  assert.deepEqual(supersededBundles(['2026-12-01', '2026-11-23', '2027-01-05']), [
    { date: '2026-12-01', file: 'archive-2026-12-01.zip', supersededBy: '2027-01-05' },
    { date: '2026-11-23', file: 'archive-2026-11-23.zip', supersededBy: '2026-12-01' },
  ]);
});

test('the host rules send each superseded name to the downloads page, under the base', () => {
  const rules = parseRedirectRules(redirectRules('/archive/', ['archive-2026-11-23.zip']));
  assert.deepEqual([...rules], [['/archive/downloads/archive-2026-11-23.zip', '/archive/downloads/']]);
  assert.equal(parseRedirectRules(redirectRules('/', [])).size, 0);
  assert.throws(() => redirectRules('/', ['a b.zip']), /plain file name/);
});

test('sizes read as bytes, KB or MB', () => {
  assert.equal(formatSize(512), '512 bytes');
  assert.equal(formatSize(2048), '2.0 KB');
  assert.equal(formatSize(1.5 * 1024 * 1024), '1.5 MB');
});

test('the downloads list pages like the report list: /downloads/, then /downloads/page/2/', () => {
  assert.equal(downloadsPagePath(1), 'downloads/');
  assert.equal(downloadsPagePath(3), 'downloads/page/3/');
});
