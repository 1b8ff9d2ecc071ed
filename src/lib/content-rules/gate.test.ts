import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fingerprint, sourceParagraphs } from '../anchors/paragraph-anchors.ts';
import { MAX_NOTE_ROWS } from '../reading/note-groups.ts';
import { formatProblem } from './content-problem.ts';
import { checkArchive, type ArchiveInput, type IncidentInput, type SectionInput } from './gate.ts';

// The smallest sound archive, as plain data: one report with one section of two paragraphs
// (the first cites note 1), its lockfile, one incident quoting the first paragraph, one theme.
function section(body: string, html: string, notes = [{ n: 1, markerLost: false, text: 'A source.' }]): SectionInput {
  return {
    id: 'r/s',
    file: 'content/sections/r/s.mdx',
    data: { report: { collection: 'reports', id: 'r' }, order: 0, level: 1, notes, truncatedParagraphs: [] },
    body,
    html,
  };
}
function lockFor(body: string) {
  const paragraphs = sourceParagraphs(body).map((text, i) => ({ id: `p${i + 1}`, fingerprint: fingerprint(text), starts: text.slice(0, 20) }));
  return { id: 'r/s', file: 'content/anchors/r/s.yaml', data: { paragraphs, retired: [] } };
}
const body = 'The ministry blocked the site.[^1]\n\nSecond paragraph.';
const html = '<p>The ministry blocked the site.[^1]</p>\n<p>Second paragraph.</p>';
const incidentText = `title: Site blocked
date: "2015"
categories: [blocking]
summary: The ministry blocked the site, the report says.
mentions:
  - section: r/s
    paragraph: p1
    quote: "The ministry blocked the site."
    notes: [1]
`;
function incident(mention: Partial<IncidentInput['data']['mentions'][number]> = {}): IncidentInput {
  return {
    id: 'site-blocked-2015',
    file: 'content/incidents/site-blocked-2015.yaml',
    text: incidentText,
    data: {
      title: 'Site blocked',
      summary: 'The ministry blocked the site, the report says.',
      date: '2015',
      categories: ['blocking'],
      topics: [],
      mentions: [{ section: { collection: 'sections', id: 'r/s' }, paragraph: 'p1', quote: 'The ministry blocked the site.', notes: [1], ...mention }],
    },
  };
}
function archive(over: Partial<ArchiveInput> = {}): ArchiveInput {
  return {
    reports: [{ id: 'r', file: 'content/reports/r.mdx', data: { kind: 'country-profile', edition: 2015, sourceFile: 'r.txt', reuse: { printed: null } } }],
    sections: [section(body, html)],
    anchors: [lockFor(body)],
    incidents: [incident()],
    topics: [],
    statistics: [],
    themes: [{ id: 'blocking', file: 'content/themes/blocking.yaml', text: 'order: 1\npassages:\n  - section: r/s\n    paragraphs: [p1]\n', data: { order: 1, passages: [{ section: 'r/s', paragraphs: ['p1'], reason: 'Blocking.' }] } }],
    corrections: [],
    moves: [],
    archive: { firstEdition: '2026-11-23' },
    review: {
      cues: { file: 'content/review/category-cues.yaml', problems: [] },
      categoryReview: { file: 'content/review/category-review.yaml', problems: [] },
      reviews: { file: 'content/review/reviews.yaml', problems: [], folder: 'content/review', files: new Map() },
    },
    sources: new Map([['r.txt', 'The source text.']]),
    ...over,
  };
}
const lines = (input: ArchiveInput) => checkArchive(input).map(formatProblem);

test('a sound archive has no problems', () => {
  assert.deepEqual(lines(archive()), []);
});

test('a quote that is not word for word in its paragraph, as the reading view renders it, is a problem at its line', () => {
  assert.deepEqual(lines(archive({ incidents: [incident({ quote: 'The ministry banned the site.' })] })), [
    'content/incidents/site-blocked-2015.yaml:8: mentions.0.quote: (r/s) not found word for word in p1; expected an exact extract of that paragraph (without note markers)',
  ]);
});

