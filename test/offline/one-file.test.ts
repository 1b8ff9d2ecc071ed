import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pageByFile, resolveUrlPath, siteDir } from '../site/site.ts';
import { releaseDate, offlineFile, oneFileReport, reportIds } from './files.ts';

// Rule: each one-file edition stands on its own (inline CSS, no script, nothing loaded),
// its internal links all resolve, it holds every section in order with every note and its
// backlinks, the report page's metadata and scores, the editorial notes, every paragraph carries its
// permanent URL on the site, and its links into the archive are full URLs that exist.

const MAX_GZIP = 200 * 1024;
const allNotes = JSON.parse(readFileSync(join(siteDir, 'data', 'citations.json'), 'utf8')) as { section: string; n: number }[];

test('there is a one-file edition for every report', () => {
  assert.ok(reportIds.length >= 5);
  for (const id of reportIds) assert.ok(oneFileReport(id).root.querySelector('main'), `${id}.html has no <main>`);
});

test('the largest one-file edition is under 200 KB gzip', () => {
  const sizes = reportIds.map((id) => ({ id, gzip: gzipSync(readFileSync(offlineFile(id, 'html')), { level: 9 }).length }));
  const largest = sizes.sort((a, b) => b.gzip - a.gzip)[0]!;
  assert.ok(largest.gzip < MAX_GZIP, `${largest.id}.html is ${largest.gzip} bytes gzip; the budget is ${MAX_GZIP}`);
});

for (const id of reportIds) {
  test(`${id}: no script, no stylesheet or image to fetch, CSS inline`, () => {
    const root = oneFileReport(id).root;
    assert.equal(root.querySelectorAll('script').length, 0);
    assert.deepEqual(
      root.querySelectorAll('[src], link, iframe, object, embed').map((el) => el.outerHTML.slice(0, 80)),
      [],
    );
    assert.ok(root.querySelector('style')!.text.length > 500, 'expected the edition CSS inline');
    assert.doesNotMatch(
      root
        .querySelectorAll('style')
        .map((s) => s.text)
        .join(''),
      /url\(|@import/,
    );
    assert.ok(root.querySelector('meta[name=viewport]'), 'expected a viewport for phones');
  });

  test(`${id}: every internal link resolves to an element in the file`, () => {
    const root = oneFileReport(id).root;
    const links = root.querySelectorAll('a[href]').map((a) => a.getAttribute('href')!);
    const internal = links.filter((href) => href.startsWith('#'));
    const sections = root.querySelectorAll('section.edition-section').length;
    assert.ok(internal.length >= sections, 'expected fragment links at least from the contents to each section');
    assert.deepEqual(
      internal.filter((href) => !root.getElementById(decodeURIComponent(href.slice(1)))),
      [],
    );
    assert.deepEqual(
      links.filter((href) => !href.startsWith('#') && !/^https?:\/\//.test(href)),
      [],
      'every other link must be a full URL',
    );
  });

  test(`${id}: its metadata and scores say what the report page says`, () => {
    const root = oneFileReport(id).root;
    const page = pageByFile(`reports/${id}/index.html`)!.root;
    const text = (el: { text: string } | null) => (el?.text ?? '').replace(/\s+/g, ' ').trim();
    const entries = (dl: ReturnType<typeof root.querySelector>) =>
      dl ? dl.querySelectorAll('dt').map((dt) => `${text(dt)}: ${text(dt.nextElementSibling)}`) : [];
    // The file adds where the report is on the site; everything else is the page's own list.
    assert.deepEqual(
      entries(root.querySelector('main > .meta')).filter((e) => !e.startsWith('On the site:')),
      entries(page.querySelector('article > .meta')),
    );
    assert.equal(text(root.querySelector('section[aria-labelledby=scores]')), text(page.querySelector('section[aria-labelledby=scores]')));
  });

  test(`${id}: links into the archive are full site URLs that exist in the build`, () => {
    const root = oneFileReport(id).root;
    const reportUrl = root
      .querySelectorAll('.meta a')
      .map((a) => a.getAttribute('href')!)
      .find((href) => href.endsWith(`/reports/${id}/`))!;
    const siteRoot = reportUrl.replace(/reports\/[^/]+\/$/, '');
    const intoArchive = root
      .querySelectorAll('a[href]')
      .map((a) => a.getAttribute('href')!)
      .filter((href) => href.startsWith(siteRoot));
    assert.ok(intoArchive.length > 10);
    const broken = intoArchive.filter((href) => {
      const url = new URL(href);
      const file = resolveUrlPath(url.pathname);
      if (!file) return true;
      return url.hash.length > 1 && !pageByFile(file)?.root.getElementById(url.hash.slice(1));
    });
    assert.deepEqual(broken, []);
  });

  test(`${id}: every section in order, each paragraph with its permanent URL on the site`, () => {
    const root = oneFileReport(id).root;
    const overview = pageByFile(`reports/${id}/index.html`)!;
    const siteOrder = overview.root.querySelectorAll('.toc a').map((a) => a.getAttribute('href')!.replace(/\/$/, '').split('/').pop());
    assert.deepEqual(
      root.querySelectorAll('section.edition-section').map((s) => s.id),
      siteOrder,
    );
    for (const section of root.querySelectorAll('section.edition-section')) {
      const sitePage = pageByFile(`reports/${id}/${section.id}/index.html`)!;
      const siteParagraphs = sitePage.root
        .querySelectorAll('.report-text [id]')
        .filter((el) => el.querySelector('.permalink') && !el.querySelector('[id] .permalink'))
        .map((el) => el.id);
      const permalinks = section.querySelectorAll('.report-text .permalink').map((a) => a.getAttribute('href')!);
      const base = new URL(section.querySelector('.permanent-url a')!.getAttribute('href')!);
      assert.equal(base.pathname, sitePage.url);
      assert.deepEqual(
        permalinks.map((href) => new URL(href).hash.slice(1)),
        siteParagraphs,
        `${section.id}: paragraphs and their permanent URLs`,
      );
    }
  });

  test(`${id}: every note with its number, and backlinks to where it is cited`, () => {
    const root = oneFileReport(id).root;
    const notes = allNotes.filter((c) => c.section.startsWith(`${id}/`));
    const missing = notes.filter((c) => {
      const slug = c.section.slice(id.length + 1);
      const item = root.getElementById(`${slug}-note-${c.n}`);
      return item?.querySelector('.note-number')?.text !== String(c.n);
    });
    assert.deepEqual(
      missing.map((c) => `${c.section} note ${c.n}`),
      [],
    );
    const backlinks = root.querySelectorAll('.notes .backrefs a');
    assert.ok(backlinks.length > 0 || notes.length === 0, 'expected backlinks from notes to their citations');
  });

  test(`${id}: the editorial notes and the colophon`, () => {
    const root = oneFileReport(id).root;
    assert.ok(root.querySelectorAll('.editorial-notes li').length > 0);
    const colophon = root.querySelector('.colophon')!.text;
    assert.match(colophon, /\d{3}_[0-9a-f]{16}\.txt/);
    // Dated by the content (the archive's edition), never by the day of the build.
    assert.match(colophon, new RegExp(`Edition\\s*${releaseDate}\\b`));
  });
}

test('the scores stand with their scale in the Freedom on the Net editions', () => {
  for (const id of reportIds.filter((r) => r.startsWith('fotn-'))) {
    const root = oneFileReport(id).root;
    assert.ok(root.querySelector('#report-scores-scale')?.text.includes('Scale as printed'), `${id}: no scale note`);
    assert.ok(root.querySelectorAll('table td.num').length > 3, `${id}: no score table`);
  }
});
