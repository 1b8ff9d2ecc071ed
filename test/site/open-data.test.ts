import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parseCsv } from '../../src/lib/csv.ts';
import { parse as parseYaml } from 'yaml';
import { schemaFields } from '../../src/lib/schema-fields.ts';
import { contentDir, readSections } from '../content.ts';
import { corpus, pageByFile, siteDir, testOfReport } from './site.ts';

// The published data: every file validates against its published schema, has a CSV twin
// with the same rows, and the scores are the ones the sources print.

const NAMES = ['scores', 'reports', 'citations', 'incidents', 'statistics', 'themes', 'paragraphs'];
const read = (file: string) => readFileSync(join(siteDir, 'data', file), 'utf8');
const json = (name: string) => JSON.parse(read(`${name}.json`)) as Record<string, any>[];

for (const name of NAMES) {
  test(`${name}.json validates against ${name}.schema.json`, () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const validate = ajv.compile(JSON.parse(read(`schemas/${name}.schema.json`)));
    const rows = json(name);
    assert.ok(rows.length > 0, `${name}.json is empty`);
    assert.ok(validate(rows), ajv.errorsText(validate.errors));
  });

  test(`every field of ${name}.json has its meaning written, as /data/ shows it`, () => {
    const fields = schemaFields(JSON.parse(read(`schemas/${name}.schema.json`)));
    assert.ok(fields.length > 0);
    assert.deepEqual(
      fields.filter((f) => !f.description.trim()).map((f) => f.name),
      [],
      `${name}.json fields without a meaning`,
    );
    const page = pageByFile('data/index.html')!;
    const table = page.root.querySelectorAll('table').find((t) => t.querySelector('caption')?.text.includes(`${name}.json`));
    assert.ok(table, `no field table for ${name}.json on /data/`);
    const empty = table.querySelectorAll('tbody tr').filter((tr) => !tr.querySelectorAll('td').at(-1)!.text.trim());
    assert.deepEqual(
      empty.map((tr) => tr.querySelector('th')!.text),
      [],
      `empty Meaning cells for ${name}.json`,
    );
  });

  test(`${name}.csv has the same rows as ${name}.json`, () => {
    const rows = json(name);
    const csv = parseCsv(read(`${name}.csv`));
    assert.equal(csv.length, rows.length);
    const key = Object.keys(csv[0]!)[0]!;
    assert.deepEqual(
      csv.map((r) => r[key]),
      rows.map((r) => String(r[key])),
    );
  });
}

// The scores as the sources print them, written out by hand from the source texts in
// content/sources/printed-scores.yaml (see the README), independently of the reports' frontmatter.
interface PrintedScores {
  source: string;
  scale: 'lower-is-freer' | 'higher-is-freer';
  printed: string[];
  derived: string[];
}
const printedScores = parseYaml(readFileSync(join(contentDir, 'sources', 'printed-scores.yaml'), 'utf8')) as Record<string, PrintedScores>;
const asRows = (id: string, list: string[]) => list.map((entry) => `${id} ${entry}`);

test('printed-scores.yaml lists every report that has scores, with its source file', () => {
  const scored = json('reports').filter((r) => r.kind === 'freedom-on-the-net');
  assert.deepEqual(
    Object.keys(printedScores).sort(),
    scored.map((r) => r.id).sort(),
    'every report with scores needs an entry in content/sources/printed-scores.yaml',
  );
  for (const report of scored) assert.equal(printedScores[report.id]!.source, report.sourceFile, report.id);
});

test('scores.json holds exactly the printed scores, plus those derived', () => {
  const rows = json('scores');
  const expectedPrinted = Object.entries(printedScores).flatMap(([id, entry]) => asRows(id, entry.printed));
  const expectedDerived = Object.entries(printedScores).flatMap(([id, entry]) => asRows(id, entry.derived));
  const printed = rows.filter((r) => !r.derived).map((r) => `${r.report} ${r.year} ${r.code} ${r.score}/${r.max}`);
  assert.deepEqual(printed.sort(), expectedPrinted.sort());
  assert.deepEqual(
    rows
      .filter((r) => r.derived)
      .map((r) => `${r.report} ${r.year} ${r.code} ${r.score}/${r.max}`)
      .sort(),
    expectedDerived.sort(),
  );
});

test('every score carries its scale, and freedom is the score turned to higher = freer', () => {
  for (const r of json('scores')) {
    assert.equal(r.scale, printedScores[r.report]?.scale, `${r.report} ${r.code}`);
    assert.equal(r.freedom, r.scale === 'higher-is-freer' ? r.score : r.max - r.score, `${r.report} ${r.year} ${r.code}`);
  }
});

test('categories sum to their totals, and indicators to their categories', () => {
  const rows = json('scores');
  const groups = new Set(rows.map((r) => `${r.report} ${r.year}`));
  for (const group of groups) {
    const list = rows.filter((r) => `${r.report} ${r.year}` === group);
    const total = list.find((r) => r.code === 'total');
    const categories = list.filter((r) => /^[ABC]$/.test(r.code));
    if (categories.length) {
      assert.ok(total, `${group}: categories without a total`);
      assert.equal(
        categories.reduce((s, r) => s + r.score, 0),
        total.score,
        group,
      );
    }
    for (const c of categories) {
      const indicators = list.filter((r) => r.code.length === 2 && r.code[0] === c.code);
      if (indicators.length)
        assert.equal(
          indicators.reduce((s, r) => s + r.score, 0),
          c.score,
          `${group} ${c.code}`,
        );
    }
  }
});

