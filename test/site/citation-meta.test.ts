import { test } from 'node:test';
import assert from 'node:assert/strict';
import { corpus, incidentPages as incidentPagesOf, pageByFile, pages, resolveUrlPath, type Page } from './site.ts';

// What reference managers read: Highwire tags (Zotero's "embedded metadata"), Dublin Core
// and schema.org JSON-LD, on every report, section and incident page.
//
// The tags that decide what Zotero saves are pinned here, each with the rule of Zotero's
// translators (zotero/translators: "Embedded Metadata.js", which hands dcterms.*, og:* and
// eprints.* tags to "RDF.js") that it relies on. `../shared/tools/zotero/check.sh dist` runs
// those translators over a build; these checks keep the tags that made it pass.

const meta = (page: Page, name: string) => page.root.querySelectorAll(`meta[name="${name}"]`).map((m) => m.getAttribute('content'));
const canonical = (page: Page) => page.root.querySelector('link[rel=canonical]')?.getAttribute('href');
const jsonLd = (page: Page) => page.root.querySelectorAll('script[type="application/ld+json"]').map((s) => JSON.parse(s.text));

const reportPages = pages().filter((p) => /^reports\/[^/]+\/index\.html$/.test(p.file));
const sectionPages = pages().filter((p) => /^reports\/[^/]+\/[^/]+\/index\.html$/.test(p.file));
const incidentPages = incidentPagesOf();

test('there is a page for every report, section and incident in the content', () => {
  assert.deepEqual([reportPages.length, sectionPages.length, incidentPages.length], [corpus.reports.length, corpus.sections, corpus.incidents]);
});

const highwireTypeTags = [
  'citation_journal_title',
  'citation_technical_report_institution',
  'citation_conference_title',
  'citation_conference',
  'citation_book_title',
  'citation_inbook_title',
  'citation_dissertation_institution',
];
/** Embedded Metadata.js, init(): each of these tags sets hwType, and the last one in the page wins. */
const hwTypeTags = (page: Page) =>
  page.root
    .querySelectorAll('meta[name^="citation_"]')
    .map((m) => m.getAttribute('name')!)
    .filter((n) => highwireTypeTags.includes(n));

