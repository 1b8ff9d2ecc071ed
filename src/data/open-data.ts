import { z } from 'astro/zod';
import { getReports, getReportSections } from './reports.ts';
import { getIncidents, mentionReport } from './incidents.ts';
import { getScoreRows } from './scores.ts';
import { getStatisticSeries } from './statistics.ts';
import { getThemeData } from './themes.ts';
import { citedNotes, reportOfSection } from '../lib/themes/themes.ts';
import { accessedDate, noteUrls } from '../lib/notes/note-links.ts';
import { firstEditionDate } from './archive.ts';
import { getCorrections } from './corrections.ts';
import { compareDates } from '../lib/partial-date.ts';
import { ARCHIVE_LICENCE } from '../lib/licence.ts';
import type { DatasetFacts } from '../lib/citations/dataset-meta.ts';
import { paragraphRows } from './paragraph-rows.ts';
import {
  citationRowSchema,
  incidentRowSchema,
  paragraphRowSchema,
  reportRowSchema,
  scoreRowSchema,
  statisticRowSchema,
  themeRowSchema,
} from '../schemas/open-data.ts';

/**
 * The files under /data/: for each, its rows, the schema they follow, and the columns of
 * its CSV twin. The pages and endpoints under src/pages/data/ are generated from this list.
 */
export interface Dataset {
  name: string;
  title: string;
  description: string;
  schema: z.ZodType;
  csvColumns: string[];
  rows: () => Promise<Record<string, unknown>[]>;
}

async function reportRows() {
  return (await getReports()).map((r) => ({ id: r.id, ...r.data }));
}

/** Section id → note number → the themes of the paragraphs that cite it, in theme order. */
async function noteThemes(): Promise<Map<string, Map<number, string[]>>> {
  const { paragraphText, index, themes } = await getThemeData();
  const order = new Map(themes.map((t, i) => [t.id, i]));
  const result = new Map<string, Map<number, string[]>>();
  for (const [section, paragraphs] of paragraphText) {
    const notes = new Map<number, Set<string>>();
    for (const [paragraph, text] of paragraphs) {
      const paragraphThemes = index.themesOf.get(section)?.get(paragraph) ?? [];
      for (const n of citedNotes(text)) {
        const set = notes.get(n) ?? new Set<string>();
        for (const t of paragraphThemes) set.add(t.theme);
        notes.set(n, set);
      }
    }
    result.set(section, new Map([...notes].map(([n, set]) => [n, [...set].sort((a, b) => order.get(a)! - order.get(b)!)])));
  }
  return result;
}

async function themeRows() {
  const { themes, index } = await getThemeData();
  return themes.flatMap((theme) =>
    (index.passagesOf.get(theme.id) ?? []).flatMap((passage) =>
      passage.paragraphs.map((paragraph) => ({
        theme: theme.id,
        code: theme.data.code ?? null,
        title: theme.data.title,
        question: theme.data.question,
        report: reportOfSection(passage.section),
        section: passage.section,
        paragraph,
        reason: index.themesOf
          .get(passage.section)!
          .get(paragraph)!
          .find((t) => t.theme === theme.id)!.reason,
      })),
    ),
  );
}

async function citationRows() {
  const [reports, themesOfNotes] = await Promise.all([getReports(), noteThemes()]);
  // Each report's sections come from the one index by report (src/data/reports.ts), in reading order.
  const sectionLists = await Promise.all(reports.map((report) => getReportSections(report.id)));
  return reports.flatMap((report, i) =>
    sectionLists[i]!.flatMap((section) =>
      section.data.notes.map((note) => ({
        report: report.id,
        section: section.id,
        n: note.n,
        status: note.status,
        text: note.text ?? null,
        urls: note.text ? noteUrls(note.text) : [],
        accessed: (note.text && accessedDate(note.text)) ?? null,
        markerLost: note.markerLost,
        themes: themesOfNotes.get(section.id)?.get(note.n) ?? [],
      })),
    ),
  );
}

async function incidentRows() {
  return (await getIncidents()).map((incident) => ({
    id: incident.id,
    ...incident.data,
    topics: incident.data.topics.map((t) => t.id),
    reports: [...new Set(incident.data.mentions.map(mentionReport))],
    mentions: incident.data.mentions.map((m) => ({ ...m, report: mentionReport(m), section: m.section.id })),
  }));
}

async function statisticRows() {
  const series = await getStatisticSeries();
  return series.flatMap((s) =>
    s.data.values.map((v) => ({
      series: s.id,
      title: s.data.title,
      unit: s.data.unit,
      ...v,
      report: v.report.id,
      section: v.section?.id ?? null,
      paragraph: v.paragraph ?? null,
      note: v.note ?? null,
    })),
  );
}

