import { test } from 'node:test';
import assert from 'node:assert/strict';
import { reportPath, sectionPath, sectionSlug, withBase } from './urls.ts';

test('links work at the root and under a sub-path', () => {
  assert.equal(withBase('/', reportPath('fotn-2015')), '/reports/fotn-2015/');
  assert.equal(withBase('/archive/', sectionPath('fotn-2015/ict-market')), '/archive/reports/fotn-2015/ict-market/');
  assert.equal(withBase('/archive', '/search/'), '/archive/search/');
});

test('a section slug is its id without the report', () => {
  assert.equal(sectionSlug('fotn-2020/c3'), 'c3');
});
