import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'node-html-parser';
import { archiveLinksForOneFile, namespaceSectionHtml } from './one-file-html.ts';

const section = [
  '<div class="report-text"><p id="p7"><a class="permalink" href="#p7">7</a>Text.<sup class="note-ref"><a href="#note-1" id="ref-1">1</a></sup></p></div>',
  '<section class="notes" aria-labelledby="notes-heading"><h2 id="notes-heading">Notes</h2>',
  '<ol><li id="note-1">Note. <a href="#ref-1">↩</a> <a href="https://example.com/x">out</a></li></ol></section>',
].join('');

test('a section’s ids, fragments and id references get its slug as prefix', () => {
  const root = parse(namespaceSectionHtml(section, 'ict-market', 'https://site.example/reports/fotn-2015/ict-market/'));
  assert.deepEqual(
    root.querySelectorAll('[id]').map((el) => el.id),
    ['ict-market-p7', 'ict-market-ref-1', 'ict-market-notes-heading', 'ict-market-note-1'],
  );
  assert.equal(root.querySelector('.note-ref a')!.getAttribute('href'), '#ict-market-note-1');
  assert.equal(root.querySelector('li a')!.getAttribute('href'), '#ict-market-ref-1');
  assert.equal(root.querySelector('section')!.getAttribute('aria-labelledby'), 'ict-market-notes-heading');
  assert.equal(root.querySelector('a[href^="https://example.com"]')!.getAttribute('href'), 'https://example.com/x');
});

test('landmarks named alike in every section also carry the section title', () => {
  const root = parse(namespaceSectionHtml(section, 'ict-market', 'https://x/', 'ict-market-title'));
  assert.equal(root.querySelector('section')!.getAttribute('aria-labelledby'), 'ict-market-notes-heading ict-market-title');
});

test('a paragraph number links to its permanent URL, taken from the paragraph’s own id', () => {
  // The id is p7 although the paragraph is the first: ids are never inferred from position.
  const root = parse(namespaceSectionHtml(section, 'ict-market', 'https://site.example/reports/fotn-2015/ict-market/'));
  assert.equal(root.querySelector('.permalink')!.getAttribute('href'), 'https://site.example/reports/fotn-2015/ict-market/#p7');
});

test('a permalink outside an element with an id is an error, not a guess', () => {
  assert.throws(() => namespaceSectionHtml('<div><a class="permalink" href="#p1">1</a></div>', 's', 'https://x/'), /not inside an element with an id/);
});

test('links into the archive become fragments in the file or full site URLs', () => {
  const html = [
    '<a href="/archive/reports/fotn-2015/ict-market/">a</a>',
    '<a href="/archive/reports/fotn-2015/ict-market/#p3">b</a>',
    '<a href="/archive/reports/fotn-2015/">c</a>',
    '<a href="/archive/reports/fotn-2013/ict-market/">d</a>',
    '<a href="/archive/sources/000.txt">e</a>',
    '<a href="#ict-market-p1">f</a>',
    '<a href="https://example.com/">g</a>',
    '<form action="/archive/search/"></form>',
  ].join('');
  const root = parse(archiveLinksForOneFile(html, { siteRoot: 'https://site.example/archive/', reportId: 'fotn-2015', sectionSlugs: ['ict-market'] }));
  assert.deepEqual(
    root.querySelectorAll('a').map((a) => a.getAttribute('href')),
    [
      '#ict-market',
      '#ict-market-p3',
      '#top',
      'https://site.example/archive/reports/fotn-2013/ict-market/',
      'https://site.example/archive/sources/000.txt',
      '#ict-market-p1',
      'https://example.com/',
    ],
  );
  assert.equal(root.querySelector('form')!.getAttribute('action'), 'https://site.example/archive/search/');
});
