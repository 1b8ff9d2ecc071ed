import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { ARCHIVE_NAME, cite, citationText, safeCitationHtml, type CitedWork } from './index.ts';
import { protectCase } from './bibtex.ts';

// One scenario per kind of work. The formatted references are what citeproc-js prints with the
// committed CSL styles (Chicago 18th edition notes and bibliography, APA 7th edition); the
// machine formats are read back by independent parsers.

const fotn = { id: 'fotn-2015', title: 'Freedom on the Net 2015: Kazakhstan', publisher: 'Freedom House', issued: '2015', genre: 'Country report' };
const profile = { id: 'profile-2013', title: 'Country Profile: Kazakhstan (2013)', publisher: null, issued: '~2013', genre: 'Country profile' };
const section = 'https://archive.example/reports/fotn-2015/limits-on-content/';
const works = {
  report: { kind: 'report', report: fotn, url: 'https://archive.example/reports/fotn-2015/' },
  section: { kind: 'section', report: fotn, section: 'Limits on Content', url: section },
  indicator: {
    kind: 'section',
    report: { ...fotn, id: 'fotn-2020', title: 'Freedom on the Net 2020: Kazakhstan', issued: '2020' },
    section: 'B1. Does the state block or filter, or compel service providers to block or filter, internet content?',
    url: 'https://archive.example/reports/fotn-2020/b1/',
  },
  paragraph: { kind: 'paragraph', report: fotn, section: 'Limits on Content', paragraph: 3, url: `${section}#p3` },
  note: { kind: 'note', report: fotn, section: 'Limits on Content', note: 12, url: `${section}#note-12` },
  incident: {
    kind: 'incident',
    title: 'SoundCloud blocked in Kazakhstan',
    slug: 'soundcloud-blocked-2015',
    published: '2026-11-23',
    updated: '2026-12-01',
    url: 'https://archive.example/incidents/soundcloud-blocked-2015/',
  },
  unattributed: { kind: 'report', report: profile, url: 'https://archive.example/reports/profile-2013/' },
} satisfies Record<string, CitedWork>;
const c = Object.fromEntries(Object.entries(works).map(([k, w]) => [k, cite(w)])) as Record<keyof typeof works, ReturnType<typeof cite>>;

test('a report: its publisher as author and publisher, its kind, then the archive that holds it; no access date', () => {
  assert.equal(
    c.report.chicagoBibliography.html,
    'Freedom House. <i>Freedom on the Net 2015: Kazakhstan</i>. Country report. Freedom House, 2015. Kazakhstan Internet Freedom Archive. https://archive.example/reports/fotn-2015/.',
  );
  assert.equal(
    c.report.chicagoNote.text,
    'Freedom House, Freedom on the Net 2015: Kazakhstan, Country report (Freedom House, 2015), Kazakhstan Internet Freedom Archive, https://archive.example/reports/fotn-2015/.',
  );
  assert.equal(
    c.report.apaReference.text,
    'Freedom House. (2015). Freedom on the Net 2015: Kazakhstan [Country report]. Freedom House. Kazakhstan Internet Freedom Archive. https://archive.example/reports/fotn-2015/',
  );
  assert.equal(c.report.apaInText.text, '(Freedom House, 2015)');
  assert.deepEqual(c.report.csl, {
    id: 'kifa-fotn-2015',
    type: 'report',
    title: 'Freedom on the Net 2015: Kazakhstan',
    author: [{ literal: 'Freedom House' }],
    publisher: 'Freedom House',
    genre: 'Country report',
    archive: ARCHIVE_NAME,
    issued: { 'date-parts': [[2015]] },
    URL: 'https://archive.example/reports/fotn-2015/',
    language: 'en',
  });
});

test('a paragraph: the pinpoint in the note and the in-text citation, never in the bibliography or reference', () => {
  assert.equal(
    c.paragraph.chicagoNote.html,
    'Freedom House, “Limits on Content,” in <i>Freedom on the Net 2015: Kazakhstan</i> (Freedom House, 2015), para. 3, Kazakhstan Internet Freedom Archive, https://archive.example/reports/fotn-2015/limits-on-content/#p3.',
  );
  assert.equal(c.paragraph.apaInText.text, '(Freedom House, 2015, para. 3)');
  assert.equal(
    c.paragraph.chicagoBibliography.text,
    'Freedom House. “Limits on Content.” In Freedom on the Net 2015: Kazakhstan. Freedom House, 2015. Kazakhstan Internet Freedom Archive. https://archive.example/reports/fotn-2015/limits-on-content/#p3.',
  );
  assert.equal(
    c.paragraph.apaReference.text,
    'Freedom House. (2015). Limits on Content. In Freedom on the Net 2015: Kazakhstan. Freedom House. Kazakhstan Internet Freedom Archive. https://archive.example/reports/fotn-2015/limits-on-content/#p3',
  );
  assert.equal(c.paragraph.csl.type, 'chapter');
  assert.equal(c.paragraph.csl.locator, '3');
  assert.deepEqual(c.paragraph.pinpoint, { locator: '3', label: 'paragraph' });
});

