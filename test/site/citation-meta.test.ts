import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pages, resolveUrlPath, type Page } from './site.ts';

// What reference managers read: Highwire tags (Zotero's "embedded metadata"), Dublin Core
// and schema.org JSON-LD, on every report, section and incident page.

const meta = (page: Page, name: string) => page.root.querySelectorAll(`meta[name="${name}"]`).map((m) => m.getAttribute('content'));
const canonical = (page: Page) => page.root.querySelector('link[rel=canonical]')?.getAttribute('href');
const jsonLd = (page: Page) => page.root.querySelectorAll('script[type="application/ld+json"]').map((s) => JSON.parse(s.text));

const reportPages = pages().filter((p) => /^reports\/[^/]+\/index\.html$/.test(p.file));
const sectionPages = pages().filter((p) => /^reports\/[^/]+\/[^/]+\/index\.html$/.test(p.file));
const incidentPages = pages().filter((p) => /^incidents\/[^/]+\/index\.html$/.test(p.file));

test('there are report, section and incident pages to check', () => {
  assert.ok(reportPages.length >= 5 && sectionPages.length > 20 && incidentPages.length > 100);
});

for (const page of reportPages) {
  test(`${page.url}: Highwire tags for a report are complete`, () => {
    assert.equal(meta(page, 'citation_title').length, 1);
    assert.match(meta(page, 'citation_publication_date')[0] ?? '', /^\d{4}(\/\d{2}){0,2}$/);
    assert.equal(meta(page, 'citation_public_url')[0], canonical(page));
    assert.equal(meta(page, 'citation_language')[0], 'en');
    const publisher = page.root.querySelector('dl.meta dd')?.text ?? '';
    if (!/Not stated in the source/.test(publisher)) {
      assert.equal(meta(page, 'citation_technical_report_institution').length, 1, 'the publisher, as institution');
      assert.equal(meta(page, 'citation_publisher').length, 1);
    }
    // The PDF edition, which scripts/editions.ts prints from the one-file edition.
    const pdf = meta(page, 'citation_pdf_url')[0] ?? '';
    assert.match(pdf, /\/downloads\/[a-z0-9-]+\.pdf$/);
    assert.ok(resolveUrlPath(new URL(pdf).pathname), `${pdf} is not in the build`);
    assert.equal(meta(page, 'dcterms.title')[0], meta(page, 'citation_title')[0]);
    assert.equal(meta(page, 'dcterms.identifier')[0], canonical(page));
    const [ld] = jsonLd(page);
    assert.equal(ld['@type'], 'Report');
    assert.equal(ld.url, canonical(page));
  });
}

for (const page of [...sectionPages, ...incidentPages]) {
  test(`${page.url}: citation tags and JSON-LD`, () => {
    assert.equal(meta(page, 'citation_title').length, 1);
    assert.equal(meta(page, 'citation_public_url')[0], canonical(page));
    assert.equal(meta(page, 'dcterms.identifier')[0], canonical(page));
    const [ld] = jsonLd(page);
    assert.equal(ld['@type'], page.file.startsWith('incidents/') ? 'CreativeWork' : 'Chapter');
    if (page.file.startsWith('incidents/')) assert.equal(meta(page, 'citation_author')[0], 'Kazakhstan Internet Freedom Archive');
    else assert.ok(meta(page, 'citation_inbook_title')[0]);
  });
}

test('every report, section and incident page offers its citation in five formats', () => {
  for (const page of [...reportPages, ...sectionPages, ...incidentPages]) {
    const cite = page.root.querySelector('details.cite');
    assert.ok(cite, `${page.url} has no "Cite this"`);
    const labels = cite.querySelectorAll('dt, .cite-machine summary').map((el) => el.text);
    assert.deepEqual(labels, ['Chicago (note)', 'Chicago (bibliography)', 'APA 7', 'BibTeX', 'RIS', 'CSL-JSON'], page.url);
    const downloads = cite.querySelectorAll('.cite-downloads a').map((a) => a.getAttribute('href'));
    assert.deepEqual(downloads.map((d) => d?.split('/').pop()), ['cite.bib', 'cite.ris', 'cite.json'], page.url);
  }
});

test('every paragraph and note of a section links to its own citation', () => {
  for (const page of sectionPages) {
    const paragraphs = page.root.querySelectorAll('.report-text [id^=p]:not(.retired-anchor)');
    for (const p of paragraphs) assert.match(p.querySelector('.cite-link')?.getAttribute('href') ?? '', new RegExp(`cite/#${p.id}$`), `${page.url}#${p.id}`);
    for (const note of page.root.querySelectorAll('.notes li[id^=note-]')) {
      assert.match(note.querySelector('.cite-link')?.getAttribute('href') ?? '', new RegExp(`cite/#${note.id}$`), `${page.url}#${note.id}`);
    }
  }
});

test('/data/ describes itself as a Dataset with a DataDownload for every file', async () => {
  const { pageByFile } = await import('./site.ts');
  const page = pageByFile('data/index.html')!;
  const [ld] = jsonLd(page);
  assert.equal(ld['@type'], 'Dataset');
  const links = page.root.querySelectorAll('a[href$=".json"], a[href$=".csv"]').map((a) => a.getAttribute('href')!).filter((h) => !h.includes('/schemas/'));
  const downloads = ld.distribution.map((d: { contentUrl: string }) => new URL(d.contentUrl).pathname);
  assert.deepEqual([...new Set(links)].sort(), downloads.sort());
});
