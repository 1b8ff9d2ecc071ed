// Lists a section's paragraphs with their anchors, from the built site, for writing incident
// mentions and statistics: `npm run paragraphs -- fotn-2015/blocking-and-filtering` (after a build).
// Each paragraph is printed as the text a mention's quote must match: the report's words only,
// without note markers, ¶ links, Cite links or the incidents and themes the archive adds; the
// notes it cites are listed before it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { parse } from 'node-html-parser';
import { outDir } from '../../src/lib/out-dir.ts';

const siteDir = outDir();
const sectionsDir = `${process.env.ARCHIVE_CONTENT_DIR ?? 'content'}/sections`;
const sectionId = process.argv[2];
if (!sectionId || !/^[a-z0-9-]+\/[a-z0-9-]+$/.test(sectionId)) {
  console.error('usage: npm run paragraphs -- <report>/<section>   e.g. fotn-2015/blocking-and-filtering');
  process.exit(1);
}
const file = `${siteDir}/reports/${sectionId}/index.html`;
if (!existsSync(file)) {
  const report = sectionId.split('/')[0]!;
  const sections = existsSync(`${sectionsDir}/${report}`)
    ? readdirSync(`${sectionsDir}/${report}`)
        .filter((f) => f.endsWith('.mdx'))
        .map((f) => `${report}/${f.replace(/\.mdx$/, '')}`)
        .sort()
    : [];
  console.error(
    `${file}: no such page. ${existsSync(siteDir) ? '' : `Run npm run build first. `}${sections.length ? `Sections of ${report}: ${sections.join(', ')}` : `No report "${report}" in content/sections/.`}`,
  );
  process.exit(1);
}
const root = parse(readFileSync(file, 'utf8'));
for (const block of root.querySelectorAll('.report-text [id^=p]')) {
  const text = block.querySelector('.para-text');
  if (!text) continue; // a retired anchor: it says where its text went, and has no text to quote
  const notes = text.querySelectorAll('.note-ref').map((el) => el.text.replace(/\D/g, ''));
  text.querySelectorAll('.note-ref, .truncation-mark').forEach((el) => el.remove());
  console.log(`${block.id}${notes.length ? ` (cites notes ${notes.join(', ')})` : ''}: ${text.text.replace(/\s+/g, ' ').trim()}\n`);
}
