import { test } from 'node:test';
import assert from 'node:assert/strict';
import { datasetJsonLd, temporalCoverage } from './dataset-meta.ts';

test('the temporal coverage runs from the earliest start to the latest end, each at its precision', () => {
  assert.equal(temporalCoverage(['2014-06', '2015-05', '1994', '2020-05-31', '2019-06-01']), '1994/2020-05-31');
  // A year ends after any day inside it; a month after its days.
  assert.equal(temporalCoverage(['2020-05-31', '2020', '2012-03']), '2012-03/2020');
  assert.equal(temporalCoverage(['2020-06-30', '2020-06']), '2020-06/2020-06-30');
  assert.equal(temporalCoverage(['~2007', '2013-04']), '2007/2013-04');
  assert.throws(() => temporalCoverage([]), /no dates/);
});

test('the Dataset declares its licence, dates, coverage and, on each file, the licence', () => {
  const ld = datasetJsonLd({
    url: 'https://a.example/data/',
    files: [{ name: 'scores', title: 'Scores', description: 'D.', url: (e) => `https://a.example/data/scores.${e}` }],
    facts: { datePublished: '2026-11-23', dateModified: '2026-12-04', coveredDates: ['1994', '2020-05-31'] },
  });
  assert.equal(ld.license, 'https://creativecommons.org/licenses/by/4.0/');
  assert.equal(ld.datePublished, '2026-11-23');
  assert.equal(ld.dateModified, '2026-12-04');
  assert.equal(ld.temporalCoverage, '1994/2020-05-31');
  assert.deepEqual(ld.spatialCoverage, { '@type': 'Country', name: 'Kazakhstan' });
  const distribution = ld.distribution as Record<string, unknown>[];
  assert.equal(distribution.length, 2);
  for (const d of distribution) assert.equal(d.license, 'https://creativecommons.org/licenses/by/4.0/');
});
