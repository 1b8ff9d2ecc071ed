import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bodyPart } from '../../src/lib/content-rules/content-problem.ts';
import { readingBlockCount } from '../../src/lib/reading/section-body.ts';
import { pageByFile } from './site.ts';

// The build checks references to paragraphs (statistics, incidents, truncated paragraphs) by
// counting a section's blocks in its Markdown, before any page exists. That count must be the
// number of paragraph anchors the reading view gives the page.

const sectionsDir = join(process.env.ARCHIVE_CONTENT_DIR ?? 'content', 'sections');

test('every section has as many paragraph anchors as the build counts in its Markdown', () => {
  const mismatches: string[] = [];
  for (const report of readdirSync(sectionsDir)) {
    for (const file of readdirSync(join(sectionsDir, report)).filter((f) => f.endsWith('.mdx'))) {
      const counted = readingBlockCount(bodyPart(readFileSync(join(sectionsDir, report, file), 'utf8')).body);
      const page = pageByFile(`reports/${report}/${file.replace(/\.mdx$/, '')}/index.html`);
      const anchors = page?.root.querySelectorAll('.report-text [id]').filter((el) => /^p\d+$/.test(el.id)).length;
      if (counted !== anchors) mismatches.push(`${report}/${file}: ${counted} counted, ${anchors ?? 'no page'} on the page`);
    }
  }
  assert.deepEqual(mismatches, []);
});