for (const page of reportPages) {
  test(`${page.url}: Highwire tags for a report are complete, and Zotero saves a Report`, () => {
    assert.equal(meta(page, 'citation_title').length, 1);
    assert.match(meta(page, 'citation_publication_date')[0] ?? '', /^\d{4}(\/\d{2}){0,2}$/);
    assert.equal(meta(page, 'citation_public_url')[0], canonical(page));
    assert.equal(meta(page, 'citation_language')[0], 'en');
    const publisher = page.root.querySelector('dl.meta dd')?.text ?? '';
    if (!/Not stated in the source/.test(publisher)) {
      // hwType "report" (citation_technical_report_institution), which becomes the Institution.
      assert.deepEqual(hwTypeTags(page), ['citation_technical_report_institution']);
      assert.equal(meta(page, 'citation_technical_report_institution')[0], meta(page, 'citation_publisher')[0]);
      // processHighwireCreators: a name with a comma goes to ZU.cleanAuthor with useComma, and
      // "Freedom House," has no first name, so Zotero keeps one field ("Freedom House", not "House, Freedom").
      assert.deepEqual(meta(page, 'citation_author'), [`${meta(page, 'citation_publisher')[0]},`]);
    } else {
      assert.deepEqual(hwTypeTags(page), []);
      assert.deepEqual(meta(page, 'citation_author'), [], 'no author where the source names none');
    }
    // RDF.js detectType: eprints:type "report" is t.eprints = report, for a report with no institution tag too.
    assert.deepEqual(meta(page, 'eprints.type'), ['report']);
    // RDF.js: dc:type that is no item type becomes the Report Type ("Country report", never "Text").
    assert.match(meta(page, 'dcterms.type')[0] ?? '', /^Country (report|profile)$/);
    assert.deepEqual(
      page.root.querySelectorAll('meta[property^="og:"]').map((m) => m.getAttribute('property')),
      [],
      'og:type would outrank eprints.type',
    );
    // The PDF edition, which src/integrations/offline.ts prints from the one-file edition.
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

for (const page of sectionPages) {
  test(`${page.url}: citation tags and JSON-LD of a section, which Zotero saves as a Book Section of its report`, () => {
    assert.equal(meta(page, 'citation_title').length, 1);
    assert.equal(meta(page, 'citation_public_url')[0], canonical(page));
    assert.equal(meta(page, 'dcterms.identifier')[0], canonical(page));
    // hwType "bookSection" from citation_inbook_title, which HIGHWIRE_MAPPINGS makes the Book Title;
    // no citation_technical_report_institution, which, later in the page, would make it a report.
    assert.deepEqual(hwTypeTags(page), ['citation_inbook_title']);
    assert.match(meta(page, 'citation_inbook_title')[0] ?? '', /Kazakhstan/);
    // The publisher as author, one field (processHighwireCreators and cleanAuthor's useComma, as for reports).
    for (const author of meta(page, 'citation_author')) assert.match(author ?? '', /,$/);
    const [ld] = jsonLd(page);
    assert.equal(ld['@type'], 'Chapter');
  });
}

for (const page of incidentPages) {
  test(`${page.url}: citation tags and JSON-LD of an incident, which Zotero saves as a Web Page of the archive`, () => {
    assert.equal(meta(page, 'citation_title').length, 1);
    assert.equal(meta(page, 'citation_public_url')[0], canonical(page));
    assert.equal(meta(page, 'dcterms.identifier')[0], canonical(page));
    assert.match(meta(page, 'citation_publication_date')[0] ?? '', /^\d{4}\/\d{2}\/\d{2}$/, 'the day of the last correction');
    // No Highwire type tag, so RDF.js decides: og:type "website" is t.og = webpage, which outranks
    // the dc:type and the journalArticle guess from citation_title.
    assert.deepEqual(hwTypeTags(page), []);
    const og = (p: string) => page.root.querySelectorAll(`meta[property="${p}"]`).map((m) => m.getAttribute('content'));
    assert.deepEqual(og('og:type'), ['website']);
    // RDF.js: og:site_name becomes the Website Title of a webpage.
    assert.deepEqual(og('og:site_name'), ['Kazakhstan Internet Freedom Archive']);
    // No citation_author or dcterms.creator, from which cleanAuthor would make a person.
    assert.deepEqual([...meta(page, 'citation_author'), ...meta(page, 'dcterms.creator')], []);
    const [ld] = jsonLd(page);
    assert.equal(ld['@type'], 'CreativeWork');
  });
}

test('every other page (the timeline and its lists, topics, themes, scores …) is a Web Page of the archive under its own title', () => {
  const problems: string[] = [];
  const checked: string[] = [];
  // The archive's release date, as the whole-site download's name on /downloads/ gives it (…-YYYY-MM-DD.zip).
  const zip = pageByFile('downloads/index.html')?.root.querySelector('a[href$=".zip"]')?.getAttribute('href') ?? '';
  const release = /(\d{4}-\d{2}-\d{2})\.zip$/.exec(zip)?.[1];
  assert.ok(release, 'no whole-site download names the release date');
  for (const page of pages()) {
    // Pages that describe themselves (JSON-LD: reports, sections, incidents, /data/, cite pages) or
    // redirect, and the one-file reports under downloads/, which are files to keep, not pages.
    if (page.file.startsWith('downloads/') || page.root.querySelector('script[type="application/ld+json"], meta[http-equiv="refresh"]')) continue;
    checked.push(page.file);
    const og = (p: string) => page.root.querySelectorAll(`meta[property="${p}"]`).map((m) => m.getAttribute('content'));
    // RDF.js: og:type "website" is t.og = webpage; og:site_name is the Website Title; og:title the Title.
    const title = page.root.querySelector('title')!.text.replace(/ · Kazakhstan Internet Freedom Archive$/, '');
    const want = { type: ['website'], site: ['Kazakhstan Internet Freedom Archive'], title: [title] };
    const got = { type: og('og:type'), site: og('og:site_name'), title: og('og:title').map((t) => t?.replace(/&amp;/g, '&')) };
    if (JSON.stringify(got) !== JSON.stringify(want)) problems.push(`${page.url}: ${JSON.stringify(got)}`);
    // No Highwire type and no author, which would make it another kind of item or a person's.
    if (hwTypeTags(page).length || meta(page, 'citation_author').length) problems.push(`${page.url}: Highwire type or author tags`);
    // RDF.js takes dc:date as the Date; without it Embedded Metadata.js takes the first time[datetime],
    // an event's date on a list. The archive's release date is the version the page belongs to.
    if (JSON.stringify(meta(page, 'dcterms.date')) !== JSON.stringify([release]))
      problems.push(`${page.url}: dcterms.date ${meta(page, 'dcterms.date')}, expected ${release}`);
  }
  // Guards against a check that found nothing to check: one page of each such kind.
  const kinds = [
    'index.html',
    'incidents/index.html',
    'incidents/year/index.html',
    'topics/index.html',
    'themes/index.html',
    'scores/index.html',
    'changes/index.html',
  ];
  assert.deepEqual(
    kinds.filter((file) => !checked.includes(file)),
    [],
    'pages not checked',
  );
  assert.ok(
    checked.some((file) => /^topics\/[^/]+\/index\.html$/.test(file)) && checked.some((file) => /^themes\/[^/]+\/index\.html$/.test(file)),
    'no topic or theme page checked',
  );
  assert.deepEqual(problems, []);
});

test('every report, section and incident page offers its citation in five formats', () => {
  for (const page of [...reportPages, ...sectionPages, ...incidentPages]) {
    const cite = page.root.querySelector('details.cite');
    assert.ok(cite, `${page.url} has no "Cite this"`);
    const labels = cite.querySelectorAll('dt, .cite-machine summary').map((el) => el.text);
    assert.deepEqual(
      labels,
      ['Chicago (note)', 'Chicago (bibliography)', 'APA 7 (reference)', 'APA 7 (in-text citation)', 'BibTeX', 'RIS', 'CSL-JSON'],
      page.url,
    );
    const downloads = cite.querySelectorAll('.cite-downloads a').map((a) => a.getAttribute('href'));
    assert.deepEqual(
      downloads.map((d) => d?.split('/').pop()),
      ['cite.bib', 'cite.ris', 'cite.json'],
      page.url,
    );
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

test('/data/ describes itself as a Dataset with a DataDownload for every file', () => {
  const page = pageByFile('data/index.html')!;
  const [ld] = jsonLd(page);
  assert.equal(ld['@type'], 'Dataset');
  // RDF.js detectType: a dc:type of "Dataset" (the DCMI type) is the item type dataset, and no
  // Highwire or og:type tag outranks it; dcterms.publisher becomes the Repository.
  assert.deepEqual(meta(page, 'dcterms.type'), ['Dataset']);
  assert.deepEqual(page.root.querySelectorAll('meta[name^="citation_"], meta[property^="og:"]').length, 0);
  assert.equal(meta(page, 'dcterms.publisher')[0], 'Kazakhstan Internet Freedom Archive');
  const links = page.root
    .querySelectorAll('a[href$=".json"], a[href$=".csv"]')
    .map((a) => a.getAttribute('href')!)
    .filter((h) => !h.includes('/schemas/'));
  const downloads = ld.distribution.map((d: { contentUrl: string }) => new URL(d.contentUrl).pathname);
  assert.deepEqual([...new Set(links)].sort(), downloads.sort());
});
