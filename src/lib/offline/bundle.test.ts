import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'node-html-parser';
import { bundleLink, OFFLINE_SEARCH_NOTICE, OFFLINE_VERIFY_NOTICE, pageForBundle, type BundleOptions } from './bundle.ts';

const options = (base: string): BundleOptions => ({
  base,
  siteRoot: `https://site.example${base}`,
  isLeftOut: (path) => path.startsWith('pagefind/') || /^downloads\/.+\.(pdf|epub|zip)$/.test(path),
});

test('links become relative to the page and name index.html', () => {
  const o = options('/');
  assert.equal(bundleLink('/', 'index.html', o), 'index.html');
  assert.equal(bundleLink('/', 'reports/fotn-2015/ict-market/index.html', o), '../../../index.html');
  assert.equal(bundleLink('/reports/fotn-2015/', 'index.html', o), 'reports/fotn-2015/index.html');
  assert.equal(bundleLink('/reports/fotn-2015/ict-market/#note-3', 'reports/fotn-2015/index.html', o), 'ict-market/index.html#note-3');
  assert.equal(bundleLink('/search/?q=blocked', 'reports/index.html', o), '../search/index.html?q=blocked');
  assert.equal(bundleLink('/favicon.svg', 'topics/x/index.html', o), '../../favicon.svg');
  assert.equal(bundleLink('/downloads/fotn-2015.html', 'downloads/index.html', o), 'fotn-2015.html');
});

test('under a sub-path the base is taken off', () => {
  assert.equal(bundleLink('/archive/reports/', 'index.html', options('/archive/')), 'reports/index.html');
});

test('fragments, outside links and left-out files', () => {
  const o = options('/');
  assert.equal(bundleLink('#note-1', 'index.html', o), '#note-1');
  assert.equal(bundleLink('https://example.com/a', 'index.html', o), 'https://example.com/a');
  assert.equal(bundleLink('/downloads/fotn-2015.pdf', 'downloads/index.html', o), 'https://site.example/downloads/fotn-2015.pdf');
});

test('a page loses its module scripts; the search page says search is offline', () => {
  const html =
    '<html><head><script type="module" src="/_astro/a.js"></script><link rel="icon" href="/favicon.svg"></head><body><main><h1>Search</h1><form action="/search/"></form></main></body></html>';
  const search = parse(pageForBundle(html, 'search/index.html', options('/')));
  assert.equal(search.querySelectorAll('script').length, 0);
  assert.equal(search.querySelector('link')!.getAttribute('href'), '../favicon.svg');
  assert.equal(search.querySelector('form')!.getAttribute('action'), 'index.html');
  assert.ok(search.querySelector('.offline-notice')!.text.includes(OFFLINE_SEARCH_NOTICE));
  assert.equal(parse(pageForBundle(html, 'index.html', options('/'))).querySelector('.offline-notice'), null);
  assert.ok(
    parse(pageForBundle(html, 'verify/index.html', options('/')))
      .querySelector('.offline-notice')!
      .text.includes(OFFLINE_VERIFY_NOTICE),
  );
});
