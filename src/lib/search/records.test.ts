import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildSearchRecords, noteTextForIndex, topicNameList, type SearchRecordInput } from './records.ts';
import { ARCHIVE_GROUP, KIND, notesGroup } from './kinds.ts';

const input: SearchRecordInput = {
  base: '/archive/',
  reports: [{ id: 'fotn-2015', shortTitle: 'Freedom on the Net 2015', edition: 2015 }],
  sections: [
    {
      reportId: 'fotn-2015',
      sectionId: 'fotn-2015/ict-market',
      paragraphs: [
        { id: 'p3', text: 'The operator Kazakhtelecom holds most of the market.' },
        { id: 'p7', text: 'Nothing to see here.' },
      ],
      notes: [
        { id: 'note-23', text: 'Fitch Ratings, “Fitch changes the rating of Kazkhtelecom”, zakon.kz' },
        // A note the source lost: on the page, in its paragraph's themes, but nothing to find.
        { id: 'note-24', text: '' },
      ],
    },
  ],
  topics: [
    {
      id: 'kazakhtelecom',
      name: 'Kazakhtelecom',
      kind: 'organisation',
      aliases: ['Kaztelecom'],
      otherNames: ['Казахтелеком', 'Qazaqtelecom'],
      description: 'The national operator.',
    },
    { id: 'soundcloud', name: 'SoundCloud', kind: 'platform', aliases: [], otherNames: [], description: 'A platform for music.' },
  ],
  incidents: [
    {
      id: 'soundcloud-blocked-2015',
      title: 'SoundCloud blocked',
      date: '2015-05',
      categories: ['blocking'],
      summary: 'Access to SoundCloud was blocked.',
      topics: ['soundcloud'],
      reports: ['fotn-2015'],
      mentions: [{ section: 'fotn-2015/ict-market', paragraph: 'p7' }],
    },
  ],
  themesOf: new Map([
    ['fotn-2015/ict-market#p3', ['diversity-of-providers', 'infrastructure']],
    ['fotn-2015/ict-market#note-23', ['diversity-of-providers']],
    ['fotn-2015/ict-market#note-24', ['diversity-of-providers']],
  ]),
  categoryLabel: (c) => (c === 'blocking' ? 'Blocking' : c),
};
const records = buildSearchRecords(input);
const byUrl = new Map(records.map((r) => [r.url, r]));

test('every paragraph and note is a record at its own anchor, under the base', () => {
  assert.deepEqual(
    records.filter((r) => r.filters.kind?.[0] !== KIND.incident && r.filters.kind?.[0] !== KIND.topic).map((r) => r.url),
    ['/archive/reports/fotn-2015/ict-market/#p3', '/archive/reports/fotn-2015/ict-market/#p7', '/archive/reports/fotn-2015/ict-market/#note-23'],
  );
});

test('a passage carries its report, year and kind as filters and no searchable metadata', () => {
  const p3 = byUrl.get('/archive/reports/fotn-2015/ict-market/#p3')!;
  assert.equal(p3.content, 'The operator Kazakhtelecom holds most of the market.');
  assert.deepEqual(p3.meta, {});
  assert.deepEqual(p3.filters.report, ['Freedom on the Net 2015']);
  assert.deepEqual(p3.filters.year, ['2015']);
  assert.deepEqual(p3.filters.kind, [KIND.text]);
  assert.deepEqual(p3.filters.group, ['Freedom on the Net 2015']);
  assert.deepEqual(byUrl.get('/archive/reports/fotn-2015/ict-market/#note-23')!.filters.group, [notesGroup('Freedom on the Net 2015')]);
});

test('a passage is tagged with the topics it names and those of the incidents that quote it', () => {
  assert.deepEqual(byUrl.get('/archive/reports/fotn-2015/ict-market/#p3')!.filters.topic, ['Kazakhtelecom']);
  const p7 = byUrl.get('/archive/reports/fotn-2015/ict-market/#p7')!;
  assert.deepEqual(p7.filters.topic, ['SoundCloud']);
  assert.deepEqual(p7.filters.category, ['Blocking']);
  // The note's misspelling is not a name the topic is known by.
  assert.deepEqual(byUrl.get('/archive/reports/fotn-2015/ict-market/#note-23')!.filters.topic, []);
});

test('an incident is found by its name and summary, and filtered by year, report, category and topic', () => {
  const incident = byUrl.get('/archive/incidents/soundcloud-blocked-2015/')!;
  assert.equal(incident.content, 'Access to SoundCloud was blocked.');
  assert.deepEqual(incident.meta, { name: 'SoundCloud blocked', date: 'May 2015' });
  assert.equal(incident.filters.theme, undefined);
  assert.deepEqual(incident.filters, {
    kind: [KIND.incident],
    group: [ARCHIVE_GROUP],
    year: ['2015'],
    report: ['Freedom on the Net 2015'],
    category: ['Blocking'],
    topic: ['SoundCloud'],
  });
});

test('a topic is found under every name: printed aliases and other names', () => {
  const topic = byUrl.get('/archive/topics/kazakhtelecom/')!;
  assert.deepEqual(topic.meta, { name: 'Kazakhtelecom', aliases: 'Kaztelecom', otherNames: 'Казахтелеком · Qazaqtelecom' });
  assert.deepEqual(byUrl.get('/archive/topics/soundcloud/')!.meta, { name: 'SoundCloud' });
});

test('a paragraph carries its themes, a note those of the paragraphs citing it, as slugs', () => {
  assert.deepEqual(byUrl.get('/archive/reports/fotn-2015/ict-market/#p3')!.filters.theme, ['diversity-of-providers', 'infrastructure']);
  assert.deepEqual(byUrl.get('/archive/reports/fotn-2015/ict-market/#note-23')!.filters.theme, ['diversity-of-providers']);
  // A paragraph the mapping leaves out has no theme, so a theme filter leaves it out.
  assert.deepEqual(byUrl.get('/archive/reports/fotn-2015/ict-market/#p7')!.filters.theme, []);
  // Incidents and topics are the archive's records, not passages: a theme filter narrows to passages.
  for (const record of records.filter((r) => r.filters.kind?.[0] === KIND.incident || r.filters.kind?.[0] === KIND.topic))
    assert.equal(record.filters.theme, undefined);
});

test('a theme naming an anchor that is on no section page stops the indexer', () => {
  assert.throws(
    () => buildSearchRecords({ ...input, themesOf: new Map([['fotn-2015/ict-market#p9', ['infrastructure']]]) }),
    /themes name fotn-2015\/ict-market#p9, which is no paragraph or note/,
  );
});

test('a section of an unknown report stops the indexer', () => {
  assert.throws(() => buildSearchRecords({ ...input, reports: [] }), /fotn-2015\/ict-market belongs to no known report/);
});

test('the suggestion list holds every name of every topic', () => {
  assert.deepEqual(topicNameList('/', input.topics)[0], {
    name: 'Kazakhtelecom',
    url: '/topics/kazakhtelecom/',
    names: ['Kazakhtelecom', 'Kaztelecom', 'Казахтелеком', 'Qazaqtelecom'],
  });
});

test('a note is indexed with its URLs shortened to their sites', () => {
  assert.equal(
    noteTextForIndex('Kazinform, February 25, 2013, http://inform.kz/rus/article/2537802 and https://www.zakon.kz/4654.html.'),
    'Kazinform, February 25, 2013, inform.kz and zakon.kz',
  );
});
