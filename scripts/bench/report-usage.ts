// Loaded with `node --import` by scripts/bench/scale.ts: as the process exits, writes its own
// resource use (CPU time, peak resident memory) to USAGE_REPORT, so the bench measures the
// build itself rather than a wrapper.
import { writeFileSync } from 'node:fs';

const report = process.env.USAGE_REPORT;
if (report) process.on('exit', () => writeFileSync(report, JSON.stringify(process.resourceUsage())));