testOfReport('fotn-2020', "FOTN 2020's derived C3 is the C total less the seven printed C indicators", () => {
  const rows = json('scores').filter((r) => r.report === 'fotn-2020' && r.year === 2020);
  const c = rows.find((r) => r.code === 'C')!;
  const others = rows.filter((r) => /^C\d$/.test(r.code) && r.code !== 'C3');
  assert.equal(others.length, 7);
  assert.equal(rows.find((r) => r.code === 'C3')!.score, c.score - others.reduce((s, r) => s + r.score, 0));
});

test('the score chart plots exactly the freedom values in scores.json', () => {
  const page = pageByFile('scores/index.html')!;
  const expected = json('scores')
    .filter((r) => r.code === 'total' || /^[ABC]$/.test(r.code))
    .map((r) => `${r.code} ${r.year} ${Math.round((r.freedom / r.max) * 1000) / 10}`);
  // The chart is drawn twice, wide and narrow (for phones); both must plot the same numbers.
  for (const drawing of ['#score-history', '#score-history-narrow']) {
    const plotted = page.root
      .querySelectorAll(`${drawing} g[data-series]`)
      .flatMap((g) => g.querySelectorAll('[data-y]').map((c) => `${g.getAttribute('data-series')} ${c.getAttribute('data-x')} ${c.getAttribute('data-y')}`));
    assert.deepEqual(plotted.sort(), expected.sort(), drawing);
  }
});

test('every note of every section is in citations.json with its number and status', () => {
  const rows = json('citations');
  const expected = corpus.reports.flatMap((report) =>
    readSections(report).flatMap((section) =>
      ((section.data.notes ?? []) as { n: number; status: string }[]).map((note) => `${report}/${section.slug} ${note.n} ${note.status}`),
    ),
  );
  assert.deepEqual(rows.map((r) => `${r.section} ${r.n} ${r.status}`).sort(), expected.sort());
});

testOfReport(
  ['fotn-2013', 'fotn-2015', 'fotn-2020', 'oni-2007'],
  'the notes of FOTN 2013, 2015, 2020 and ONI 2007 are numbered as printed, lost ones marked',
  () => {
    const rows = json('citations');
    const numbers = (report: string) => rows.filter((r) => r.report === report).map((r) => r.n);
    assert.deepEqual(
      numbers('fotn-2015'),
      Array.from({ length: 98 }, (_, i) => i + 1),
    );
    assert.deepEqual(
      numbers('fotn-2013'),
      Array.from({ length: 81 }, (_, i) => i + 1),
    );
    assert.deepEqual(
      numbers('oni-2007'),
      Array.from({ length: 12 }, (_, i) => i + 1),
    );
    assert.equal(numbers('fotn-2020').length, 254);
    assert.deepEqual(
      rows.filter((r) => r.report === 'fotn-2013' && r.status !== 'present').map((r) => `${r.n} ${r.status}`),
      ['79 truncated', '80 missing', '81 missing'],
    );
    assert.ok(rows.filter((r) => r.report === 'fotn-2020').every((r) => r.status === 'missing' && r.text === null));
  },
);

test('each statistics chart plots exactly the values of its series in statistics.json', () => {
  const page = pageByFile('statistics/index.html')!;
  const rows = json('statistics');
  const series = [...new Set(rows.map((r) => r.series))];
  assert.ok(series.length > 0);
  for (const id of series) {
    const plotted = page.root
      .querySelectorAll(`#${id}-chart g[data-series]`)
      .flatMap((g) => g.querySelectorAll('[data-y]').map((c) => `${g.getAttribute('data-series')} ${c.getAttribute('data-y')}`));
    const expected = rows.filter((r) => r.series === id).map((r) => `${r.kind} ${r.value}`);
    assert.deepEqual(plotted.sort(), expected.sort(), id);
  }
});

test('each statistics table shows every value with its kind, as statistics.json has it', () => {
  const page = pageByFile('statistics/index.html')!;
  const rows = json('statistics');
  for (const id of new Set(rows.map((r) => r.series))) {
    const shown = page.root
      .querySelectorAll(`#${id} tbody tr`)
      .map((tr) => `${tr.querySelectorAll('td')[1]!.text} ${tr.querySelector('td.statistic-kind')?.getAttribute('data-kind')}`);
    const expected = rows.filter((r) => r.series === id).map((r) => `${r.printed} ${r.kind}`);
    assert.deepEqual(shown.sort(), expected.sort(), id);
  }
});

testOfReport('fotn-2020', 'the 2019 media budget (FOTN 2020) is published as a plan, not as spending', () => {
  const row = json('statistics').find((r) => r.series === 'government-media-procurement' && r.date === '2019');
  assert.equal(row?.kind, 'plan-or-target');
});