test('a note: "n. 12" in the Chicago note, "Note 12" in APA\'s in-text citation, nothing in the references', () => {
  assert.match(c.note.chicagoNote.text, /\(Freedom House, 2015\), n\. 12, /);
  assert.equal(c.note.apaInText.text, '(Freedom House, 2015, Note 12)');
  assert.doesNotMatch(c.note.chicagoBibliography.text + c.note.apaReference.text, /\b(n\.|Note|note) 12\b/);
});

test('a section: a chapter of its report; a FOTN 2020 indicator is titled with its code and question, in headline case for Chicago', () => {
  assert.deepEqual([c.section.csl.type, c.section.csl['container-title']], ['chapter', 'Freedom on the Net 2015: Kazakhstan']);
  assert.equal(
    c.indicator.chicagoBibliography.text,
    'Freedom House. “B1. Does the State Block or Filter, or Compel Service Providers to Block or Filter, Internet Content?” In Freedom on the Net 2020: Kazakhstan. Freedom House, 2020. Kazakhstan Internet Freedom Archive. https://archive.example/reports/fotn-2020/b1/.',
  );
  assert.match(c.indicator.apaReference.text, /\(2020\)\. B1\. Does the state block or filter, /);
});

test('an incident: a web page of the archive, no author, dated by its last correction, the archive named once', () => {
  assert.deepEqual(c.incident.csl, {
    id: 'kifa-incident-soundcloud-blocked-2015',
    type: 'webpage',
    title: 'SoundCloud blocked in Kazakhstan',
    'container-title': ARCHIVE_NAME,
    issued: { 'date-parts': [[2026, 12, 1]] },
    URL: 'https://archive.example/incidents/soundcloud-blocked-2015/',
    language: 'en',
  });
  assert.equal(
    c.incident.chicagoNote.text,
    '“SoundCloud Blocked in Kazakhstan,” Kazakhstan Internet Freedom Archive, December 1, 2026, https://archive.example/incidents/soundcloud-blocked-2015/.',
  );
  assert.equal(
    c.incident.apaReference.text,
    'SoundCloud blocked in Kazakhstan. (2026, December 1). Kazakhstan Internet Freedom Archive. https://archive.example/incidents/soundcloud-blocked-2015/',
  );
  for (const f of [c.incident.chicagoNote, c.incident.chicagoBibliography, c.incident.apaReference])
    assert.equal(f.text.split(ARCHIVE_NAME).length - 1, 1, f.text);
  const uncorrected = cite({ ...works.incident, updated: undefined });
  assert.deepEqual(uncorrected.csl.issued, { 'date-parts': [[2026, 11, 23]] });
});

test('a report with no stated publisher leads with its title and an approximate year', () => {
  assert.equal(
    c.unattributed.chicagoBibliography.text,
    'Country Profile: Kazakhstan (2013). Country profile. [2013?]. Kazakhstan Internet Freedom Archive. https://archive.example/reports/profile-2013/.',
  );
  assert.equal(
    c.unattributed.apaReference.text,
    'Country Profile: Kazakhstan (2013). (ca. 2013). [Country profile]. Kazakhstan Internet Freedom Archive. https://archive.example/reports/profile-2013/',
  );
  assert.deepEqual(c.unattributed.csl.issued, { 'date-parts': [[2013]], circa: true });
  assert.equal(c.unattributed.csl.author, undefined);
});

test('no citation carries an access date', () => {
  for (const x of Object.values(c)) {
    assert.equal('accessed' in x.csl, false);
    assert.doesNotMatch([x.chicagoNote.text, x.chicagoBibliography.text, x.apaReference.text, x.bibtex, x.ris].join('\n'), /accessed|Retrieved|urldate|Y2  -/i);
  }
});

const schema = JSON.parse(readFileSync(new URL('../../../test/fixtures/csl-schema/csl-data.json', import.meta.url), 'utf8'));
const validate = new Ajv({ strict: false }).compile(schema);

test('every CSL-JSON item is valid against the CSL data schema', () => {
  const items = Object.values(c).map((x) => x.csl);
  assert.ok(validate(items), JSON.stringify(validate.errors));
  assert.equal(validate([{ ...c.paragraph.csl, label: 'paragraph' }]), false, 'the schema rejects what it does not define');
});

