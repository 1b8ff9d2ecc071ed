import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withoutPdfReferences } from './pdf-references.ts';

const page = `<html><head><meta name="citation_title" content="R"><meta name="citation_pdf_url" content="https://x.example/downloads/r.pdf">
<script type="application/ld+json">{"@type":"Report","name":"R","encoding":{"@type":"MediaObject","contentUrl":"https://x.example/downloads/r.pdf","encodingFormat":"application/pdf"}}</script></head>
<body><p><a href="/downloads/r.html">one-file HTML</a> · <a href="/downloads/r.epub">EPUB</a> · <a href="/downloads/r.pdf">PDF</a></p></body></html>`;

test('a page whose PDF was not made no longer links to it, nor names it in its metadata', () => {
  const out = withoutPdfReferences(page, '/downloads/r.pdf');
  assert.doesNotMatch(out, /r\.pdf/);
  assert.match(out, /PDF \(not made in this build\)/);
  assert.match(out, /href="\/downloads\/r\.epub"/);
  assert.match(out, /citation_title/);
  const jsonLd = JSON.parse(out.match(/<script type="application\/ld\+json">(.*?)<\/script>/s)![1]!);
  assert.deepEqual(jsonLd, { '@type': 'Report', name: 'R' });
});

test('only the named PDF goes; another report’s PDF link stays', () => {
  const out = withoutPdfReferences(page.replace('/downloads/r.pdf">PDF', '/downloads/other.pdf">PDF'), '/downloads/r.pdf');
  assert.match(out, /href="\/downloads\/other\.pdf"/);
});
