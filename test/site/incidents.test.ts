import { test } from 'node:test';
import type { HTMLElement } from 'node-html-parser';
import assert from 'node:assert/strict';
import { normaliseSpace as normalise } from '../../src/lib/incidents.ts';
import { pageByFile, pages, resolveUrlPath, siteBase } from './site.ts';

// Rule: every quote on an incident page stands word for word in the paragraph it links to,
// in the built report (checked here independently of the build-time check), and every
// incident page quotes at least one passage.

const incidentPages = () => pages().filter((p) => /^incidents\/[^/]+\/index\.html$/.test(p.file));

test('there are incident pages', () => {
  assert.ok(incidentPages().length >= 50, `expected 50 or more incident pages, found ${incidentPages().length}`);
});

test('every incident quotes at least one passage', () => {
  assert.deepEqual(incidentPages().filter((p) => p.root.querySelectorAll('blockquote.mention').length === 0).map((p) => p.file), []);
});

test('every quote is word for word in the paragraph it cites', () => {
  const problems: string[] = [];
  for (const page of incidentPages()) {
    for (const quote of page.root.querySelectorAll('blockquote.mention')) {
      const cite = new URL(quote.getAttribute('cite')!, 'http://archive.test');
      const file = resolveUrlPath(cite.pathname);
      const target = file ? pageByFile(file) : undefined;
      const paragraph = target?.root.getElementById(cite.hash.slice(1))?.clone() as HTMLElement | undefined;
      if (!paragraph || !cite.pathname.startsWith(`${siteBase}reports/`)) {
        problems.push(`${page.file}: ${cite.pathname}${cite.hash} is not a report paragraph`);
        continue;
      }
      paragraph.querySelectorAll('.permalink, .note-ref, .incident-links').forEach((el) => el.remove());
      if (!normalise(paragraph.text).includes(normalise(quote.text))) problems.push(`${page.file}: quote not in ${cite.pathname}${cite.hash}`);
    }
  }
  assert.deepEqual(problems, []);
});

test('a paragraph that an incident quotes links back to that incident', () => {
  const missing: string[] = [];
  for (const page of incidentPages()) {
    const own = page.url;
    for (const quote of page.root.querySelectorAll('blockquote.mention')) {
      const cite = new URL(quote.getAttribute('cite')!, 'http://archive.test');
      const paragraph = pageByFile(resolveUrlPath(cite.pathname)!)!.root.getElementById(cite.hash.slice(1))!;
      if (!paragraph.querySelectorAll('.incident-links a').some((a) => a.getAttribute('href') === own)) {
        missing.push(`${cite.pathname}${cite.hash} does not link to ${own}`);
      }
    }
  }
  assert.deepEqual(missing, []);
});

test('the timeline lists every incident without JavaScript', () => {
  const timeline = pageByFile('incidents/index.html')!;
  const listed = new Set(timeline.root.querySelectorAll('#timeline .incident-title a').map((a) => a.getAttribute('href')));
  assert.deepEqual(incidentPages().filter((p) => !listed.has(p.url)).map((p) => p.url), []);
});
