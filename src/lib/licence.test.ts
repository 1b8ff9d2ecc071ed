import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ARCHIVE_LICENCE, reportRightsText, reuseStatementProblem } from './licence.ts';

const source = 'Kazakhstanie NET 2020\n...\n@2021 FreedomHouse\n';

test('the archive’s licence is CC BY 4.0, with its SPDX id and canonical URL', () => {
  assert.deepEqual(
    { ...ARCHIVE_LICENCE },
    {
      name: 'Creative Commons Attribution 4.0 International',
      short: 'CC BY 4.0',
      spdx: 'CC-BY-4.0',
      url: 'https://creativecommons.org/licenses/by/4.0/',
    },
  );
});

test('a report’s rights: its publisher’s work, and what its source prints, quoted', () => {
  assert.equal(
    reportRightsText({ name: 'Freedom House', basis: 'stated' }, { printed: '@2021 FreedomHouse', line: 3 }),
    'The report’s text is the work of its publisher, Freedom House, reproduced here as printed; the archive’s licence does not cover it. On copyright or reuse, the source prints only “@2021 FreedomHouse” (L3).',
  );
  assert.match(
    reportRightsText({ name: 'OpenNet Initiative', basis: 'inferred' }, { printed: null }),
    /publisher, OpenNet Initiative \(inferred, as above\), reproduced/,
  );
  assert.match(
    reportRightsText({ name: null, basis: 'unknown' }, { printed: null }),
    /publisher, whom the source does not name, .* The source states nothing about copyright or reuse\.$/,
  );
});

test('a reuse statement must stand word for word on the line it names', () => {
  assert.equal(reuseStatementProblem(source, { printed: '@2021 FreedomHouse', line: 3 }), undefined);
  assert.equal(reuseStatementProblem(source, { printed: null }), undefined);
  assert.match(
    reuseStatementProblem(source, { printed: '© 2021 Freedom House', line: 3 })!,
    /^printed: .* is not on line 3 of the source \(it reads “@2021 FreedomHouse”\)/,
  );
  assert.match(reuseStatementProblem(source, { printed: '@2021 FreedomHouse', line: 1 })!, /is not on line 1/);
  assert.match(reuseStatementProblem(source, { printed: '@2021 FreedomHouse' })!, /^line: missing/);
  assert.match(reuseStatementProblem(source, { printed: '@2021 FreedomHouse', line: 99 })!, /no line 99/);
  assert.match(reuseStatementProblem(source, { printed: null, line: 3 })!, /^line: 3 is given for nothing printed/);
});