export const datasets: Dataset[] = [
  {
    name: 'scores',
    title: 'Scores',
    description:
      'Every Freedom on the Net score the reports print (and the one derived), with its scale and a freedom value on one direction (higher = freer).',
    schema: scoreRowSchema,
    csvColumns: ['report', 'year', 'code', 'label', 'score', 'max', 'scale', 'freedom', 'derived'],
    rows: async () => (await getScoreRows()).map((row) => ({ ...row })),
  },
  {
    name: 'reports',
    title: 'Reports',
    description:
      'Every report in the archive: publisher and how it is known, date, what the source says about reuse, coverage, status, scores, fact boxes, key developments and editorial notes.',
    schema: reportRowSchema,
    csvColumns: ['id', 'kind', 'title', 'shortTitle', 'edition', 'publisher', 'published', 'reuse', 'coverage', 'status', 'sourceFile', 'textCondition'],
    rows: reportRows,
  },
  {
    name: 'citations',
    title: 'Citations',
    description: 'Every note of every report, with its number, its text exactly as printed, its URLs and whether the source kept it whole.',
    schema: citationRowSchema,
    csvColumns: ['report', 'section', 'n', 'status', 'text', 'urls', 'accessed', 'markerLost', 'themes'],
    rows: citationRows,
  },
  {
    name: 'incidents',
    title: 'Incidents',
    description:
      'Every dated incident the reports describe, with each passage that mentions it. The CSV has one row per incident; the mentions are in the JSON.',
    schema: incidentRowSchema,
    csvColumns: ['id', 'title', 'date', 'endDate', 'categories', 'places', 'topics', 'reports', 'summary', 'disagreement'],
    rows: incidentRows,
  },
  {
    name: 'statistics',
    title: 'Statistics',
    description:
      'Figures the reports track over the years, one row per value, with who gives it, whether it is official or independent, and where it is printed.',
    schema: statisticRowSchema,
    csvColumns: ['series', 'title', 'unit', 'date', 'value', 'printed', 'estimate', 'by', 'report', 'section', 'paragraph', 'note'],
    rows: statisticRows,
  },
  {
    name: 'themes',
    title: 'Themes',
    description:
      "Which paragraphs of which reports speak to which theme (one question of the methodology, followed across the editions), one row per theme and paragraph, with the archive's editorial reason. A paragraph may belong to several themes.",
    schema: themeRowSchema,
    csvColumns: ['theme', 'code', 'title', 'question', 'report', 'section', 'paragraph', 'reason'],
    rows: themeRows,
  },
  {
    name: 'paragraphs',
    title: 'Paragraphs and notes',
    description:
      'Every paragraph and every note of every report, one row each, with its permanent anchor and URL, its text as published, and the SHA-256 of that text after a stated normalisation, so anyone can check that a passage they hold is the one the archive publishes.',
    schema: paragraphRowSchema,
    csvColumns: ['report', 'section', 'anchor', 'kind', 'url', 'text', 'sha256'],
    rows: paragraphRows,
  },
];

export function dataset(name: string): Dataset {
  const found = datasets.find((d) => d.name === name);
  if (!found) throw new Error(`no dataset named ${name}`);
  return found;
}

/**
 * What each file says about its licence. The files are plain arrays of rows (a published
 * contract), so the licence goes in their JSON Schemas: in the description, and as a `license`
 * annotation (the licence's URL, as schema.org's `license`), which validators ignore.
 */
export const dataLicenceNote = `Licence: the archive's own work in this file is licensed under ${ARCHIVE_LICENCE.name} (${ARCHIVE_LICENCE.short}, ${ARCHIVE_LICENCE.url}). Text quoted from the reports (passages, notes, labels and facts as printed) remains its publishers' work and is not covered by that licence (the archive's method page, “Licence and reuse”, says more).`;

/** The JSON Schema of one file: an array of its rows, generated from the same zod schema. */
export function jsonSchemaFor(name: string): Record<string, unknown> {
  const set = dataset(name);
  return {
    ...z.toJSONSchema(z.array(set.schema), { target: 'draft-2020-12', unrepresentable: 'any' }),
    title: `${set.title} (/data/${name}.json)`,
    description: `${set.description} ${dataLicenceNote}`,
    license: ARCHIVE_LICENCE.url,
  };
}

/**
 * The dates /data/'s Dataset declares, from the content: the first edition, the latest change
 * (a correction, or an incident or report added, all listed on /changes/), and every date the data
 * covers (each report's coverage period, each incident's date and end date).
 */
export async function datasetFacts(): Promise<DatasetFacts> {
  const [datePublished, corrections, reports, incidents] = await Promise.all([firstEditionDate(), getCorrections(), getReports(), getIncidents()]);
  const changes = [datePublished, ...corrections.map((c) => c.data.date), ...[...incidents, ...reports].flatMap((entry) => entry.data.added ?? [])];
  const dateModified = changes.reduce((a, b) => (compareDates(b, a) > 0 ? b : a));
  const coveredDates = [
    ...reports.flatMap((r) => (r.data.kind === 'freedom-on-the-net' ? [r.data.coverage.start, r.data.coverage.end] : [])),
    ...incidents.flatMap((i) => [i.data.date, ...(i.data.endDate ? [i.data.endDate] : [])]),
  ];
  return { datePublished, dateModified, coveredDates };
}
