import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { FilterName, SearchState } from '../../lib/search/query.ts';
import { ARCHIVE_GROUP, KIND, notesGroup } from '../../lib/search/kinds.ts';
import { fakePagefind, type FakeRecord } from './fake-pagefind.ts';
import { searchGrouped, searchNearest, type Outcome } from './grouped-search.ts';

const FOTN2020 = 'Freedom on the Net 2020';
const FOTN2015 = 'Freedom on the Net 2015';
const FOTN2013 = 'Freedom on the Net 2013';
const context = { years: [2013, 2015, 2020], reports: [FOTN2020, FOTN2015, FOTN2013] };

const passage =
  (kind: string, group: (report: string) => string) =>
  (id: string, report: string, text: string, score: number, topics: string[] = []): FakeRecord => ({
    id,
    text,
    score,
    filters: { group: [group(report)], report: [report], year: [report.slice(-4)], kind: [kind], topic: topics },
  });
const paragraph = passage(KIND.text, (report) => report);
const note = passage(KIND.note, notesGroup);
const incident = (id: string, name: string, text: string, score: number): FakeRecord => ({
  id,
  text,
  score,
  filters: { group: [ARCHIVE_GROUP], kind: [KIND.incident], year: ['2015'], report: [FOTN2015] },
  meta: { name },
});
const topic = (id: string, meta: Record<string, string> & { name: string }, score: number): FakeRecord => ({
  id,
  text: 'A topic of the archive.',
  score,
  filters: { group: [ARCHIVE_GROUP], kind: [KIND.topic], topic: [meta.name] },
  meta,
});

const search = (q: string, filters: Partial<Record<FilterName, string[]>> = {}, range: Pick<SearchState, 'from' | 'to'> = {}): SearchState => ({
  q,
  filters: { report: [], kind: [], category: [], topic: [], theme: [], ...filters },
  ...range,
});
/** Each group's name and its results' ids, in the order the page shows them. */
const shown = (outcome: Outcome) => outcome.groups.map((g) => [g.name, g.results.map((r) => r.id)]);

test("results are grouped: the archive's topics and incidents, and each report with its paragraphs before its notes", async () => {
  const pf = fakePagefind([
    paragraph('2015-p1', FOTN2015, 'Sites were blocked by the regulator', 5),
    note('2015-n1', FOTN2015, 'Blocked sites, a list', 9),
    paragraph('2020-p1', FOTN2020, 'Courts blocked the platform', 3),
    paragraph('2013-p1', FOTN2013, 'Nothing of the kind', 8),
    incident('i1', 'Regulator blocked a news site', 'A news site was blocked', 4),
  ]);
  const outcome = await searchGrouped(pf, context, search('blocked'));
  assert.deepEqual(
    [...shown(outcome)].sort(),
    [
      [FOTN2015, ['2015-p1', '2015-n1']],
      [FOTN2020, ['2020-p1']],
      [ARCHIVE_GROUP, ['i1']],
    ].sort(),
  );
  assert.deepEqual(outcome.groups.find((g) => g.name === FOTN2015)?.filter, { group: { any: [FOTN2015, notesGroup(FOTN2015)] } });
  assert.deepEqual(outcome.groups.find((g) => g.name === ARCHIVE_GROUP)?.filter, { group: { any: [ARCHIVE_GROUP] } });
  assert.equal(outcome.total, 4);
  assert.equal(outcome.exactTotal, 4);
  assert.deepEqual(outcome.highlight, ['blocked']);
  assert.equal(outcome.expandedFrom, undefined);
});

test('groups come in order: reports holding the exact phrase, then topics and incidents found by name, then by their best result', async () => {
  const pf = fakePagefind([
    paragraph('2013-p1', FOTN2013, 'The internet went dark after a shutdown', 5),
    paragraph('2015-p1', FOTN2015, 'A shutdown of the mobile internet', 9),
    paragraph('2020-p1', FOTN2020, 'An internet shutdown in January', 2),
    incident('i1', 'Internet shutdown in Zhanaozen', 'Access was cut', 4),
  ]);
  const outcome = await searchGrouped(pf, context, search('internet shutdown'));
  assert.deepEqual(
    outcome.groups.map((g) => g.name),
    [FOTN2020, ARCHIVE_GROUP, FOTN2015, FOTN2013],
  );
  assert.deepEqual(
    outcome.groups.map((g) => g.hasPhrase),
    [true, true, false, false],
  );
});

test('topics and incidents found only in their text, not by name, rank by their best result like a report', async () => {
  const pf = fakePagefind([
    paragraph('2015-p1', FOTN2015, 'Telegram was throttled', 9),
    incident('i1', 'Messaging apps slowed', 'Telegram was throttled for a week', 4),
  ]);
  const outcome = await searchGrouped(pf, context, search('throttled'));
  assert.deepEqual(
    outcome.groups.map((g) => g.name),
    [FOTN2015, ARCHIVE_GROUP],
  );
});

