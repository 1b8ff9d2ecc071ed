import { test } from 'node:test';
import type { HTMLElement } from 'node-html-parser';
import assert from 'node:assert/strict';
import { normaliseSpace as normalise } from '../../src/lib/incidents.ts';
import { pageByFile, pages, resolveUrlPath, siteBase, testOfReport } from './site.ts';

// Rule: a topic page quotes the paragraphs that name the topic; every quote stands word for
// word in the paragraph it links to, in the built report, and what it marks is the topic's
// name or one of its aliases.

const topicPages = () => pages().filter((p) => /^topics\/[^/]+\/index\.html$/.test(p.file));

function paragraphText(citeUrl: string): string | undefined {
  const cite = new URL(citeUrl, 'http://archive.test');
  if (!cite.pathname.startsWith(`${siteBase}reports/`)) return undefined;
  const file = resolveUrlPath(cite.pathname);
  const paragraph = (file ? pageByFile(file) : undefined)?.root.getElementById(cite.hash.slice(1))?.clone() as HTMLElement | undefined;
  paragraph?.querySelectorAll('.permalink, .note-ref, .incident-links').forEach((el) => el.remove());
  return paragraph ? normalise(paragraph.text) : undefined;
}

testOfReport(['fotn-2013', 'fotn-2015', 'fotn-2020'], 'topic pages quote paragraphs (Kazakhtelecom, 20 or more)', () => {
  const kazakhtelecom = pageByFile('topics/kazakhtelecom/index.html')!;
  assert.ok(kazakhtelecom.root.querySelectorAll('blockquote.passage-quote').length >= 20);
});

test("every topic quote is word for word in the paragraph it links to, and marks one of the topic's names", () => {
  const problems: string[] = [];
  for (const page of topicPages()) {
    // The name, and the aliases as the page lists them (an alias may itself hold a comma).
    const name = page.root.querySelector('h1')!.text;
    const aliases = page.root.querySelectorAll('dt').find((dt) => dt.text === 'Also called')?.nextElementSibling?.text ?? '';
    const isName = (m: string) => m === name || aliases === m || aliases.startsWith(`${m}, `) || aliases.endsWith(`, ${m}`) || aliases.includes(`, ${m}, `);
    for (const quote of page.root.querySelectorAll('blockquote.passage-quote')) {
      const cite = quote.getAttribute('cite')!;
      const text = paragraphText(cite);
      if (text === undefined) {
        problems.push(`${page.file}: ${cite} is not a report paragraph`);
        continue;
      }
      const quoted = normalise(quote.text.replace(/^… | …$/g, ''));
      if (!text.includes(quoted)) problems.push(`${page.file}: quote not in ${cite}`);
      const marks = quote.querySelectorAll('mark').map((m) => m.text);
      if (marks.length === 0 || marks.some((m) => !isName(m))) problems.push(`${page.file}: ${cite} marks ${JSON.stringify(marks)}, not a name of the topic`);
    }
  }
  assert.deepEqual(problems, []);
});
