import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import CSL from 'citeproc';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { corpus, pages, siteDir } from './site.ts';

// Every citation the site prints is what citeproc-js makes of the CSL-JSON printed beside it,
// with the CSL styles committed in src/lib/citations/styles/; every cite.bib, cite.ris and
// cite.json reads back with the same fields, and none carries a date of the build.

const styles = 'src/lib/citations/styles/';
const locale = readFileSync(styles + 'locales-en-US.xml', 'utf8');
type Item = {
  id: string;
  type: string;
  title: string;
  URL: string;
  issued: { 'date-parts': number[][] };
  'container-title'?: string;
  author?: { literal: string }[];
  publisher?: string;
  genre?: string;
  archive?: string;
};
let current: Item | undefined;
const engine = (file: string) => {
  const e = new CSL.Engine({ retrieveLocale: () => locale, retrieveItem: () => current }, readFileSync(styles + file, 'utf8'), 'en-US', true);
  e.setOutputFormat('text');
  return e;
};
const chicago = engine('chicago-notes-bibliography.csl');
const apa = engine('apa.csl');

/** What citeproc prints, as plain text: [note, bibliography] for Chicago, [in-text, reference] for APA. */
function render(e: ReturnType<typeof engine>, item: Item, pin: { locator?: string; label?: string }, noteIndex: number): [string, string] {
  current = item;
  e.updateItems([item.id]);
  const bibliography = e.makeBibliography();
  assert.ok(bibliography);
  const citation = e.previewCitationCluster({ citationItems: [{ id: item.id, ...pin }], properties: { noteIndex } }, [], [], 'text');
  return [citation.trim(), bibliography[1].join('').trim()];
}

const citing = pages().filter((p) => p.root.querySelector('details.cite'));

test("there are citations to check: on every report, section and incident page, and each section's cite page", () => {
  assert.equal(citing.length, corpus.reports.length + 2 * corpus.sections + corpus.incidents, `${citing.length} pages`);
  assert.equal(citing.filter((p) => p.file.endsWith('/cite/index.html')).length, corpus.sections);
});

test("every printed Chicago and APA citation is citeproc's output from the CSL-JSON beside it", () => {
  let checked = 0;
  for (const page of citing) {
    for (const box of page.root.querySelectorAll('details.cite')) {
      const dl = box.querySelector('dl.cite-formats')!;
      const pre = box
        .querySelectorAll('.cite-machine')
        .find((d) => d.querySelector('summary')?.text === 'CSL-JSON')!
        .querySelector('pre')!;
      const [item] = JSON.parse(pre.getAttribute('data-copy')!) as Item[];
      const pin = {
        ...(dl.getAttribute('data-locator') ? { locator: dl.getAttribute('data-locator')! } : {}),
        ...(dl.getAttribute('data-label') ? { label: dl.getAttribute('data-label')! } : {}),
      };
      assert.equal(Boolean(pin.locator), /#(p\d+|note-\d+)$/.test(item!.URL), `${page.url}: a pinpoint exactly where the URL names a paragraph or note`);
      const [note, bibliography] = render(chicago, item!, pin, 1);
      const [inText, reference] = render(apa, item!, pin, 0);
      const printed = Object.fromEntries(dl.querySelectorAll('dt').map((dt) => [dt.text, dt.nextElementSibling!.querySelector('p.citation')!]));
      const expected: Record<string, string> = {
        'Chicago (note)': note,
        'Chicago (bibliography)': bibliography,
        'APA 7 (reference)': reference,
        'APA 7 (in-text citation)': inText,
      };
      assert.deepEqual(Object.keys(printed), Object.keys(expected), page.url);
      for (const [label, text] of Object.entries(expected)) {
        assert.equal(printed[label]!.getAttribute('data-copy'), text, `${page.url} ${item!.id} ${label}`);
        assert.equal(printed[label]!.text, text, `${page.url} ${item!.id} ${label} (as shown)`);
      }
      if (pin.locator) assert.ok(!bibliography.includes(`para. ${pin.locator}`) && !reference.includes(`para. ${pin.locator}`));
      checked++;
    }
  }
  assert.ok(checked >= citing.length, `${checked} citations on ${citing.length} pages`);
});

function files(dir: string, name: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? files(path, name) : entry === name ? [path] : [];
  });
}

const schema = JSON.parse(readFileSync('test/fixtures/csl-schema/csl-data.json', 'utf8'));
const validate = new Ajv({ strict: false }).compile(schema);
const jsonFiles = files(siteDir, 'cite.json');

test('every cite.json is valid CSL-JSON (csl-data.json), with no access date', () => {
  assert.equal(jsonFiles.length, corpus.reports.length + corpus.sections + corpus.incidents, 'one cite.json per report, section and incident');
  for (const file of jsonFiles) {
    const items = JSON.parse(readFileSync(file, 'utf8')) as { accessed?: unknown }[];
    assert.ok(validate(items), `${file}: ${JSON.stringify(validate.errors)}`);
    for (const item of items) assert.equal(item.accessed, undefined, file);
  }
});

type Parsed = {
  title?: string;
  URL?: string;
  type?: string;
  publisher?: string;
  'container-title'?: string;
  'collection-title'?: string;
  issued?: { 'date-parts'?: number[][] };
};

test('every cite.bib and cite.ris reads back, in both parsers, with the fields of its CSL-JSON', () => {
  for (const file of jsonFiles) {
    const items = JSON.parse(readFileSync(file, 'utf8')) as Item[];
    const bibText = readFileSync(file.replace(/json$/, 'bib'), 'utf8');
    const risText = readFileSync(file.replace(/json$/, 'ris'), 'utf8');
    assert.doesNotMatch(bibText + risText, /urldate|^Y2 {2}-/m, file);
    const bib = parseBibtex(bibText);
    assert.deepEqual(bib.errors, [], file);
    const fromBib = new Cite(bibText).data as Parsed[];
    const fromRis = new Cite(risText).data as Parsed[];
    assert.equal(bib.entries.length, items.length, file);
    items.forEach((item, i) => {
      const where = `${file} ${item.id}`;
      assert.equal(bib.entries[i]!.key, item.id, where);
      assert.equal(bib.entries[i]!.fields.title, item.title, where);
      for (const parsed of [fromBib[i]!, fromRis[i]!]) {
        assert.equal(parsed.title, item.title, where);
        assert.equal(parsed.URL, item.URL, where);
        assert.deepEqual(parsed.issued?.['date-parts']?.[0], item.issued['date-parts'][0], `${where}: the date, with its day where it has one`);
      }
      if (item.type === 'webpage') {
        assert.equal(bib.entries[i]!.fields.howpublished, item['container-title'], `${where}: the site in BibTeX`);
        assert.equal(fromBib[i]!.publisher, item['container-title'], where);
        assert.equal(fromRis[i]!['collection-title'], item['container-title'], `${where}: the site in RIS`);
      } else if (item.type === 'chapter') {
        assert.equal(fromBib[i]!['container-title'], item['container-title'], where);
        assert.equal(fromRis[i]!['container-title'], item['container-title'], where);
      }
    });
  }
});

test('every page that cites something carries JSON-LD, the cite pages included', () => {
  for (const page of citing) {
    const scripts = page.root.querySelectorAll('script[type="application/ld+json"]');
    assert.ok(scripts.length >= 1, page.url);
    for (const s of scripts) assert.ok(JSON.parse(s.text)['@type'], page.url);
  }
});
