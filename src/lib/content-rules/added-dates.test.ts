import { test } from 'node:test';
import assert from 'node:assert/strict';
import { missingAddedDates } from './added-dates.ts';

const published = new Set(['reports/fotn-2015/', 'incidents/soundcloud-blocked-2015/']);

test('a report or incident not yet published must say when it was added', () => {
  const problems = missingAddedDates(
    [
      { kind: 'report', id: 'fotn-2016' },
      { kind: 'incident', id: 'test-website-blocked-2016' },
    ],
    published,
  );
  assert.deepEqual(
    problems.map((p) => p.rule),
    [
      'added: is missing, and /reports/fotn-2016/ is not yet in content/published.json; expected the day this report is added to the archive (added: "YYYY-MM-DD"), which /changes/ and the feed announce',
      'added: is missing, and /incidents/test-website-blocked-2016/ is not yet in content/published.json; expected the day this incident is added to the archive (added: "YYYY-MM-DD"), which /changes/ and the feed announce',
    ],
  );
});

test('an entry with its added day, or already published, passes', () => {
  assert.deepEqual(
    missingAddedDates(
      [
        { kind: 'report', id: 'fotn-2016', added: '2026-12-04' },
        { kind: 'report', id: 'fotn-2015' },
        { kind: 'incident', id: 'soundcloud-blocked-2015' },
      ],
      published,
    ),
    [],
  );
});

test('a report and an incident of one name are told apart', () => {
  assert.equal(missingAddedDates([{ kind: 'report', id: 'soundcloud-blocked-2015' }], published).length, 1);
});

test('with nothing published yet (no record), the first edition needs no dates', () => {
  assert.deepEqual(missingAddedDates([{ kind: 'report', id: 'fotn-2016' }], undefined), []);
});
