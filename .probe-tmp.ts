import { measureSearchCosts } from './scripts/search-bytes.ts';
const qs = process.argv.slice(2);
const costs = await measureSearchCosts('dist', qs);
for (const c of costs) {
  console.log(`${c.query}: first ${(c.firstBytes/1024).toFixed(1)} KiB, further (${c.furtherQuery}) ${(c.furtherBytes/1024).toFixed(1)} KiB`);
  for (const r of c.firstRequests) console.log(`   ${(r.bytes/1024).toFixed(1)}  ${r.url.replace(/^http:\/\/[^/]+/, '')}`);
}
