import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'node-html-parser';
import { strFromU8, unzipSync } from 'fflate';
import { buildEpub, chaptersOf, navDocument, toXhtml } from './epub.ts';

const edition = `<!doctype html><html lang="en"><head><style>p { margin: 0 }</style></head><body><main id="top">
<h1>A report</h1><nav><a href="#intro">Introduction</a> <a href="#c1">C1</a></nav>
<section id="intro" class="edition-section level-1"><h2>Introduction</h2><p id="intro-p1">A&amp;B &lt;x&gt;<br>line<sup><a href="#intro-note-1">1</a></sup></p><ol><li id="intro-note-1">Note <a href="#intro-p1">back</a></li></ol></section>
<section id="c1" class="edition-section level-2"><h3>C1. A question</h3><p id="c1-p1">See <a href="#intro-p1">there</a> and <a href="#top">top</a>.</p></section>
<section class="colophon"><h2>Colophon</h2></section>
</main></body></html>`;

test('HTML becomes well-formed XHTML: void elements closed, characters escaped', () => {
  assert.equal(
    toXhtml(parse('<p class="a&quot;b">A&amp;B &lt;x&gt; &nbsp;<br>c<img src="x.png" alt=""></p>')),
    '<p class="a&quot;b">A&amp;B &lt;x&gt; \u00a0<br/>c<img src="x.png" alt=""/></p>',
  );
});

test('the edition splits into front matter, one chapter per section, and back matter', () => {
  const { chapters, css } = chaptersOf(edition);
  assert.deepEqual(
    chapters.map((c) => [c.file, c.title, c.level]),
    [
      ['front.xhtml', 'A report', 1],
      ['intro.xhtml', 'Introduction', 1],
      ['c1.xhtml', 'C1. A question', 2],
      ['back.xhtml', 'Editorial notes and colophon', 1],
    ],
  );
  assert.match(css, /margin: 0/);
});

test('fragment links point at the chapter that holds their target', () => {
  const { chapters } = chaptersOf(edition);
  const hrefs = (file: string) => [...chapters.find((c) => c.file === file)!.body.matchAll(/href="([^"]+)"/g)].map((m) => m[1]);
  assert.deepEqual(hrefs('front.xhtml'), ['intro.xhtml#intro', 'c1.xhtml#c1']);
  assert.deepEqual(hrefs('intro.xhtml'), ['#intro-note-1', '#intro-p1']);
  assert.deepEqual(hrefs('c1.xhtml'), ['intro.xhtml#intro-p1', 'front.xhtml']);
});

test('a link without a target stops the build', () => {
  assert.throws(() => chaptersOf('<main><p><a href="#nowhere">x</a></p></main>'), /#nowhere has no target/);
});

test('the navigation nests a part’s sections under it', () => {
  const nav = navDocument(
    [
      { file: 'a.xhtml', title: 'A', level: 1, body: '' },
      { file: 'a1.xhtml', title: 'A1', level: 2, body: '' },
      { file: 'b.xhtml', title: 'B', level: 1, body: '' },
    ],
    'Book',
    'en',
  );
  assert.match(nav, /<ol><li><a href="a.xhtml">A<\/a><ol><li><a href="a1.xhtml">A1<\/a><\/li><\/ol><\/li><li><a href="b.xhtml">B<\/a><\/li><\/ol>/);
});

test('the container starts with the stored mimetype and lists every chapter in the spine', () => {
  const bytes = buildEpub(edition, {
    identifier: 'https://x/',
    title: 'A report',
    language: 'en',
    publisher: 'P',
    source: 'https://x/',
    modified: '2026-01-02',
  });
  // Local file header: name at offset 30, compression method (0 = stored) at offset 8.
  assert.equal(strFromU8(bytes.subarray(30, 38)), 'mimetype');
  assert.equal(bytes[8], 0);
  const files = unzipSync(bytes);
  assert.equal(strFromU8(files.mimetype!), 'application/epub+zip');
  const opf = strFromU8(files['EPUB/package.opf']!);
  assert.deepEqual(
    [...opf.matchAll(/<itemref idref="(c\d)"/g)].map((m) => m[1]),
    ['c0', 'c1', 'c2', 'c3'],
  );
  assert.match(opf, /<meta property="dcterms:modified">2026-01-02T00:00:00Z<\/meta>/);
});

test('the same edition gives byte-identical EPUBs, dated the edition day and not today', async () => {
  const metadata = { identifier: 'https://x/', title: 'A report', language: 'en', publisher: 'P', source: 'https://x/', modified: '2026-01-02' };
  const first = buildEpub(edition, metadata);
  await new Promise((resolve) => setTimeout(resolve, 1100));
  assert.deepEqual(buildEpub(edition, metadata), first);
  const today = new Date().toISOString().slice(0, 10);
  for (const [name, content] of Object.entries(unzipSync(first))) assert.ok(!strFromU8(content).includes(today), `${name} holds today's date`);
});
