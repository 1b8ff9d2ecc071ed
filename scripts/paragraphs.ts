// Lists a section's paragraphs with their anchors, from the built site, for writing incident
// mentions and statistics: `npm run paragraphs -- fotn-2015/blocking-and-filtering` (after a build).
import { readFileSync } from 'node:fs';
import { parse } from 'node-html-parser';

const sectionId = process.argv[2];
if (!sectionId) {
  console.error('usage: npm run paragraphs -- <report>/<section>   e.g. fotn-2015/blocking-and-filtering');
  process.exit(1);
}
const root = parse(readFileSync(`dist/reports/${sectionId}/index.html`, 'utf8'));
for (const block of root.querySelectorAll('.report-text [id^=p]')) {
  block.querySelectorAll('.permalink').forEach((el) => el.remove());
  block.querySelectorAll('.note-ref').forEach((el) => el.replaceWith(`[^${el.text.replace(/\D/g, '')}]`));
  console.log(`${block.id}: ${block.text.replace(/\s+/g, ' ').trim()}\n`);
}
