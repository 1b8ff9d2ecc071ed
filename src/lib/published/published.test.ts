import assert from 'node:assert/strict';
import test from 'node:test';
import { parse } from 'node-html-parser';
import { collectPublished, mergePublished } from './published.ts';

test('collectPublished lists each page with its linkable ids, and downloads that are not pages', () => {
  const html = '<div class="report-text"><p id="p2">b</p><p id="p1">a</p></div><ol class="notes"><li id="note-1">n</li></ol><p id="other">x</p>';
  const result = collectPublished(
    [
      { file: 'reports/a/s/index.html', path: 'reports/a/s/', root: parse(html) },
      { file: 'downloads/a.html', path: 'downloads/a.html', root: parse(html) },
      { file: '404.html', path: '404.html', root: parse(html) },
    ],
    ['a.epub', 'a.html', 'SHA256SUMS'],
  );
  assert.deepEqual(result, { pages: { 'reports/a/s/': ['note-1', 'p1', 'p2'], 'downloads/a.html': [] }, files: ['downloads/SHA256SUMS', 'downloads/a.epub'] });
});

test('mergePublished keeps everything recorded and adds what is new', () => {
  const merged = mergePublished({ pages: { 'b/': ['p1'], 'a/': [] }, files: ['downloads/x.zip'] }, { pages: { 'b/': ['p2'] }, files: ['downloads/y.zip'] });
  assert.deepEqual(merged, { pages: { 'a/': [], 'b/': ['p1', 'p2'] }, files: ['downloads/x.zip', 'downloads/y.zip'] });
});
