import { test } from 'node:test';
import assert from 'node:assert/strict';
import { releaseDate, releaseDays, releaseMoment } from './release-date.ts';

test('the edition date is the latest of the first edition, the corrections and the added incidents', () => {
  assert.equal(releaseDate({ firstEdition: '2026-11-23', corrections: [], added: [] }), '2026-11-23');
  assert.equal(releaseDate({ firstEdition: '2026-11-23', corrections: ['2026-12-01', '2026-11-30'], added: [undefined, '2026-11-23'] }), '2026-12-01');
  assert.equal(releaseDate({ firstEdition: '2026-11-23', corrections: ['2026-12-01'], added: ['2027-01-10', undefined] }), '2027-01-10');
});

test('it never reads the clock: the same content gives the same date', () => {
  const dates = { firstEdition: '2026-11-23', corrections: ['2026-11-24'], added: [] };
  assert.equal(releaseDate(dates), releaseDate(dates));
  assert.notEqual(releaseDate(dates), new Date().toISOString().slice(0, 10));
});

test('a date that is not a day is refused', () => {
  assert.throws(() => releaseDate({ firstEdition: '2026-11', corrections: [], added: [] }), /expected YYYY-MM-DD/);
  assert.throws(() => releaseDate({ firstEdition: '2026-11-23', corrections: ['2026-13-45'], added: [] }), /not a day/);
});

test('its moment is midnight UTC of that day', () => {
  assert.equal(releaseMoment('2026-11-23').toISOString(), '2026-11-23T00:00:00.000Z');
});

test('every day the content changed began an edition, oldest first', () => {
  assert.deepEqual(releaseDays({ firstEdition: '2026-11-23', corrections: ['2026-12-01', '2026-11-23', '2026-12-01'], added: ['2026-11-25', undefined] }), [
    '2026-11-23',
    '2026-11-25',
    '2026-12-01',
  ]);
});