test('a note the quoted paragraph does not cite is a problem', () => {
  const [problem, ...rest] = lines(archive({ incidents: [incident({ paragraph: 'p2', quote: 'Second paragraph.' })] }));
  assert.deepEqual(rest, []);
  assert.match(problem!, /^content\/incidents\/site-blocked-2015\.yaml:\d+: mentions\.0\.notes: \(r\/s\) note 1 is not cited in p2; expected one of \[\]$/);
});

test('a theme naming a paragraph the section lacks, a move left unrecorded and a missing archive.yaml are all listed together', () => {
  const problems = lines(
    archive({
      themes: [{ id: 'blocking', file: 'content/themes/blocking.yaml', text: 'order: 1\npassages:\n  - section: r/s\n    paragraphs: [p9]\n', data: { order: 1, passages: [{ section: 'r/s', paragraphs: ['p9'], reason: 'Blocking.' }] } }],
      moves: [{ id: 'old', file: 'content/moves/old.yaml', text: 'from: incidents/site-blocked-2015/\nto: incidents/x/\ndate: 2026-12-01\n', data: { from: 'incidents/site-blocked-2015/', to: 'incidents/x/', date: '2026-12-01' } }],
      archive: undefined,
    }),
  );
  assert.deepEqual(problems, [
    'content/themes/blocking.yaml:4: passages.0.paragraphs.0: "p9" is not a paragraph of r/s; expected one of p1, p2 (content/anchors/r/s.yaml)',
    'content/moves/old.yaml:1: from: "incidents/site-blocked-2015/" is still a page; expected the old address of a renamed page',
    'content/moves/old.yaml:2: to: "incidents/x/" is no page; expected the new address of an incident or topic',
    'content/moves/old.yaml:3: date: no correction records this move; expected a file in content/corrections/ dated 2026-12-01 whose targets include "incidents/site-blocked-2015/"',
    'content/archive.yaml: firstEdition: is missing; expected the first edition\'s date, e.g. firstEdition: "2026-11-23"',
  ]);
});

test('a paragraph the lockfile does not know is an anchor problem, and the section\'s reading view is then not checked', () => {
  const changed = 'The ministry blocked the site.[^1]\n\nA new paragraph.';
  const problems = lines(archive({ sections: [section(changed, '<p>The ministry blocked the site.[^1]</p>\n<p>A new paragraph.</p>')], incidents: [incident({ quote: 'Not in the text.' })] }));
  assert.equal(problems.length, 2, problems.join('\n'));
  assert.match(problems[0]!, /^content\/sections\/r\/s\.mdx: body: paragraph 2 \(“A new paragraph\.”\) has no permanent anchor/);
  assert.match(problems[1]!, /^content\/sections\/r\/s\.mdx: body: p2 \(“Second paragraph\.”\) matches no paragraph/);
});

test('notes cited past the blocks the margin layout can place are a problem', () => {
  const many = Array.from({ length: MAX_NOTE_ROWS + 1 }, (_, i) => `Paragraph ${i + 1}.${i === MAX_NOTE_ROWS ? '[^1]' : ''}`);
  const longBody = many.join('\n\n');
  const longHtml = many.map((p) => `<p>${p}</p>`).join('\n');
  assert.deepEqual(lines(archive({ sections: [section(longBody, longHtml)], anchors: [lockFor(longBody)], incidents: [], themes: [] })), [
    `content/sections/r/s.mdx: notes: notes 1 are cited in block ${MAX_NOTE_ROWS + 1} of the section; expected the margin layout to hold them: it places notes in the first ${MAX_NOTE_ROWS} blocks only (raise MAX_NOTE_ROWS in src/lib/reading/note-groups.ts and add its classes to src/styles/reading.css)`,
  ]);
});
