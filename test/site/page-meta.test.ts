import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pages } from './site.ts';

// Rule: every page has a language, a title, a description and one h1.

test('every page has a title and a description', () => {
  const missing = pages().flatMap((page) => {
    const problems = [];
    if (!page.root.querySelector('html')?.getAttribute('lang')) problems.push(`${page.file}: no lang`);
    if (!page.root.querySelector('title')?.text.trim()) problems.push(`${page.file}: no <title>`);
    if (!page.root.querySelector('meta[name=description]')?.getAttribute('content')?.trim()) problems.push(`${page.file}: no description`);
    if (page.root.querySelectorAll('h1').length !== 1) problems.push(`${page.file}: expected exactly one <h1>`);
    return problems;
  });
  assert.deepEqual(missing, []);
});

test('titles are unique, so every tab and bookmark says which page it is', () => {
  const seen = new Map<string, string>();
  const duplicates = pages().flatMap((page) => {
    const title = page.root.querySelector('title')!.text;
    const other = seen.get(title);
    seen.set(title, page.file);
    return other ? [`${page.file} and ${other}: ${title}`] : [];
  });
  assert.deepEqual(duplicates, []);
});
