import { test } from 'node:test';
import assert from 'node:assert/strict';
import { failures, lighthouseTable, lighthouseVerdict, scoresOf, type AuditResult, type LighthouseResult } from './lighthouse-scores.ts';

/** A Lighthouse result with the given audits, each category holding the audits named for it (weight 1). */
function result(url: string, audits: AuditResult[], byCategory: Record<string, string[]>): LighthouseResult {
  const score = (ids: string[]) => ids.reduce((sum, id) => sum + (audits.find((a) => a.id === id)!.score ?? 1), 0) / ids.length;
  return {
    finalDisplayedUrl: url,
    audits: Object.fromEntries(audits.map((a) => [a.id, a])),
    categories: Object.fromEntries(
      Object.entries(byCategory).map(([id, ids]) => [id, { score: score(ids), auditRefs: ids.map((ref) => ({ id: ref, weight: 1 })) }]),
    ),
  };
}

const passing = (id: string): AuditResult => ({ id, title: id, score: 1 });
const consoleErrors = (items: { description: string; url: string }[]): AuditResult => ({
  id: 'errors-in-console',
  title: 'Browser errors were logged to the console',
  score: 0,
  details: { items: items.map((i) => ({ description: i.description, sourceLocation: { url: i.url } })) },
});
const notFound = { name: 'not-found', path: '/no-such-page/' };
const url = 'http://127.0.0.1:4352/no-such-page/';
const status404 = { id: 'http-status-code', title: 'Page has unsuccessful HTTP status code', score: 0, displayValue: '404' };

test('a score below 100 fails, and the table names the audit that cost points', () => {
  const lhr = result(
    'http://x/incidents/',
    [passing('fcp'), { id: 'cls', title: 'Cumulative Layout Shift', score: 0.8, displayValue: '0.116' }, passing('a'), passing('b'), passing('c')],
    {
      performance: ['fcp', 'cls'],
      accessibility: ['a'],
      'best-practices': ['b'],
      seo: ['c'],
    },
  );
  const scores = scoresOf({ name: 'timeline', path: '/incidents/' }, lhr, [90, 88]);
  assert.deepEqual(scores.scores, { performance: 90, accessibility: 100, 'best-practices': 100, seo: 100 });
  assert.deepEqual(failures(scores), ['performance']);
  const table = lighthouseTable([scores]);
  assert.match(table, /\| timeline `\/incidents\/` \| 90 \(runs: 90, 88\) \| 100 \| 100 \| 100 \| performance: Cumulative Layout Shift \(0\.116\) \|/);
  assert.deepEqual(lighthouseVerdict([scores]), { met: false, line: 'Lighthouse 100 in every category on every page: NOT met by /incidents/ (performance).' });
});

test('the 404 page passes with its own 404 status logged, and is shown with its real scores', () => {
  const lhr = result(
    url,
    [
      passing('p'),
      passing('a'),
      consoleErrors([{ description: 'Failed to load resource: the server responded with a status of 404 (Not Found)', url }]),
      status404,
    ],
    {
      performance: ['p'],
      accessibility: ['a'],
      'best-practices': ['errors-in-console'],
      seo: ['http-status-code'],
    },
  );
  const scores = scoresOf(notFound, lhr, [100]);
  assert.equal(scores.scores.seo, 0);
  assert.deepEqual(failures(scores), []);
  assert.match(lighthouseTable([scores]), /SEO: Page has unsuccessful HTTP status code \(404\), expected: a missing page must answer 404/);
  assert.equal(lighthouseVerdict([scores]).met, true);
});

test('any other console error on the 404 page still fails, and so does a 404 elsewhere', () => {
  const withScriptError = result(
    url,
    [
      passing('p'),
      passing('a'),
      consoleErrors([
        { description: 'Failed to load resource: the server responded with a status of 404 (Not Found)', url },
        { description: 'Refused to execute inline script because it violates the following Content Security Policy directive', url },
      ]),
      passing('http-status-code'),
    ],
    {
      performance: ['p'],
      accessibility: ['a'],
      'best-practices': ['errors-in-console'],
      seo: ['http-status-code'],
    },
  );
  assert.deepEqual(failures(scoresOf(notFound, withScriptError, [100])), ['best-practices']);
  const missingScript = result(
    url,
    [
      passing('p'),
      passing('a'),
      consoleErrors([
        { description: 'Failed to load resource: the server responded with a status of 404 (Not Found)', url: 'http://127.0.0.1:4352/_astro/gone.js' },
      ]),
      passing('http-status-code'),
    ],
    {
      performance: ['p'],
      accessibility: ['a'],
      'best-practices': ['errors-in-console'],
      seo: ['http-status-code'],
    },
  );
  assert.deepEqual(failures(scoresOf(notFound, missingScript, [100])), ['best-practices']);
  const elsewhere = result('http://x/data/', [passing('p'), passing('a'), passing('b'), status404], {
    performance: ['p'],
    accessibility: ['a'],
    'best-practices': ['b'],
    seo: ['http-status-code'],
  });
  assert.deepEqual(failures(scoresOf({ name: 'data', path: '/data/' }, elsewhere, [100])), ['seo']);
});

test('a score below 100 with no failing audit to name, or no score at all, still fails', () => {
  const lhr = result('http://x/', [passing('p')], { performance: ['p'] });
  lhr.categories.performance!.score = 0.97;
  assert.deepEqual(failures(scoresOf({ name: 'home', path: '/' }, lhr, [97])), ['performance', 'accessibility', 'best-practices', 'seo']);
});
