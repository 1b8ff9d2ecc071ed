import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkMention, datesDisagree, groupByReport, groupByYear, relatedIncidents, timelineOrder } from './incidents.ts';

test('the timeline puts a year-only event before the months of that year, and months before their days', () => {
  const items = [
    { id: 'd', date: '2015-02-14' },
    { id: 'c', date: '2015-02' },
    { id: 'a', date: '2014-12-31' },
    { id: 'b', date: '2015' },
    { id: 'e', date: '~2015' },
    { id: 'f', date: '2015-03' },
  ];
  assert.deepEqual(
    timelineOrder(items).map((i) => i.id),
    ['a', 'b', 'e', 'c', 'd', 'f'],
  );
});

test('groups follow the years in order', () => {
  const groups = groupByYear([
    { id: 'x', date: '2020-01' },
    { id: 'y', date: '~2007' },
    { id: 'z', date: '2020' },
  ]);
  assert.deepEqual(
    groups.map((g) => [g.year, g.items.map((i) => i.id)]),
    [
      [2007, ['y']],
      [2020, ['z', 'x']],
    ],
  );
});

test('dates that contain one another agree; different months disagree', () => {
  assert.equal(
    datesDisagree([
      { report: 'a', date: '2014' },
      { report: 'b', date: '2014-04-23' },
    ]),
    false,
  );
  assert.equal(
    datesDisagree([
      { report: 'a', date: '2014-05' },
      { report: 'b', date: '2014-04-23' },
    ]),
    true,
  );
  assert.equal(datesDisagree([{ report: 'a' }, { report: 'b', date: '2014-04' }]), false);
  assert.equal(
    datesDisagree([
      { report: 'a', date: '1999' },
      { report: 'b', date: '~2004' },
    ]),
    true,
  );
});

test('related incidents share topics, ranked by how much they share', () => {
  const all = [
    { id: 'main', date: '2015', topics: ['a', 'b'], categories: ['blocking'] },
    { id: 'one-topic', date: '2015', topics: ['a'], categories: ['blocking'] },
    { id: 'two-topics', date: '2010', topics: ['a', 'b'], categories: ['activism'] },
    { id: 'nothing', date: '2015', topics: ['c'], categories: ['blocking'] },
  ];
  assert.deepEqual(
    relatedIncidents(all[0]!, all).map((i) => i.id),
    ['two-topics', 'one-topic'],
  );
});

test('a mention is checked against its paragraph: anchor, exact quote, and notes', () => {
  const paragraphs = [{ id: 'p1', text: 'In early May 2015, access to SoundCloud  was blocked.', notes: [39] }];
  assert.deepEqual(checkMention({ paragraph: 'p1', quote: 'access to SoundCloud was blocked.', notes: [39] }, paragraphs), []);
  assert.match(checkMention({ paragraph: 'p2', quote: 'x', notes: [] }, paragraphs)[0]!, /"p2" is not a paragraph/);
  assert.match(checkMention({ paragraph: 'p1', quote: 'access to Soundcloud was blocked', notes: [] }, paragraphs)[0]!, /quote: not found word for word/);
  assert.match(checkMention({ paragraph: 'p1', quote: 'access to SoundCloud', notes: [40] }, paragraphs)[0]!, /note 40 is not cited in p1/);
});

test('items are grouped by report in the order of the reports, keeping their own order within a group', () => {
  const items = [
    { id: 'm1', report: 'fotn-2020' },
    { id: 'm2', report: 'oni-2007' },
    { id: 'm3', report: 'fotn-2020' },
  ];
  const groups = groupByReport(items, (i) => i.report, ['oni-2007', 'fotn-2015', 'fotn-2020']);
  assert.deepEqual(
    groups.map((g) => [g.report, g.items.map((i) => i.id)]),
    [
      ['oni-2007', ['m2']],
      ['fotn-2020', ['m1', 'm3']],
    ],
  );
  assert.deepEqual(
    groupByReport(items, (i) => i.report, []),
    [],
  );
});
