import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parseCsv } from '../../src/lib/csv.ts';
import { schemaFields } from '../../src/lib/schema-fields.ts';
import { pageByFile, siteDir } from './site.ts';

// The published data: every file validates against its published schema, has a CSV twin
// with the same rows, and the scores are the ones the sources print.

const NAMES = ['scores', 'reports', 'citations', 'incidents', 'statistics'];
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
    assert.deepEqual(fields.filter((f) => !f.description.trim()).map((f) => f.name), [], `${name}.json fields without a meaning`);
    const page = pageByFile('data/index.html')!;
    const table = page.root.querySelectorAll('table').find((t) => t.querySelector('caption')?.text.includes(`${name}.json`));
    assert.ok(table, `no field table for ${name}.json on /data/`);
    const empty = table.querySelectorAll('tbody tr').filter((tr) => !tr.querySelectorAll('td').at(-1)!.text.trim());
    assert.deepEqual(empty.map((tr) => tr.querySelector('th')!.text), [], `empty Meaning cells for ${name}.json`);
  });

  test(`${name}.csv has the same rows as ${name}.json`, () => {
    const rows = json(name);
    const csv = parseCsv(read(`${name}.csv`));
    assert.equal(csv.length, rows.length);
    const key = Object.keys(csv[0]!)[0]!;
    assert.deepEqual(csv.map((r) => r[key]), rows.map((r) => String(r[key])));
  });
}

// The scores as the five source files print them (../shared/reference/sources.md), written
// out here independently of the content, as year:code:score/max.
const PRINTED = [
  'fotn-2013 2012 total 58/100', 'fotn-2013 2012 A 15/25', 'fotn-2013 2012 B 23/35', 'fotn-2013 2012 C 20/40',
  'fotn-2013 2013 total 59/100', 'fotn-2013 2013 A 15/25', 'fotn-2013 2013 B 23/35', 'fotn-2013 2013 C 21/40',
  'fotn-2015 2015 total 61/100', 'fotn-2015 2015 A 14/25', 'fotn-2015 2015 B 23/35', 'fotn-2015 2015 C 24/40',
  'fotn-2020 2019 total 32/100',
  'fotn-2020 2020 total 32/100', 'fotn-2020 2020 A 10/25', 'fotn-2020 2020 B 11/35', 'fotn-2020 2020 C 11/40',
  'fotn-2020 2020 A1 5/6', 'fotn-2020 2020 A2 2/3', 'fotn-2020 2020 A3 1/6', 'fotn-2020 2020 A4 2/6', 'fotn-2020 2020 A5 0/4',
  'fotn-2020 2020 B1 2/6', 'fotn-2020 2020 B2 1/4', 'fotn-2020 2020 B3 1/4', 'fotn-2020 2020 B4 1/4', 'fotn-2020 2020 B5 1/4',
  'fotn-2020 2020 B6 1/3', 'fotn-2020 2020 B7 2/4', 'fotn-2020 2020 B8 2/6',
  'fotn-2020 2020 C1 1/6', 'fotn-2020 2020 C2 0/4', 'fotn-2020 2020 C4 1/4', 'fotn-2020 2020 C5 2/6', 'fotn-2020 2020 C6 2/6',
  'fotn-2020 2020 C7 2/5', 'fotn-2020 2020 C8 1/3',
];

test('scores.json holds exactly the printed scores, plus C3 derived', () => {
  const rows = json('scores');
  const printed = rows.filter((r) => !r.derived).map((r) => `${r.report} ${r.year} ${r.code} ${r.score}/${r.max}`);
  assert.deepEqual(printed.sort(), [...PRINTED].sort());
  assert.deepEqual(rows.filter((r) => r.derived).map((r) => `${r.report} ${r.year} ${r.code} ${r.score}/${r.max}`), ['fotn-2020 2020 C3 2/6']);
});

test('every score carries its scale, and freedom is the score turned to higher = freer', () => {
  for (const r of json('scores')) {
    const expected = r.report === 'fotn-2020' ? 'higher-is-freer' : 'lower-is-freer';
    assert.equal(r.scale, expected, `${r.report} ${r.code}`);
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
      assert.equal(categories.reduce((s, r) => s + r.score, 0), total.score, group);
    }
    for (const c of categories) {
      const indicators = list.filter((r) => r.code.length === 2 && r.code[0] === c.code);
      if (indicators.length) assert.equal(indicators.reduce((s, r) => s + r.score, 0), c.score, `${group} ${c.code}`);
    }
  }
});

test('the derived C3 is the C total less the seven printed C indicators', () => {
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

test('every note of every report is in citations.json with its number', () => {
  const rows = json('citations');
  const numbers = (report: string) => rows.filter((r) => r.report === report).map((r) => r.n);
  assert.deepEqual(numbers('fotn-2015'), Array.from({ length: 98 }, (_, i) => i + 1));
  assert.deepEqual(numbers('fotn-2013'), Array.from({ length: 81 }, (_, i) => i + 1));
  assert.deepEqual(numbers('oni-2007'), Array.from({ length: 12 }, (_, i) => i + 1));
  assert.equal(numbers('fotn-2020').length, 254);
  assert.deepEqual(rows.filter((r) => r.report === 'fotn-2013' && r.status !== 'present').map((r) => `${r.n} ${r.status}`), ['79 truncated', '80 missing', '81 missing']);
  assert.ok(rows.filter((r) => r.report === 'fotn-2020').every((r) => r.status === 'missing' && r.text === null));
});

test('each statistics chart plots exactly the values of its series in statistics.json', () => {
  const page = pageByFile('statistics/index.html')!;
  const rows = json('statistics');
  const series = [...new Set(rows.map((r) => r.series))];
  assert.ok(series.length > 0);
  for (const id of series) {
    const plotted = page.root
      .querySelectorAll(`#${id}-chart g[data-series]`)
      .flatMap((g) => g.querySelectorAll('[data-y]').map((c) => `${g.getAttribute('data-series')} ${c.getAttribute('data-y')}`));
    const expected = rows.filter((r) => r.series === id).map((r) => `${r.estimate} ${r.value}`);
    assert.deepEqual(plotted.sort(), expected.sort(), id);
  }
});
