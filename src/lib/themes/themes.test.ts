import { test } from 'node:test';
import assert from 'node:assert/strict';
import { citedNotes, indexThemes, quoteSegments, sectionThemes, themeScores, unmappedParagraphs } from './themes.ts';

const paragraphsOf = new Map([
  ['r-2015/blocking', ['p1', 'p2', 'p3']],
  ['r-2015/intro', ['p1', 'p2']],
]);
const noGeneral = { file: 'general.yaml', passages: [] };

test('a whole-section passage covers every paragraph, in reading order', () => {
  const index = indexThemes([{ slug: 'blocking', file: 'b.yaml', passages: [{ section: 'r-2015/blocking', reason: 'answers it' }] }], noGeneral, paragraphsOf);
  assert.deepEqual(index.problems, []);
  assert.deepEqual(index.passagesOf.get('blocking'), [{ section: 'r-2015/blocking', paragraphs: ['p1', 'p2', 'p3'], reasons: ['answers it'], whole: true }]);
  assert.deepEqual(index.themesOf.get('r-2015/blocking')?.get('p2'), [{ theme: 'blocking', reason: 'answers it' }]);
});

test('paragraph passages of one section merge, in reading order, and a paragraph may belong to several themes', () => {
  const index = indexThemes(
    [
      {
        slug: 'a',
        file: 'a.yaml',
        passages: [
          { section: 'r-2015/blocking', paragraphs: ['p3'], reason: 'one' },
          { section: 'r-2015/blocking', paragraphs: ['p1'], reason: 'two' },
        ],
      },
      { slug: 'b', file: 'b.yaml', passages: [{ section: 'r-2015/blocking', paragraphs: ['p1'], reason: 'three' }] },
    ],
    noGeneral,
    paragraphsOf,
  );
  assert.deepEqual(index.passagesOf.get('a')?.[0]?.paragraphs, ['p1', 'p3']);
  assert.deepEqual(index.passagesOf.get('a')?.[0]?.reasons, ['one', 'two']);
  assert.deepEqual(
    index.themesOf
      .get('r-2015/blocking')
      ?.get('p1')
      ?.map((t) => t.theme),
    ['a', 'b'],
  );
  assert.deepEqual(sectionThemes(index, 'r-2015/blocking', ['b', 'a', 'c']), ['b', 'a']);
  assert.deepEqual(sectionThemes(index, 'r-2015/intro', ['a', 'b']), []);
});

test('an unknown section or paragraph is a problem naming the file, the field and what was expected', () => {
  const index = indexThemes(
    [
      {
        slug: 'a',
        file: 'content/themes/a.yaml',
        passages: [
          { section: 'r-2015/nope', reason: 'x' },
          { section: 'r-2015/intro', paragraphs: ['p1', 'p9'], reason: 'y' },
        ],
      },
    ],
    noGeneral,
    paragraphsOf,
  );
  assert.deepEqual(index.problems, [
    'content/themes/a.yaml: passages.0.section: "r-2015/nope" is not a section; expected "<report>/<slug>" of a file in content/sections/',
    'content/themes/a.yaml: passages.1.paragraphs.1: "p9" is not a paragraph of r-2015/intro; expected one of p1, p2 (content/anchors/r-2015/intro.yaml)',
  ]);
});

test('a paragraph listed twice in one theme is a problem', () => {
  const index = indexThemes(
    [
      {
        slug: 'a',
        file: 'a.yaml',
        passages: [
          { section: 'r-2015/intro', reason: 'x' },
          { section: 'r-2015/intro', paragraphs: ['p2'], reason: 'y' },
        ],
      },
    ],
    noGeneral,
    paragraphsOf,
  );
  assert.match(index.problems.join('\n'), /a\.yaml: passages\.1\.paragraphs: r-2015\/intro p2 is already listed/);
});

test('unmapped paragraphs are those in no theme and not recorded as general', () => {
  const themes = [{ slug: 'a', file: 'a.yaml', passages: [{ section: 'r-2015/blocking', paragraphs: ['p1', 'p2'], reason: 'x' }] }];
  const general = { file: 'general.yaml', passages: [{ section: 'r-2015/intro', paragraphs: ['p2'], reason: 'a greeting' }] };
  const index = indexThemes(themes, general, paragraphsOf);
  assert.deepEqual(index.problems, []);
  assert.deepEqual(unmappedParagraphs(index, paragraphsOf), [
    { section: 'r-2015/blocking', paragraph: 'p3' },
    { section: 'r-2015/intro', paragraph: 'p1' },
  ]);
});

test('a paragraph cannot be both in a theme and general', () => {
  const themes = [{ slug: 'a', file: 'a.yaml', passages: [{ section: 'r-2015/intro', reason: 'x' }] }];
  const index = indexThemes(themes, { file: 'general.yaml', passages: [{ section: 'r-2015/intro', paragraphs: ['p1'], reason: 'y' }] }, paragraphsOf);
  assert.match(index.problems.join('\n'), /general\.yaml: passages\.0: r-2015\/intro p1 is recorded as general but belongs to the theme "a"/);
});

test('a quote keeps its words and turns markers into note numbers', () => {
  assert.deepEqual(quoteSegments('Blocked in 2014.[^3] Again[^12], then[^3]'), [
    { kind: 'text', text: 'Blocked in 2014.' },
    { kind: 'marker', n: 3 },
    { kind: 'text', text: ' Again' },
    { kind: 'marker', n: 12 },
    { kind: 'text', text: ', then' },
    { kind: 'marker', n: 3 },
  ]);
  assert.deepEqual(citedNotes('a[^2] b[^1] c[^2]'), [2, 1]);
  assert.deepEqual(quoteSegments('No notes.'), [{ kind: 'text', text: 'No notes.' }]);
});

test('a theme is scored by its indicator where an edition scores indicators, otherwise by its category', () => {
  const row = (report: string, year: number, code: string, score: number, max: number) => ({
    report,
    year,
    code,
    label: code,
    score,
    max,
    scale: 'lower-is-freer' as const,
    freedom: max - score,
    derived: false,
  });
  const rows = [
    row('f-2013', 2012, 'B', 23, 35),
    row('f-2013', 2013, 'B', 23, 35),
    row('f-2013', 2013, 'A', 15, 25),
    row('f-2020', 2020, 'B', 10, 35),
    row('f-2020', 2020, 'B1', 2, 6),
  ];
  const scores = themeScores(rows, 'B1', ['oni', 'f-2013', 'f-2020']);
  assert.deepEqual(
    scores.map((s) => [s.report, s.level, s.rows.map((r) => `${r.year} ${r.code}`)]),
    [
      ['f-2013', 'category', ['2012 B', '2013 B']],
      ['f-2020', 'indicator', ['2020 B1']],
    ],
  );
  assert.deepEqual(themeScores(rows, 'C4', ['f-2013']), []);
});
