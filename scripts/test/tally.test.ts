import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countTests, summaryTable } from './tally.ts';

test("node's runner and Playwright's summaries are both counted", () => {
  assert.deepEqual(countTests('✔ a\nℹ tests 13\nℹ pass 12\nℹ fail 1\n'), { passed: 12, failed: 1 });
  assert.deepEqual(countTests('Running 40 tests using 2 workers\n\n  38 passed (2.1m)\n  2 failed\n'), { passed: 38, failed: 2 });
});

test('a line that only mentions passing counts nothing', () => {
  assert.deepEqual(countTests('the build passed 3 checks\nℹ pass rate 12\n'), { passed: 0, failed: 0 });
});

test('the table gives each step its lane, seconds, outcome and tests', () => {
  const table = summaryTable([
    { name: 'build', lane: 'B', seconds: 15.04, outcome: 'passed', count: { passed: 0, failed: 0 } },
    { name: 'site checks', lane: 'B', seconds: 120, outcome: 'failed', count: { passed: 429, failed: 1 } },
  ]);
  assert.equal(
    table,
    [
      'lane  step            time  outcome  tests',
      '----  -----------  -------  -------  --------------------',
      'B     build         15.0 s  passed',
      'B     site checks  120.0 s  failed   429 passed, 1 failed',
    ].join('\n'),
  );
});
