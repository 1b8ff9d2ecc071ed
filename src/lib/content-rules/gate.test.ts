import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { checkArchive, type ArchiveInput } from './gate.ts';
import { bodyPart, formatProblem, yamlPart } from './content-problem.ts';
import { renderSectionBody } from '../reading/section-body.ts';
import { fingerprint, sourceParagraphs } from '../anchors/paragraph-anchors.ts';
import { MAX_NOTE_ROWS } from '../reading/note-groups.ts';

// The content gate (gate.ts) on the smallest valid archive, test/fixtures/valid/, read into
// plain entries as the build's loader gives them. Each test changes one thing in one file, as an
// author might, and checks the exact problems, as the build prints them:
// "file:line: field: what is wrong; expected …". (The files' own checks, which run as they
// load, are tested in src/data/checked-glob.test.ts; that the build and `npm run check:content`
// stop with these problems, in test/content-errors/.)

const FIXTURE = new URL('../../../test/fixtures/valid/', import.meta.url);
const files = (folder: string): string[] =>
  readdirSync(new URL(folder, FIXTURE), { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(ya?ml|mdx|txt)$/.test(name))
    .sort()
    .map((name) => `${folder}${name}`);

/** One change to a file of the fixture: replace text in it, or write it (a new file, or one replaced whole). */
type Change = [path: string, from: string | RegExp, to: string] | [path: string, write: string];

const ref = (collection: string, id: string) => ({ collection, id });

/**
 * The valid fixture with some files changed, as the gate's input: each entry carries its id, its
 * data (with the schema's defaults the gate reads, and references as Astro gives them), the file
 * as messages name it (content/…), and its text, so problems name lines.
 */
function archive(...changes: Change[]): ArchiveInput {
  const texts = new Map<string, string>();
  for (const path of [
    'reports/',
    'sections/',
    'anchors/',
    'incidents/',
    'topics/',
    'statistics/',
    'themes/',
    'corrections/',
    'moves/',
    'review/',
    'sources/',
  ].flatMap(files)) {
    texts.set(path, readFileSync(new URL(path, FIXTURE), 'utf8'));
  }
  for (const path of ['themes-general.yaml', 'archive.yaml']) texts.set(path, readFileSync(new URL(path, FIXTURE), 'utf8'));
  for (const change of changes) {
    const [path, from, to] = change;
    if (to === undefined) {
      texts.set(path, from as string);
      continue;
    }
    const text = texts.get(path);
    const changed = text?.replace(from, to);
    if (text === undefined || changed === text) throw new Error(`the change did not apply to ${path}`);
    texts.set(path, changed!);
  }
  const entries = (folder: string, extension: string) =>
    [...texts]
      .filter(([path]) => path.startsWith(folder) && path.endsWith(extension))
      .map(([path, text]) => {
        const mdx = extension === '.mdx';
        return {
          id: path.slice(folder.length, -extension.length),
          file: `content/${path}`,
          text,
          data: parse(yamlPart(text, path)!.yaml),
          body: mdx ? bodyPart(text).body.trim() : '',
        };
      });
  // The review files as src/data/review-records.ts gives them once they fit their schemas.
  const reviewed = (name: string) => {
    const text = texts.get(`review/${name}`)!;
    return { file: `content/review/${name}`, text, data: parse(text), problems: [] };
  };
  return {
    reports: entries('reports/', '.mdx').map(({ body: _, ...report }) => report),
    sections: entries('sections/', '.mdx').map(({ data, body, ...section }) => ({
      ...section,
      data: {
        ...data,
        report: ref('reports', data.report),
        notes: (data.notes ?? []).map((n: object) => ({ markerLost: false, ...n })),
        truncatedParagraphs: data.truncatedParagraphs ?? [],
      },
      body,
      html: renderSectionBody(body),
    })),
    anchors: entries('anchors/', '.yaml').map(({ data, body: _, ...lock }) => ({ ...lock, data: { ...data, retired: data.retired ?? [] } })),
    incidents: entries('incidents/', '.yaml').map(({ data, body: _, ...incident }) => ({
      ...incident,
      data: {
        ...data,
        places: data.places ?? [],
        topics: (data.topics ?? []).map((id: string) => ref('topics', id)),
        mentions: data.mentions.map((m: { section: string; notes?: number[] }) => ({ ...m, section: ref('sections', m.section), notes: m.notes ?? [] })),
      },
    })),
    topics: entries('topics/', '.yaml'),
    statistics: entries('statistics/', '.yaml').map(({ data, body: _, ...series }) => ({
      ...series,
      data: {
        ...data,
        values: data.values.map((v: { report: string; section?: string }) => ({
          ...v,
          report: ref('reports', v.report),
          ...(v.section ? { section: ref('sections', v.section) } : {}),
        })),
      },
    })),
    themes: entries('themes/', '.yaml'),
    themeGeneral: {
      id: 'general',
      file: 'content/themes-general.yaml',
      text: texts.get('themes-general.yaml'),
      data: parse(texts.get('themes-general.yaml')!),
    },
    corrections: entries('corrections/', '.yaml'),
    moves: entries('moves/', '.yaml'),
    archive: parse(texts.get('archive.yaml')!),
    review: {
      cues: reviewed('category-cues.yaml'),
      categoryReview: reviewed('category-review.yaml'),
      reviews: {
        ...reviewed('reviews.yaml'),
        folder: 'content/review',
        files: new Map(
          [...texts]
            .filter(([path]) => /^review\/incident-review-.*\.yaml$/.test(path))
            .map(([path, text]) => [path.slice('review/'.length), { file: { entries: parse(text) }, text }]),
        ),
      },
    },
    sources: new Map([...texts].filter(([path]) => path.startsWith('sources/')).map(([path, text]) => [path.slice('sources/'.length), text])),
  } as ArchiveInput;
}

/**
 * The words of a section's one paragraph changed, and its lockfile brought up to date as
 * `npm run anchors` would, so a quote can change with its paragraph.
 */
function reword(section: string, from: string, to: string): Change[] {
  const [paragraph] = sourceParagraphs(bodyPart(readFileSync(new URL(`sections/${section}.mdx`, FIXTURE), 'utf8')).body);
  return [
    [`sections/${section}.mdx`, from, to],
    [`anchors/${section}.yaml`, /fingerprint: ".*"/, `fingerprint: "${fingerprint(paragraph!.replace(from, to))}"`],
  ];
}

/** The gate's problems with the fixture after these changes, as the build prints them. */
const problems = (...changes: Change[]) => checkArchive(archive(...changes)).map(formatProblem);

const report = 'reports/mini.mdx';
const partOne = 'sections/mini/part-one.mdx';
const partTwo = 'sections/mini/part-two.mdx';
const incident = 'incidents/example-blocked.yaml';
const statistic = 'statistics/example-share.yaml';
const lockOne = 'anchors/mini/part-one.yaml';

test('the valid fixture has no problems, so the problems below are caused by the changes', () => {
  assert.deepEqual(problems(), []);
});

// Sections: their report, notes, outline and truncated paragraphs.

test('a note marker with no note names the line of the marker', () => {
  // (A marker is no word of the paragraph, so its permanent anchor still matches.)
  assert.deepEqual(problems([partOne, 'And another.[^2]', 'And another.[^2][^3]']), [
    'content/sections/mini/part-one.mdx:11: body: marker [^3] has no note; expected an entry with n: 3 under notes',
  ]);
});

test('a section of a report that does not exist names its report field', () => {
  assert.deepEqual(problems([partTwo, 'report: "mini"', 'report: "nope"']), [
    'content/sections/mini/part-two.mdx:2: report: "nope" is not a report; expected one of mini',
    // The report's key development names part-two, which is no longer a section of it.
    'content/reports/mini.mdx:26: keyDevelopments.items.0.sections: "part-two" is not a section of this report; expected a file content/sections/mini/part-two.mdx',
  ]);
});

test('two sections with the same order: both files are named, and the message says "duplicate"', () => {
  assert.deepEqual(problems([partTwo, 'order: 1', 'order: 0']), [
    'content/sections/mini/part-one.mdx:3: order: duplicate order 0, also used by content/sections/mini/part-two.mdx; expected each section to have its own order',
    'content/sections/mini/part-two.mdx:3: order: duplicate order 0, also used by content/sections/mini/part-one.mdx; expected each section to have its own order',
  ]);
});

test('a gap in the order blames the section after the gap, and no other', () => {
  assert.deepEqual(problems([partTwo, 'order: 1', 'order: 2']), [
    'content/sections/mini/part-two.mdx:3: order: is 2, but no section has order 1; expected 1 (orders run 0, 1, 2 … without gaps)',
  ]);
});

test('a truncated paragraph that does not exist names the field and the paragraphs there are', () => {
  assert.deepEqual(problems([partTwo, 'level: 2', 'level: 2\ntruncatedParagraphs: [{ paragraph: p9, evidence: "x" }]']), [
    'content/sections/mini/part-two.mdx:6: truncatedParagraphs.0.paragraph: this section has no p9; expected one of its paragraph anchors (p1)',
  ]);
});

// Reports: key developments, scores, the source file and what it prints about reuse.

test('a key development pointing at a missing section names the line of its sections', () => {
  assert.deepEqual(problems([report, 'sections: [part-two]', 'sections: [part-three]']), [
    'content/reports/mini.mdx:26: keyDevelopments.items.0.sections: "part-three" is not a section of this report; expected a file content/sections/mini/part-three.mdx',
  ]);
});

test('categories that do not add up to the total name the report file and the field', () => {
  assert.deepEqual(problems([report, 'score: 23, max: 35', 'score: 22, max: 35']), [
    'content/reports/mini.mdx:19: scores.0.scores.0.score: 2015: categories sum to 60, total is 61; expected the parts as printed to add up to the whole as printed',
  ]);
});

test('a missing source file names the report that names it, and the field', () => {
  assert.deepEqual(problems([report, 'sourceFile: "900_0000000000000000.txt"', 'sourceFile: "901_0000000000000000.txt"']), [
    'content/reports/mini.mdx:9: sourceFile: "901_0000000000000000.txt" is not in content/sources/; expected the report\'s raw source text saved under that name',
  ]);
});

test('what a report says its source prints about reuse must stand on the source line it names', () => {
  assert.deepEqual(problems([report, 'reuse: { printed: null }', 'reuse: { printed: "© Fixture Publisher", line: 1 }']), [
    'content/reports/mini.mdx:11: reuse.printed: “© Fixture Publisher” is not on line 1 of the source (it reads “Fixture Publisher”); expected the words exactly as printed there',
  ]);
});

// Incidents: references, quotes, and the archive's own words (incident-rules.ts, category-rules.ts).

test('an incident pointing at a topic that does not exist names the topic, once', () => {
  assert.deepEqual(problems([incident, 'topics: [example-platform]', 'topics: [no-such-topic]']), [
    'content/incidents/example-blocked.yaml:7: topics.0: "no-such-topic" is not a topic; expected a file content/topics/no-such-topic.yaml',
  ]);
});

test('an incident quote that is not word for word in its paragraph is named once', () => {
  assert.deepEqual(problems([incident, 'quote: "A first paragraph that cites a note."', 'quote: "A first paragraph which cites a note."']), [
    'content/incidents/example-blocked.yaml:10: mentions.0.quote: (mini/part-one) not found word for word in p1; expected an exact extract of that paragraph (without note markers)',
  ]);
});

test('a note the quoted paragraph does not cite is named', () => {
  assert.deepEqual(problems([incident, 'quote: "A second paragraph with no notes."', 'quote: "A second paragraph with no notes.", notes: [1]']), [
    'content/incidents/example-blocked.yaml:11: mentions.1.notes: (mini/part-two) note 1 is not cited in p1; expected one of []',
  ]);
});

test('a mention of a paragraph or section that does not exist names the mention', () => {
  assert.deepEqual(problems([incident, 'section: "mini/part-two", paragraph: "p1"', 'section: "mini/part-two", paragraph: "p2"']), [
    'content/incidents/example-blocked.yaml:11: mentions.1.paragraph: mini/part-two has no p2; expected one of its paragraph anchors (p1)',
  ]);
  assert.deepEqual(problems([incident, 'section: "mini/part-two"', 'section: "mini/part-nine"']), [
    'content/incidents/example-blocked.yaml:11: mentions.1.section: "mini/part-nine" is not a section; expected "<report>/<slug>" of a file in content/sections/',
  ]);
});

test('a summary with a number that no quote gives names the number', () => {
  const summary = 'summary: "A fixture incident that the tests use to check references."';
  assert.deepEqual(problems([incident, summary, 'summary: "A fixture incident that blocked 125 sites, as the tests use it."']), [
    "content/incidents/example-blocked.yaml:8: summary: states the number 125, which no quoted passage, cited note or date of this incident gives; expected every number in the summary to stand in a mention's quote or a note it cites",
  ]);
  assert.deepEqual(problems([incident, summary, 'summary: "A fixture incident that blocked three sites, as the tests use it."']), [
    "content/incidents/example-blocked.yaml:8: summary: states the number 3, which no quoted passage, cited note or date of this incident gives; expected every number in the summary to stand in a mention's quote or a note it cites",
  ]);
});

test('a title with a number that no quote gives names the title', () => {
  assert.deepEqual(problems([incident, 'title: "Example blocked"', 'title: "Example blocked 3 times"']), [
    "content/incidents/example-blocked.yaml:1: title: states the number 3, which no quoted passage, cited note or date of this incident gives; expected every number in the title to stand in a mention's quote or a note it cites",
  ]);
});

test('a title and summary that state as fact what every quote hedges are named, with the hedged words', () => {
  // Both paragraphs, and so both quotes, now hedge: no mention states it plainly.
  const found = problems(
    [incident, 'quote: "A first paragraph that cites a note."', 'quote: "A first paragraph that reportedly cites a note."'],
    ...reword('mini/part-one', 'that cites', 'that reportedly cites'),
    [incident, 'quote: "A second paragraph with no notes."', 'quote: "A second paragraph, allegedly with no notes."'],
    ...reword('mini/part-two', 'paragraph with', 'paragraph, allegedly with'),
  );
  assert.deepEqual(found, [
    'content/incidents/example-blocked.yaml:1: title: states as fact what mention 1 (mini/part-one p1) hedges: “A first paragraph that reportedly cites a note.”, and no mention states it plainly; expected the title to hedge or attribute it too (“reportedly”, “allegedly”, “according to …”, “… said”, “users complained”), or `plainly` naming words of a quote that state the event with no hedge',
    'content/incidents/example-blocked.yaml:8: summary: states as fact what mention 1 (mini/part-one p1) hedges: “A first paragraph that reportedly cites a note.”, and no mention states it plainly; expected the summary to hedge or attribute it too (“reportedly”, “allegedly”, “according to …”, “… said”, “users complained”), or `plainly` naming words of a quote that state the event with no hedge',
  ]);
});

test('a date disagreement flag over compatible dates names the dates', () => {
  const summary = 'summary: "A fixture incident that the tests use to check references."';
  assert.deepEqual(
    problems([incident, summary, `${summary}\ndisagreement: { about: date, text: "Part One says February 2015; Part Two says 2015.", mentions: [1, 2] }`]),
    [
      'content/incidents/example-blocked.yaml:9: disagreement.about: is "date", but the listed mentions give compatible dates (2015-02, 2015); expected dates that cannot both be true, or no flag (say why they agree in `compatible`)',
    ],
  );
});

test('mentions whose dates cannot both be true need a disagreement flag, and pass with one', () => {
  const conflicting: Change = [incident, 'date: "2015" }', 'date: "2014" }'];
  assert.deepEqual(problems(conflicting), [
    'content/incidents/example-blocked.yaml:9: mentions: give dates that cannot all be true (mention 1: 2015-02; mention 2: 2014); expected a `disagreement` that shows them, or a `compatible` note saying why they agree',
  ]);
  const summary = 'summary: "A fixture incident that the tests use to check references."';
  const flagged: Change = [
    incident,
    summary,
    `${summary}\ndisagreement: { about: date, text: "Part One says February 2015; Part Two says 2014.", mentions: [1, 2] }`,
  ];
  assert.deepEqual(problems(conflicting, flagged), []);
});

test('a category suggested by a cue in a quote, and settled nowhere, names the cue', () => {
  const found = problems(
    [incident, 'quote: "A second paragraph with no notes."', 'quote: "A second paragraph where users were detained."'],
    ...reword('mini/part-two', 'with no notes', 'where users were detained'),
  );
  assert.deepEqual(found, [
    'content/incidents/example-blocked.yaml:3: categories: lacks prosecution-or-detention, which the cue “detain*” in a quote suggests (content/review/category-cues.yaml), and content/review/category-review.yaml does not settle it; expected the category added (and an entry with decision "added"), or an entry with decision "declined" and a one-line reason',
  ]);
});

// Review records (content/review/).

test('a settled category decision with no cue left in the quotes is stale, at its entry', () => {
  const decision =
    '- { incident: example-blocked, category: activism, cue: "petition*", decision: declined, reason: "A petition is only named, not organised." }';
  assert.deepEqual(problems(['review/category-review.yaml', '[]', decision]), [
    'content/review/category-review.yaml:2: 0.decision: is "declined", but no cue of activism stands in example-blocked\'s quotes any more; expected this stale entry removed',
  ]);
});

test('a review record of an incident that does not exist names its entry', () => {
  assert.deepEqual(problems(['review/incident-review-fixture.yaml', 'incident: example-blocked', 'incident: example-blocked-2015']), [
    'content/review/incident-review-fixture.yaml:2: 0.incident: "example-blocked-2015" is not an incident; expected the slug of a file in content/incidents/',
  ]);
});

// Statistics: every reference a value makes.

test('a statistic naming a report that does not exist names the field and the reports', () => {
  assert.deepEqual(problems([statistic, 'report: mini,', 'report: fotn-2099,']), [
    'content/statistics/example-share.yaml:6: values.0.report: "fotn-2099" is not a report; expected one of mini',
  ]);
});

test('a statistic naming a section that does not exist names the field', () => {
  assert.deepEqual(problems([statistic, 'section: "mini/part-one"', 'section: "mini/part-nine"']), [
    'content/statistics/example-share.yaml:6: values.0.section: "mini/part-nine" is not a section; expected "<report>/<slug>" of a file in content/sections/',
  ]);
});

test('a statistic naming a paragraph and a note that do not exist names both', () => {
  assert.deepEqual(problems([statistic, 'paragraph: "p1"', 'paragraph: "p300", note: 9']), [
    'content/statistics/example-share.yaml:6: values.0.paragraph: mini/part-one has no p300; expected one of its paragraph anchors (p1)',
    'content/statistics/example-share.yaml:6: values.0.note: mini/part-one has no note 9; expected one of its notes (1, 2)',
  ]);
});

// Themes (src/lib/themes/themes.ts).

test('a theme naming a paragraph its section does not have names the paragraph', () => {
  assert.deepEqual(problems(['themes/example-question.yaml', 'paragraphs: [p1]', 'paragraphs: [p1, p7]']), [
    'content/themes/example-question.yaml:7: passages.0.paragraphs.1: "p7" is not a paragraph of mini/part-one; expected one of p1 (content/anchors/mini/part-one.yaml)',
  ]);
});

test('a paragraph recorded as general that also belongs to a theme is named', () => {
  assert.deepEqual(problems(['themes-general.yaml', 'section: "mini/part-two"', 'section: "mini/part-one"']), [
    'content/themes-general.yaml:3: passages.0: mini/part-one p1 is recorded as general but belongs to the theme "example-question"; expected a paragraph that belongs to no theme',
  ]);
});

// Anchors (content/anchors/) and moves (content/moves/): links that last.

test('a paragraph the lockfile does not record stops the build until `npm run anchors` records it', () => {
  assert.deepEqual(problems([partOne, '\nA first paragraph', '\nA paragraph inserted above the first.\n\nA first paragraph']), [
    'content/sections/mini/part-one.mdx: body: paragraph 1 (“A paragraph inserted above the first.”) has no permanent anchor; expected the lockfile to record it: run `npm run anchors` and record the change in content/corrections/',
  ]);
});

test('a retired anchor needs a correction of its day that names it', () => {
  const retired: Change = [
    lockOne,
    'retired: []',
    'retired:\n  - { id: "p2", fingerprint: "0123456789abcdef", starts: "A second paragraph, to be removed.", retired: "2027-01-10", fate: removed, after: "p1" }',
  ];
  assert.deepEqual(problems(retired), [
    // (The lockfile records anchors by id, not as fields, so no line is named.)
    'content/anchors/mini/part-one.yaml: p2: removed on 2027-01-10 with no correction; expected a file in content/corrections/ dated 2027-01-10 whose targets include "reports/mini/part-one/#p2"',
  ]);
  const correction =
    'date: "2027-01-10"\nkind: report-text\ntitle: "A duplicated paragraph is removed"\ntargets: ["reports/mini/part-one/#p2"]\nwhat: "The second paragraph is removed."\nwhy: "It was a duplicate."\n';
  assert.deepEqual(problems(retired, ['corrections/2027-01-10-removed.yaml', correction]), []);
});

test("a move without its correction names the move's date", () => {
  const renamed = 'corrections/2026-11-23-example-platform-renamed.yaml';
  assert.deepEqual(problems([renamed, '"topics/example-site/", ', '']), [
    'content/moves/example-site.yaml:3: date: no correction records this move; expected a file in content/corrections/ dated 2026-11-23 whose targets include "topics/example-site/"',
  ]);
});

test('a move from a page that still exists, or to one that does not, is named', () => {
  // (The fixture's correction names both addresses, so the move reversed is still recorded.)
  assert.deepEqual(
    problems([
      'moves/example-site.yaml',
      'from: "topics/example-site/"\nto: "topics/example-platform/"',
      'from: "topics/example-platform/"\nto: "topics/example-site/"',
    ]),
    [
      'content/moves/example-site.yaml:1: from: "topics/example-platform/" is still a page; expected the old address of a renamed page',
      'content/moves/example-site.yaml:2: to: "topics/example-site/" is no page; expected the new address of an incident or topic',
    ],
  );
});

test("a paragraph the lockfile does not know is an anchor problem, and the section's quotes are then not checked against it", () => {
  const found = problems(
    [partTwo, 'A second paragraph with no notes.', 'A second paragraph with no notes.\n\nA new paragraph.'],
    [incident, 'quote: "A second paragraph with no notes."', 'quote: "Not in the text at all."'],
  );
  assert.deepEqual(found, [
    'content/sections/mini/part-two.mdx: body: paragraph 2 (“A new paragraph.”) has no permanent anchor; expected the lockfile to record it: run `npm run anchors` and record the change in content/corrections/',
  ]);
});

// The archive as a whole.

test("without content/archive.yaml, the first edition's date is asked for", () => {
  assert.deepEqual(checkArchive({ ...archive(), archive: undefined }).map(formatProblem), [
    'content/archive.yaml: firstEdition: is missing; expected the first edition\'s date, e.g. firstEdition: "2026-11-23"',
  ]);
});

test('notes cited past the blocks the margin layout can place are named', () => {
  // Part Two, with as many paragraphs as the margin has rows and one more, the last citing a note.
  const paragraphs = Array.from({ length: MAX_NOTE_ROWS + 1 }, (_, i) =>
    i === 0 ? 'A second paragraph with no notes.' : `Paragraph ${i + 1}.${i === MAX_NOTE_ROWS ? '[^1]' : ''}`,
  );
  const lock = [
    'paragraphs:',
    ...paragraphs.flatMap((text, i) => [`  - id: "p${i + 1}"`, `    fingerprint: "${fingerprint(text)}"`, `    starts: "${text}"`]),
    'retired: []',
    '',
  ].join('\n');
  const found = problems(
    [
      partTwo,
      /parent: "part-one"\n---[\s\S]*$/,
      `parent: "part-one"\nnotes:\n  - { n: 1, status: present, text: "A source." }\n---\n\n${paragraphs.join('\n\n')}\n`,
    ],
    ['anchors/mini/part-two.yaml', lock],
  );
  assert.deepEqual(found, [
    `content/sections/mini/part-two.mdx: notes: notes 1 are cited in block ${MAX_NOTE_ROWS + 1} of the section; expected the margin layout to hold them: it places notes in the first ${MAX_NOTE_ROWS} blocks only (raise MAX_NOTE_ROWS in src/lib/reading/note-groups.ts and add its classes to src/styles/reading.css)`,
  ]);
});

test('a report or incident not yet published must say when it was added; published ones need not', () => {
  const input = archive();
  assert.deepEqual(checkArchive({ ...input, publishedPages: new Set(['reports/mini/']) }).map(formatProblem), [
    'content/incidents/example-blocked.yaml:1: added: is missing, and /incidents/example-blocked/ is not yet in content/published.json; expected the day this incident is added to the archive (added: "YYYY-MM-DD"), which /changes/ and the feed announce',
  ]);
  assert.deepEqual(checkArchive({ ...input, publishedPages: new Set(['reports/mini/', 'incidents/example-blocked/']) }), []);
  const added = { ...input, incidents: input.incidents.map((i) => ({ ...i, data: { ...i.data, added: '2026-12-04' } })) };
  assert.deepEqual(checkArchive({ ...added, publishedPages: new Set(['reports/mini/']) }), []);
});

test("an incident may not take the name of the timeline's lists (year, category, report)", () => {
  const input = archive();
  // The one incident renamed (its review record then names a missing incident: only the id's problem is read here).
  const idProblems = (id: string) =>
    checkArchive({ ...input, incidents: input.incidents.map((i) => ({ ...i, id, file: `content/incidents/${id}.yaml` })) })
      .filter((p) => p.field === 'id')
      .map(formatProblem);
  assert.deepEqual(idProblems('year'), [
    'content/incidents/year.yaml: id: "year" is the name of the timeline\'s lists (/incidents/year/…); expected another file name',
  ]);
  assert.equal(idProblems('report').length, 1);
  assert.deepEqual(idProblems('years-of-blocking'), []);
});
