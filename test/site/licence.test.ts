import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { corpus, pageByFile, siteDir } from './site.ts';

// Rule: the archive's own work carries its licence, CC BY 4.0, wherever it is published
// (the method page, /data/, every data file's JSON Schema, /data/'s Dataset JSON-LD); each
// report says its text is its publisher's, and quotes what its source prints about reuse.

const CC_BY = 'https://creativecommons.org/licenses/by/4.0/';
const read = (path: string) => readFileSync(join(siteDir, path), 'utf8');
const reports = JSON.parse(read('data/reports.json')) as {
  id: string;
  reuse: { printed: string | null; line?: number };
  coverage?: { start: string; end: string };
}[];

test('the method page and /data/ state the licence and link to it', () => {
  for (const file of ['about/method/index.html', 'data/index.html']) {
    const section = pageByFile(file)?.root.querySelector('#licence')?.closest('section');
    assert.ok(section, `${file} has a #licence section`);
    assert.match(section.text, /licensed under CC BY 4\.0/);
    assert.match(section.text, /publisher’s work/);
    assert.equal(section.querySelector('a[rel=license]')?.getAttribute('href'), CC_BY, file);
  }
});

test('every data file’s JSON Schema carries the licence', () => {
  const schemas = readdirSync(join(siteDir, 'data/schemas')).filter((f) => f.endsWith('.schema.json'));
  assert.ok(schemas.length >= 6);
  for (const name of schemas) {
    const schema = JSON.parse(read(`data/schemas/${name}`)) as { license?: string; description?: string };
    assert.equal(schema.license, CC_BY, name);
    assert.match(schema.description ?? '', /CC BY 4\.0/, name);
  }
});

test('/data/’s Dataset declares licence, dates, and temporal and spatial coverage from the content', () => {
  const page = pageByFile('data/index.html')!;
  const dataset = page.root
    .querySelectorAll('script[type="application/ld+json"]')
    .map((s) => JSON.parse(s.textContent) as Record<string, unknown>)
    .find((d) => d['@type'] === 'Dataset');
  assert.ok(dataset);
  assert.equal(dataset.license, CC_BY);
  for (const d of dataset.distribution as Record<string, unknown>[]) assert.equal(d.license, CC_BY, String(d.name));
  const archive = parseYaml(readFileSync('content/archive.yaml', 'utf8')) as { firstEdition: string };
  assert.equal(dataset.datePublished, archive.firstEdition);
  const changes = readdirSync('content/corrections').map((f) => (parseYaml(readFileSync(join('content/corrections', f), 'utf8')) as { date: string }).date);
  const incidents = JSON.parse(read('data/incidents.json')) as { date: string; endDate?: string; added?: string }[];
  const latest = [archive.firstEdition, ...changes, ...incidents.flatMap((i) => i.added ?? [])].sort().at(-1);
  assert.equal(dataset.dateModified, latest);
  // The span starts at the earliest date the content covers and ends at the latest.
  const dates = [
    ...reports.flatMap((r) => (r.coverage ? [r.coverage.start, r.coverage.end] : [])),
    ...incidents.flatMap((i) => [i.date, ...(i.endDate ? [i.endDate] : [])]),
  ].map((d) => d.replace('~', ''));
  const [start, end] = String(dataset.temporalCoverage).split('/');
  assert.ok(dates.includes(start!) && dates.includes(end!), `${dataset.temporalCoverage}: both ends are dates in the content`);
  assert.ok(
    dates.every((d) => d.slice(0, start!.length) >= start!),
    `no date before ${start}`,
  );
  assert.ok(
    dates.every((d) => d.slice(0, end!.length) <= end!),
    `no date after ${end}`,
  );
  assert.deepEqual(dataset.spatialCoverage, { '@type': 'Country', name: 'Kazakhstan' });
});

test('each report page says whose its text is and quotes what its source prints about reuse', () => {
  // Every report in content/reports/ is in the data, so none is passed over.
  assert.equal(reports.length, corpus.reports.length);
  for (const report of reports) {
    const rights = pageByFile(`reports/${report.id}/index.html`)!
      .root.querySelectorAll('dl.meta dt')
      .find((dt) => dt.text === 'Rights')?.nextElementSibling;
    assert.ok(rights, `${report.id} has a Rights line`);
    assert.match(rights.text, /is the work of its publisher/, report.id);
    if (report.reuse.printed === null) assert.match(rights.text, /The source states nothing about copyright or reuse\./, report.id);
    else {
      assert.ok(rights.text.includes(`“${report.reuse.printed}”`), report.id);
      const source = readFileSync(
        join('content/sources', (JSON.parse(read('data/reports.json')) as { id: string; sourceFile: string }[]).find((r) => r.id === report.id)!.sourceFile),
        'utf8',
      );
      assert.ok(source.split('\n')[report.reuse.line! - 1]!.includes(report.reuse.printed), `${report.id}: the quote stands on its line`);
    }
  }
});
