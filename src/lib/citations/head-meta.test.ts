import { test } from 'node:test';
import assert from 'node:assert/strict';
import { archivePageTags, datasetTags, dublinCoreTags, eprintsTags, highwireTags, openGraphTags } from './head-meta.ts';
import type { CitedWork } from './index.ts';

// The head tags per kind of page, as Zotero's Embedded Metadata translator needs them (the rule
// behind each is named in citation-meta.ts and in test/site/citation-meta.test.ts).

const fotn = { id: 'fotn-2015', title: 'Freedom on the Net 2015: Kazakhstan', publisher: 'Freedom House', issued: '2015', genre: 'Country report' };
const tags = (work: CitedWork) =>
  [...highwireTags(work), ...dublinCoreTags(work), ...eprintsTags(work), ...openGraphTags(work)].map((t) => `${t.name}=${t.content}`);

test('a report: institution (Highwire type report), the publisher as a one-field author, eprints type, its genre as dc type', () => {
  assert.deepEqual(tags({ kind: 'report', report: fotn, url: 'https://a.example/reports/fotn-2015/' }), [
    'citation_title=Freedom on the Net 2015: Kazakhstan',
    'citation_author=Freedom House,',
    'citation_technical_report_institution=Freedom House',
    'citation_publisher=Freedom House',
    'citation_publication_date=2015',
    'citation_public_url=https://a.example/reports/fotn-2015/',
    'citation_language=en',
    'dcterms.title=Freedom on the Net 2015: Kazakhstan',
    'dcterms.creator=Freedom House',
    'dcterms.publisher=Freedom House',
    'dcterms.date=2015',
    'dcterms.isPartOf=Kazakhstan Internet Freedom Archive',
    'dcterms.type=Country report',
    'dcterms.identifier=https://a.example/reports/fotn-2015/',
    'dcterms.language=en',
    'eprints.type=report',
  ]);
});

test('a section: citation_inbook_title and no institution tag', () => {
  const t = tags({ kind: 'section', report: fotn, section: 'Limits on Content', url: 'https://a.example/reports/fotn-2015/limits-on-content/' });
  assert.ok(t.includes('citation_inbook_title=Freedom on the Net 2015: Kazakhstan'));
  assert.ok(t.includes('citation_author=Freedom House,'));
  assert.equal(t.filter((x) => /^citation_technical_report_institution|^eprints|^og:|^dcterms\.type/.test(x)).length, 0);
});

test('an incident: a website of the archive, dated by its last correction, with no author', () => {
  const t = tags({
    kind: 'incident',
    title: 'SoundCloud blocked',
    slug: 'sc',
    published: '2026-11-23',
    updated: '2026-12-01',
    url: 'https://a.example/incidents/sc/',
  });
  assert.ok(t.includes('citation_publication_date=2026/12/01'));
  assert.ok(t.includes('og:type=website') && t.includes('og:site_name=Kazakhstan Internet Freedom Archive'));
  assert.equal(t.filter((x) => /^(citation_author|dcterms\.creator|citation_technical|citation_inbook)/.test(x)).length, 0);
});

test('/data/: dc type Dataset', () => {
  assert.deepEqual(datasetTags('Open data', 'https://a.example/data/').find((t) => t.name === 'dcterms.type')?.content, 'Dataset');
});

test('any other page: a web page of the archive, under its own title, dated by the archive release', () => {
  const { openGraph, dublinCore } = archivePageTags('Incidents by year', '2026-12-04');
  assert.deepEqual(
    [...openGraph, ...dublinCore].map((t) => `${t.name}=${t.content}`),
    ['og:type=website', 'og:site_name=Kazakhstan Internet Freedom Archive', 'og:title=Incidents by year', 'dcterms.date=2026-12-04'],
  );
});