test('within a group, results holding the phrase come first, each part in rank order', async () => {
  const pf = fakePagefind([
    paragraph('apart', FOTN2015, 'Content faced removal after a court order', 9),
    paragraph('phrase-low', FOTN2015, 'The content removal requests grew', 2),
    paragraph('phrase-high', FOTN2015, 'Content removal was ordered', 3),
    note('note-apart', FOTN2015, 'Removal of content, a report', 10),
    note('note-phrase', FOTN2015, 'Content removal statistics', 1),
  ]);
  const outcome = await searchGrouped(pf, context, search('content removal'));
  assert.deepEqual(shown(outcome), [[FOTN2015, ['phrase-high', 'phrase-low', 'apart', 'note-phrase', 'note-apart']]]);
});

test('one word is no phrase: near spellings keep their rank among results with the word itself', async () => {
  const pf = fakePagefind([paragraph('near', FOTN2015, 'Sites were blocked', 9), paragraph('exact', FOTN2015, 'A block list', 2)]);
  const outcome = await searchGrouped(pf, context, search('block'));
  assert.deepEqual(shown(outcome), [[FOTN2015, ['near', 'exact']]]);
  assert.equal(outcome.total, 2);
  assert.equal(outcome.exactTotal, 1, 'only one result holds the word as typed');
});

test('a quoted query finds only the phrase, and highlights it whole', async () => {
  const pf = fakePagefind([paragraph('phrase', FOTN2015, 'The content removal requests grew', 2), paragraph('apart', FOTN2015, 'Removal of the content', 9)]);
  // Spaces as typed do not matter: the phrase is searched as its words.
  const outcome = await searchGrouped(pf, context, search('"content  removal"'));
  assert.deepEqual(shown(outcome), [[FOTN2015, ['phrase']]]);
  assert.equal(outcome.total, 1);
  assert.equal(outcome.exactTotal, 1);
  assert.deepEqual(outcome.highlight, ['content removal']);
  assert.ok(
    pf.searches.every((s) => s.query === '"content removal"'),
    'every search is for the phrase',
  );
});

const filtered = [
  paragraph('2013-p1', FOTN2013, 'Bloggers were detained', 5),
  paragraph('2015-p1', FOTN2015, 'Bloggers were detained', 6),
  note('2015-n1', FOTN2015, 'Bloggers detained, a news report', 7),
  paragraph('2020-p1', FOTN2020, 'Bloggers were detained', 4),
  incident('i1', 'Bloggers detained in Almaty', 'Two bloggers were detained', 3),
];

test("the reader's filters narrow every group: any of the reports chosen", async () => {
  const pf = fakePagefind(filtered);
  const outcome = await searchGrouped(pf, context, search('detained', { report: [FOTN2015, FOTN2013] }));
  assert.deepEqual(
    [...shown(outcome)].sort(),
    [
      [FOTN2013, ['2013-p1']],
      [FOTN2015, ['2015-p1', '2015-n1']],
      // The incident is linked to the 2015 report, so it is kept too.
      [ARCHIVE_GROUP, ['i1']],
    ].sort(),
  );
  assert.equal(outcome.total, 4);
});

test("the reader's filters combine: a kind and a range of years together", async () => {
  const pf = fakePagefind(filtered);
  const outcome = await searchGrouped(pf, context, search('detained', { kind: [KIND.text] }, { from: 2015 }));
  assert.deepEqual(
    [...shown(outcome)].sort(),
    [
      [FOTN2015, ['2015-p1']],
      [FOTN2020, ['2020-p1']],
    ].sort(),
  );
  assert.equal(outcome.exactTotal, 2);
});

test('a part the first search found nothing in is not searched on its own', async () => {
  const pf = fakePagefind(filtered);
  await searchGrouped(pf, context, search('detained', { report: [FOTN2020] }));
  // The first search, the search for the word as typed, and the one part it found results in.
  assert.equal(pf.searches.length, 3);
  assert.deepEqual(pf.searches[2]?.filters, { all: [{ report: { any: [FOTN2020] } }, { group: { any: [FOTN2020] } }] });
});

test('a query nothing holds gives no groups, and says that nothing holds it as typed', async () => {
  const pf = fakePagefind(filtered);
  const outcome = await searchGrouped(pf, context, search('zhanaozen'));
  assert.deepEqual(outcome, { total: 0, exactTotal: 0, groups: [], highlight: ['zhanaozen'] });
});

test('filters that leave nothing give no groups, whatever the query holds', async () => {
  const pf = fakePagefind(filtered);
  const outcome = await searchGrouped(pf, context, search('detained', { kind: [KIND.topic] }));
  assert.deepEqual(outcome.groups, []);
  assert.equal(outcome.total, 0);
});

const knb = topic('nsc', { name: 'National Security Committee', aliases: 'KNB', otherNames: 'КНБ · NSC' }, 8);
const tagged = [
  knb,
  paragraph('2015-p1', FOTN2015, 'The KNB ordered the blocking', 5, ['National Security Committee']),
  note('2020-n1', FOTN2020, 'National Security Committee statement', 6, ['National Security Committee']),
  paragraph('2020-p1', FOTN2020, 'Unrelated text', 9),
];

