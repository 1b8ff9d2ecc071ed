import { test } from 'node:test';
import assert from 'node:assert/strict';
import { escapeTextAsAstro } from './astro-text-escapes.ts';

test('quotes and > in text are escaped as Astro escapes them', () => {
  assert.equal(
    escapeTextAsAstro(`<p>The government's "Digital Kazakhstan" > 2020</p>`),
    '<p>The government&#39;s &quot;Digital Kazakhstan&quot; &gt; 2020</p>',
  );
});

test('tags and their quoted attributes are untouched, even with > or quotes inside', () => {
  const html = `<p><a href="https://example.org/?a=1&amp;b='x'>y">it's</a></p>`;
  assert.equal(escapeTextAsAstro(html), `<p><a href="https://example.org/?a=1&amp;b='x'>y">it&#39;s</a></p>`);
});

test('entities already written stay as they are', () => {
  assert.equal(escapeTextAsAstro('<p>AT&amp;T &lt;3</p>'), '<p>AT&amp;T &lt;3</p>');
});
