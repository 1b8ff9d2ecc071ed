import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { cite, citationHtml, citationText, type CitedWork } from './cite.ts';

// Each format is read back by citation-js, an independent, maintained parser, and the
// fields that matter must survive the round trip.

const fotn2015 = { id: 'fotn-2015', title: 'Freedom on the Net 2015: Kazakhstan', publisher: 'Freedom House', issued: '2015' };
const profile = { id: 'profile-2013', title: 'Kazakhstan: Country Profile', publisher: null, issued: '~2013' };
const base = 'https://archive.example/reports/fotn-2015/limits-on-content/';
const works: Record<string, CitedWork> = {
  report: { kind: 'report', report: fotn2015, url: 'https://archive.example/reports/fotn-2015/' },
  section: { kind: 'section', report: fotn2015, section: 'Limits on Content', url: base },
  paragraph: { kind: 'paragraph', report: fotn2015, section: 'Limits on Content', paragraph: 3, url: `${base}#p3` },
  note: { kind: 'note', report: fotn2015, section: 'Limits on Content', note: 12, url: `${base}#note-12` },
  incident: { kind: 'incident', title: 'SoundCloud blocked', slug: 'soundcloud-blocked-2015', published: '2026-11-23', url: 'https://archive.example/incidents/soundcloud-blocked-2015/' },
  unattributed: { kind: 'report', report: profile, url: 'https://archive.example/reports/profile-2013/' },
};
const accessed = '2026-11-23';

type Parsed = { title?: string; URL?: string; publisher?: string; issued?: { 'date-parts'?: (number | string)[][] }; author?: { literal?: string; family?: string }[]; type?: string; 'container-title'?: string };
const year = (item: Parsed) => Number(item.issued?.['date-parts']?.[0]?.[0]);
const authorOf = (item: Parsed) => item.author?.[0]?.literal ?? item.author?.[0]?.family;

for (const [name, work] of Object.entries(works)) {
  const citation = cite(work, accessed);
  const expected = citation.csl;

  test(`${name}: BibTeX round-trips through citation-js`, () => {
    const [item] = new Cite(citation.bibtex).data as Parsed[];
    assert.equal(item!.title, expected.title);
    assert.equal(item!.URL, expected.URL);
    assert.equal(year(item!), expected.issued['date-parts'][0]![0]);
    assert.equal(authorOf(item!), expected.author?.[0]?.literal);
    if (expected.publisher) assert.equal(item!.publisher, expected.publisher);
    if (expected.type === 'chapter') assert.equal(item!['container-title'], expected['container-title']);
  });

  test(`${name}: RIS round-trips through citation-js`, () => {
    const [item] = new Cite(citation.ris).data as Parsed[];
    assert.equal(item!.title, expected.title);
    assert.equal(item!.URL, expected.URL);
    assert.equal(year(item!), expected.issued['date-parts'][0]![0]);
    assert.equal(authorOf(item!), expected.author?.[0]?.literal);
    if (expected.publisher) assert.equal(item!.publisher, expected.publisher);
  });

  test(`${name}: CSL-JSON is read by citation-js as it was written`, () => {
    const [item] = new Cite(JSON.parse(JSON.stringify([expected]))).data as Parsed[];
    assert.equal(item!.title, expected.title);
    assert.equal(item!.type, expected.type);
    assert.equal(item!.URL, expected.URL);
  });
}

test('a report is cited as its publisher issued it, then as archived here', () => {
  const c = cite(works.report!, accessed);
  assert.equal(c.chicagoBibliography, 'Freedom House. *Freedom on the Net 2015: Kazakhstan*. Freedom House, 2015. Archived in the Kazakhstan Internet Freedom Archive. https://archive.example/reports/fotn-2015/ (accessed November 23, 2026).');
  assert.equal(c.apa, 'Freedom House. (2015). *Freedom on the Net 2015: Kazakhstan*. Kazakhstan Internet Freedom Archive. Retrieved November 23, 2026, from https://archive.example/reports/fotn-2015/');
});

test('a paragraph citation names its section and ¶ number', () => {
  const c = cite(works.paragraph!, accessed);
  assert.equal(c.chicagoNote, 'Freedom House, “Limits on Content,” in *Freedom on the Net 2015: Kazakhstan* (Freedom House, 2015), ¶ 3, archived in the Kazakhstan Internet Freedom Archive, https://archive.example/reports/fotn-2015/limits-on-content/#p3 (accessed November 23, 2026).');
  assert.match(c.apa, /^Freedom House\. \(2015\)\. Limits on Content \(para\. 3\)\. In \*Freedom on the Net 2015: Kazakhstan\*\./);
  assert.match(c.ris, /N1  - ¶ 3/);
});

test('an incident cites the archive as its author', () => {
  const c = cite(works.incident!, accessed);
  assert.equal(c.apa, 'Kazakhstan Internet Freedom Archive. (2026, November 23). *SoundCloud blocked* [Incident record]. Retrieved November 23, 2026, from https://archive.example/incidents/soundcloud-blocked-2015/');
  assert.match(c.bibtex, /^@misc\{kifa-incident-soundcloud-blocked-2015,/);
});

test('a report with no stated publisher leads with its title and an approximate year', () => {
  const c = cite(works.unattributed!, accessed);
  assert.equal(c.apa, '*Kazakhstan: Country Profile*. (ca. 2013). Kazakhstan Internet Freedom Archive. Retrieved November 23, 2026, from https://archive.example/reports/profile-2013/');
  assert.equal(c.csl.issued.circa, true);
  assert.equal(c.csl.author, undefined);
});

test('italics become <i> in HTML and vanish in plain text; markup is escaped', () => {
  assert.equal(citationHtml('A <b> *Title*.'), 'A &lt;b&gt; <i>Title</i>.');
  assert.equal(citationText('A *Title*.'), 'A Title.');
});
