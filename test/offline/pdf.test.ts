import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { siteDir } from '../site/site.ts';
import { releaseDate, offlineFile, oneFileReport, reportBlocks, reportIds } from './files.ts';
import { poppler } from './tools.ts';

// Rule: each PDF is A4 with every font embedded, a running header with the report's title and
// page numbers; pdftotext finds every note under its number, the report's first and last
// sentences and the colophon; every note is a named destination that a link in the PDF goes to.

const allNotes = JSON.parse(readFileSync(join(siteDir, 'data', 'citations.json'), 'utf8')) as {
  section: string;
  n: number;
  text: string | null;
}[];

/** The PDF's text, page headers and footers taken out so sentences that cross a page join up. */
function bodyText(id: string, title: string): string {
  return poppler('pdftotext', ['-enc', 'UTF-8', offlineFile(id, 'pdf'), '-'])
    .split('\n')
    .filter((line) => line.trim() !== title && !/^Page \d+ of \d+$/.test(line.trim()))
    .join('\n')
    .normalize('NFKC');
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
/**
 * For comparing sentences: note markers (bare numbers in the PDF's text) out, and hyphens out,
 * since pdftotext drops the hyphen of a compound broken at a line end (Russia-/sponsored).
 */
const sentenceForm = (s: string) =>
  squash(s)
    .replace(/-\s*/g, '')
    .replace(/(^|\s)\d+(?=\s|$)/g, '')
    .normalize('NFKC');

for (const id of reportIds) {
  const edition = oneFileReport(id).root;
  const title = edition.querySelector('h1')!.text.trim();

  test(`${id}.pdf: A4, fonts embedded, title in the running header, page numbers`, () => {
    const info = poppler('pdfinfo', [offlineFile(id, 'pdf')]);
    assert.match(info, /Page size:\s+59\d(\.\d+)? x 84\d(\.\d+)? pts \(A4\)/);
    const pages = Number(info.match(/Pages:\s+(\d+)/)![1]);
    assert.ok(pages > 1);
    const fonts = poppler('pdffonts', [offlineFile(id, 'pdf')])
      .split('\n')
      .slice(2)
      .filter((l) => l.trim());
    assert.ok(fonts.length > 0);
    assert.deepEqual(
      fonts.filter((line) => line.split(/\s+/).at(-5) !== 'yes'),
      [],
      'every font embedded',
    );
    const second = poppler('pdftotext', ['-f', '2', '-l', '2', '-layout', offlineFile(id, 'pdf'), '-']);
    assert.equal(
      second
        .split('\n')
        .find((l) => l.trim())!
        .trim(),
      title,
      'running header',
    );
    assert.match(second, new RegExp(`Page 2 of ${pages}`));
  });

  test(`${id}.pdf: dated by the archive's edition, not by the moment it was printed`, () => {
    const info = poppler('pdfinfo', ['-isodates', offlineFile(id, 'pdf')]);
    assert.match(info, new RegExp(`^CreationDate:\\s+${releaseDate}T00:00:00(Z|\\+00)`, 'm'));
    assert.match(info, new RegExp(`^ModDate:\\s+${releaseDate}T00:00:00(Z|\\+00)`, 'm'));
  });

  test(`${id}.pdf: every note under its number, the first and last sentences, the colophon`, () => {
    const text = squash(bodyText(id, title));
    const notes = allNotes.filter((c) => c.section.startsWith(`${id}/`));
    const missing = notes.filter((c) => {
      // A note whose text the source lost is listed by its number alone (its list says once that the texts are lost).
      if (c.text === null) return !new RegExp(`(^| )${c.n}( |$)`).test(text);
      const start = squash(c.text).split(' ')[0]!.slice(0, 15);
      return !text.includes(`${c.n} ${start.normalize('NFKC')}`);
    });
    assert.deepEqual(
      missing.map((c) => `${c.section} note ${c.n}`),
      [],
    );
    const blocks = reportBlocks(edition);
    const first = blocks[0]!.match(/^.+?[.!?](?=\s|$)/)?.[0] ?? blocks[0]!;
    const last =
      blocks
        .at(-1)!
        .match(/[^.!?]+[.!?]?["”’)]*\s*$/)?.[0]
        ?.trim() ?? blocks.at(-1)!;
    const sentences = sentenceForm(text);
    assert.ok(sentences.includes(sentenceForm(first)), `first sentence: ${first}`);
    assert.ok(sentences.includes(sentenceForm(last)), `last sentence: ${last}`);
    const colophon = edition.querySelector('.colophon')!;
    assert.ok(text.includes(colophon.querySelector('dd')!.querySelector('a')!.text), 'source file in the colophon');
    assert.match(text, new RegExp(`Edition ${releaseDate}\\b`));
    // The report's own page in the archive (the metadata's first links are the rights' and the licence's).
    const reportUrl = edition
      .querySelectorAll('.meta a')
      .map((a) => a.getAttribute('href') ?? '')
      .find((href) => href.endsWith(`/reports/${id}/`));
    assert.ok(reportUrl && text.includes(reportUrl), "the archive's URL");
  });

  test(`${id}.pdf: every note is a destination that a link in the PDF points to`, () => {
    const destinations = new Set([...poppler('pdfinfo', ['-dests', offlineFile(id, 'pdf')]).matchAll(/"([^"]+)"\s*$/gm)].map((m) => m[1]!));
    // Chromium writes link annotations uncompressed: /Dest /<name> for each internal link.
    const linked = new Set(
      [
        ...readFileSync(offlineFile(id, 'pdf'))
          .toString('latin1')
          .matchAll(/\/Dest \/([A-Za-z0-9#_-]+)/g),
      ].map((m) => m[1]!.replace(/#([0-9A-F]{2})/g, (_x, h: string) => String.fromCharCode(parseInt(h, 16)))),
    );
    const notes = allNotes.filter((c) => c.section.startsWith(`${id}/`));
    const cited = notes.map((c) => `${c.section.slice(id.length + 1)}-note-${c.n}`).filter((name) => !isUncited(name));
    assert.ok(cited.length > 0 || notes.length === 0);
    const lacking = cited.filter((name) => !destinations.has(name) || !linked.has(name));
    assert.deepEqual(lacking, []);
  });

  function isUncited(name: string): boolean {
    // A note whose marker the source lost is cited nowhere, so nothing links to it.
    return !edition.querySelector(`a[href="#${name}"]`);
  }
}