test("another name of a topic finds the topic's passages, under the names the reports print", async () => {
  const pf = fakePagefind(tagged);
  const outcome = await searchGrouped(pf, context, search('КНБ'));
  assert.equal(outcome.expandedFrom, 'National Security Committee');
  assert.deepEqual(outcome.highlight, ['National Security Committee', 'KNB']);
  assert.deepEqual(
    [...shown(outcome)].sort(),
    [
      [ARCHIVE_GROUP, ['nsc']],
      [FOTN2015, ['2015-p1']],
      [FOTN2020, ['2020-n1']],
    ].sort(),
  );
  assert.equal(outcome.total, 3);
  assert.equal(outcome.exactTotal, 3, 'found through the topic, the query counts as found as typed');
  assert.equal(outcome.groups[0]?.name, ARCHIVE_GROUP, 'the topic, found by its name, comes first');
});

test("a printed name is searched as typed, and no result's data is downloaded to find out", async () => {
  const pf = fakePagefind(tagged);
  const outcome = await searchGrouped(pf, context, search('KNB'));
  assert.equal(outcome.expandedFrom, undefined);
  assert.deepEqual(outcome.highlight, ['KNB']);
  assert.deepEqual(
    [...shown(outcome)].sort(),
    [
      [ARCHIVE_GROUP, ['nsc']],
      [FOTN2015, ['2015-p1']],
    ].sort(),
  );
  assert.deepEqual(pf.loaded, []);
});

test("only a topic's other names lead to the passages tagged with it", async () => {
  const notATopic = { ...knb, id: 'not-a-topic', filters: { ...knb.filters, kind: [KIND.incident] } };
  const pf = fakePagefind([notATopic, ...tagged.slice(1)]);
  const outcome = await searchGrouped(pf, context, search('КНБ'));
  assert.equal(outcome.expandedFrom, undefined);
  assert.deepEqual(shown(outcome), [[ARCHIVE_GROUP, ['not-a-topic']]]);
});

test('a name both printed and among the other names is searched as typed', async () => {
  const pf = fakePagefind([topic('kcell', { name: 'Kcell', otherNames: 'KCELL · Кселл' }, 8), paragraph('2015-p1', FOTN2015, 'Kcell and its rivals', 5)]);
  const outcome = await searchGrouped(pf, context, search('KCELL'));
  assert.equal(outcome.expandedFrom, undefined);
  assert.deepEqual(outcome.highlight, ['KCELL']);
});

const names = [
  { name: 'Kazakhtelecom', url: '/topics/kazakhtelecom/', names: ['Kazakhtelecom', 'Казахтелеком'] },
  { name: 'Telegram', url: '/topics/telegram/', names: ['Telegram'] },
];
const telecom = [paragraph('2015-p1', FOTN2015, 'Kazakhtelecom owns the backbone', 5), paragraph('2020-p1', FOTN2020, 'Kazakhtelekomm, a misprint', 1)];

test("a misspelt name shows the nearest name's results instead, with the names it may have meant", async () => {
  const pf = fakePagefind(telecom);
  const found = await searchGrouped(pf, context, search('Kazakhtelekom'));
  assert.equal(found.exactTotal, 0);
  const nearest = await searchNearest(pf, context, search('Kazakhtelekom'), found, names);
  assert.equal(nearest.query, 'Kazakhtelecom');
  assert.equal(nearest.insteadOf, 'Kazakhtelekom');
  assert.deepEqual(shown(nearest.outcome!), [[FOTN2015, ['2015-p1']]]);
  assert.deepEqual(
    nearest.suggestions.map((s) => s.matched),
    ['Kazakhtelecom'],
  );
});

test('when the nearest name finds nothing either, the near spellings found are shown, as typed', async () => {
  const pf = fakePagefind(telecom.slice(1));
  const found = await searchGrouped(pf, context, search('Kazakhtelekom'));
  assert.equal(found.total, 1);
  const nearest = await searchNearest(pf, context, search('Kazakhtelekom'), found, names);
  assert.equal(nearest.outcome, found);
  assert.equal(nearest.query, 'Kazakhtelekom');
  assert.equal(nearest.insteadOf, undefined);
  assert.deepEqual(
    nearest.suggestions.map((s) => s.matched),
    ['Kazakhtelecom'],
  );
});

test('with nothing found and no name near, there is nothing to show and nothing to suggest', async () => {
  const pf = fakePagefind(telecom);
  const found = await searchGrouped(pf, context, search('qwertyuiop'));
  const nearest = await searchNearest(pf, context, search('qwertyuiop'), found, names);
  assert.deepEqual(nearest, { query: 'qwertyuiop', suggestions: [] });
});

test('the name typed is never suggested to itself, quoted or not', async () => {
  const pf = fakePagefind([]);
  const found = await searchGrouped(pf, context, search('"telegram"'));
  const nearest = await searchNearest(pf, context, search('"telegram"'), found, names);
  assert.deepEqual(nearest, { query: '"telegram"', suggestions: [] });
});
