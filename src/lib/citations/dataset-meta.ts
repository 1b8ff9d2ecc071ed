import { ARCHIVE_NAME } from './index.ts';
import { ARCHIVE_LICENCE } from '../licence.ts';
import { datetimeAttribute, parsePartialDate } from '../partial-date.ts';

/**
 * schema.org JSON-LD for /data/: one Dataset whose distribution lists every file, JSON and
 * CSV, as a DataDownload, so dataset search engines can find and describe them. It declares
 * the archive's licence (on the Dataset and on each file), the first edition and the last
 * change, and what the data covers in time and place.
 */
export interface DataFile {
  name: string;
  title: string;
  description: string;
  url: (extension: 'json' | 'csv') => string;
}

export interface DatasetFacts {
  /** The day of the first edition (content/archive.yaml). */
  datePublished: string;
  /** The day of the latest correction or added incident, or the first edition if none. */
  dateModified: string;
  /** Every date the data covers: the reports' coverage periods and the incidents' dates (partial dates). */
  coveredDates: readonly string[];
}

/** The first and last day a partial date can mean, as sortable numbers: "2015-02" → 20150201, 20150228. */
function bounds(value: string): [number, number] {
  const d = parsePartialDate(value);
  const lastDay = new Date(Date.UTC(d.year, d.month ?? 12, 0)).getUTCDate();
  const key = (m: number, day: number) => d.year * 10000 + m * 100 + day;
  return [key(d.month ?? 1, d.day ?? 1), key(d.month ?? 12, d.day ?? lastDay)];
}

/**
 * The span of the dates, as an ISO 8601 interval that keeps each end's precision (schema.org
 * temporalCoverage): the date that can begin earliest, "/", the date that can end latest.
 * "1994", "2014-06", "2020-05-31" → "1994/2020-05-31"; an approximate date counts as its
 * value ("~2007" as 2007), as an interval cannot mark it.
 */
export function temporalCoverage(dates: readonly string[]): string {
  if (dates.length === 0) throw new Error("temporalCoverage: no dates; expected the reports' coverage periods and the incidents' dates");
  const first = dates.reduce((a, b) => (bounds(b)[0] < bounds(a)[0] ? b : a));
  const last = dates.reduce((a, b) => (bounds(b)[1] > bounds(a)[1] ? b : a));
  return `${datetimeAttribute(first)}/${datetimeAttribute(last)}`;
}

export function datasetJsonLd({ url, files, facts }: { url: string; files: readonly DataFile[]; facts: DatasetFacts }): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: `${ARCHIVE_NAME}: open data`,
    description: `Scores, reports, notes, incidents and statistics from the reports on internet freedom in Kazakhstan that the ${ARCHIVE_NAME} publishes, as JSON and CSV with JSON Schemas. The archive's own work in them is licensed under ${ARCHIVE_LICENCE.short}; the text quoted from the reports remains its publishers' work.`,
    url,
    inLanguage: 'en',
    creator: { '@type': 'Organization', name: ARCHIVE_NAME },
    isAccessibleForFree: true,
    license: ARCHIVE_LICENCE.url,
    datePublished: facts.datePublished,
    dateModified: facts.dateModified,
    temporalCoverage: temporalCoverage(facts.coveredDates),
    spatialCoverage: { '@type': 'Country', name: 'Kazakhstan' },
    distribution: files.flatMap((file) =>
      (['json', 'csv'] as const).map((extension) => ({
        '@type': 'DataDownload',
        name: `${file.title} (${extension.toUpperCase()})`,
        description: file.description,
        contentUrl: file.url(extension),
        encodingFormat: extension === 'json' ? 'application/json' : 'text/csv',
        license: ARCHIVE_LICENCE.url,
      })),
    ),
  };
}
