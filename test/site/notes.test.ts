import { test } from 'node:test';
import type { HTMLElement } from 'node-html-parser';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normaliseSpace as normalise } from '../../src/lib/incidents.ts';
import { pageByFile, siteDir } from './site.ts';

// Rule: every note of every report is on its section page, under its printed number, with
// its text exactly as recorded; lost notes say so; every marker leads to a note.

const allNotes = JSON.parse(readFileSync(join(siteDir, 'data', 'citations.json'), 'utf8')) as {
  section: string;
  n: number;
  status: string;
  text: string | null;
  markerLost: boolean;
}[];

test('each note stands on its section page with its number and text', () => {
  const problems: string[] = [];
  for (const note of allNotes) {
    const page = pageByFile(`reports/${note.section}/index.html`);
    const item = page?.root.getElementById(`note-${note.n}`);
    if (!item) {
      problems.push(`${note.section}: no #note-${note.n}`);
      continue;
    }
    if (item.querySelector('.note-number')?.text !== String(note.n)) problems.push(`${note.section} #note-${note.n}: wrong number shown`);
    const text = item.querySelector('.note-text');
    if (note.text !== null) {
      const shown = text?.clone() as HTMLElement | undefined;
      shown?.querySelectorAll('.archived').forEach((el) => el.remove());
      if (normalise(shown?.text ?? '') !== normalise(note.text)) problems.push(`${note.section} #note-${note.n}: text differs`);
    } else if (
      !item.text.includes('Text not in the source copy.') &&
      !(item.hasAttribute('data-lost') && page!.root.querySelectorAll('.notes .notes-lost-statement').length === 1)
    ) {
      // A lost text is said either at the note or, when every text of the list is lost, once for the list.
      problems.push(`${note.section} #note-${note.n}: a missing note must say so`);
    }
    if (note.status === 'truncated' && !item.text.includes('the rest of this note is lost'))
      problems.push(`${note.section} #note-${note.n}: truncation not shown`);
    const backlinks = item.querySelectorAll('.backrefs a').length;
    if (note.markerLost ? backlinks !== 0 : backlinks === 0) problems.push(`${note.section} #note-${note.n}: backlinks do not match the markers`);
  }
  assert.deepEqual(problems, []);
});

test('every note marker on a section page leads to a note on that page', () => {
  const sections = [...new Set(allNotes.map((c) => c.section))];
  const problems = sections.flatMap((section) => {
    const page = pageByFile(`reports/${section}/index.html`)!;
    return page.root
      .querySelectorAll('.note-ref a')
      .flatMap((a) => (page.root.getElementById(a.getAttribute('href')!.slice(1)) ? [] : [`${section}: ${a.getAttribute('href')}`]));
  });
  assert.deepEqual(problems, []);
});