type Parsed = {
  title?: string;
  URL?: string;
  type?: string;
  genre?: string;
  publisher?: string;
  'container-title'?: string;
  'collection-title'?: string;
  source?: string;
  issued?: { 'date-parts'?: number[][] };
  author?: { literal?: string; family?: string }[];
};
const read = (text: string) => new Cite(text).data[0] as Parsed;

for (const [name, x] of Object.entries(c)) {
  test(`${name}: BibTeX is read by @retorquere/bibtex-parser and by citation-js with its fields intact`, () => {
    const lib = parseBibtex(x.bibtex);
    assert.deepEqual(lib.errors, []);
    const entry = lib.entries[0]!;
    assert.equal(entry.fields.title, x.csl.title);
    assert.equal(entry.fields.url, x.csl.URL);
    assert.equal(entry.fields.year, String(x.csl.issued['date-parts'][0][0]));
    const parsed = read(x.bibtex);
    assert.equal(parsed.title, x.csl.title);
    assert.equal(parsed.URL, x.csl.URL);
    assert.deepEqual(parsed.issued?.['date-parts']?.[0], x.csl.issued['date-parts'][0]);
    const author = x.csl.author?.[0]?.literal;
    assert.deepEqual(
      entry.fields.author?.map((a) => a.name),
      author ? [author] : undefined,
      'a corporate author is one name',
    );
    assert.equal(parsed.author?.[0]?.family ?? parsed.author?.[0]?.literal, author);
    if (x.csl.type === 'report') {
      assert.equal(entry.type, 'techreport');
      assert.equal(entry.fields.type, x.csl.genre);
      assert.deepEqual(entry.fields.institution, x.csl.publisher ? [x.csl.publisher] : undefined);
      assert.equal(parsed.genre, x.csl.genre);
    }
    if (x.csl.type === 'chapter') assert.equal(parsed['container-title'], x.csl['container-title']);
    if (x.csl.type === 'webpage') {
      // BibTeX's misc and biblatex's misc both print howpublished; citation-js reads it as the publisher.
      assert.equal(entry.type, 'misc');
      assert.equal(entry.fields.howpublished, ARCHIVE_NAME);
      assert.equal(entry.fields.date, '2026-12-01', 'biblatex reads the day from date');
      assert.equal(entry.fields.month, '12', 'BibTeX and biblatex read the month macro as a month');
      assert.equal(parsed.publisher, ARCHIVE_NAME);
    }
  });

  test(`${name}: RIS is read by citation-js with its fields intact`, () => {
    const parsed = read(x.ris);
    assert.equal(parsed.title, x.csl.title);
    assert.equal(parsed.URL, x.csl.URL);
    assert.equal(parsed.type, x.csl.type);
    assert.deepEqual(parsed.issued?.['date-parts']?.[0], x.csl.issued['date-parts'][0]);
    assert.equal(parsed.author?.[0]?.literal, x.csl.author?.[0]?.literal);
    if (x.csl.type === 'chapter') assert.equal(parsed['container-title'], x.csl['container-title']);
    if (x.csl.type === 'webpage') assert.equal(parsed['collection-title'], ARCHIVE_NAME, 'the site name, from T2');
    if (x.csl.archive) assert.equal(parsed.source, x.csl.archive);
  });
}

test("a report's month is a BibTeX month macro, read as the month by both parsers", () => {
  const withMonth = cite({ ...works.report, report: { ...fotn, issued: '2015-05' } });
  assert.match(withMonth.bibtex, /\n {2}month = may,\n/);
  assert.equal(parseBibtex(withMonth.bibtex).entries[0]!.fields.month, '5');
  assert.deepEqual(read(withMonth.bibtex).issued?.['date-parts']?.[0], [2015, 5]);
});

test('titles brace every capitalised word after the first, and a first word with inner capitals', () => {
  assert.equal(protectCase('Freedom on the Net 2015: Kazakhstan'), 'Freedom on the {Net} 2015: {Kazakhstan}');
  assert.equal(protectCase('SoundCloud blocked in Kazakhstan, again'), '{SoundCloud} blocked in {Kazakhstan}, again');
  assert.equal(protectCase('B1. Does the state block 50% of ICT?'), 'B1. {Does} the state block 50\\% of {ICT}?');
});

test("citeproc's HTML keeps only inline markup; its text decodes character references", () => {
  assert.equal(
    safeCitationHtml('<div class="csl-entry">A &#38; B <i>T</i> <span style="font-variant:small-caps;">x</span><script>y</script></div>'),
    'A &#38; B <i>T</i> xy',
  );
  assert.equal(citationText('A &#38; B <i>T</i> &#60;b&#62;'), 'A & B T <b>');
});
