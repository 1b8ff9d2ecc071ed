// What `npm test` reports about each step: how many tests a step's output says passed and
// failed, and the closing table of steps and seconds. Pure, so run.ts only runs commands.

export interface Count {
  passed: number;
  failed: number;
}

/**
 * The tests a step's whole output reports: node's runner ends with "ℹ pass 12" / "ℹ fail 0",
 * Playwright with "  12 passed" / "  1 failed". Output without either counts nothing.
 */
export function countTests(output: string): Count {
  const sum = (pattern: RegExp) => [...output.matchAll(pattern)].reduce((total, [, n]) => total + Number(n), 0);
  return {
    passed: sum(/^ℹ pass (\d+)$/gm) + sum(/^\s*(\d+) passed\b/gm),
    failed: sum(/^ℹ fail (\d+)$/gm) + sum(/^\s*(\d+) failed\b/gm),
  };
}

export interface StepResult {
  name: string;
  lane: string;
  seconds: number;
  /** 'passed', 'failed', or 'stopped' when another step's failure ended it. */
  outcome: 'passed' | 'failed' | 'stopped';
  count: Count;
}

/** The closing table: one row a step, in the order the steps ended. */
export function summaryTable(results: StepResult[]): string {
  const rows = results.map((r) => [
    r.lane,
    r.name,
    `${r.seconds.toFixed(1)} s`,
    r.outcome,
    r.count.passed + r.count.failed > 0 ? `${r.count.passed} passed, ${r.count.failed} failed` : '',
  ]);
  const header = ['lane', 'step', 'time', 'outcome', 'tests'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 2 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
