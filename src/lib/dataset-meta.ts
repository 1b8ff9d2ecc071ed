import { ARCHIVE_NAME } from './cite.ts';

/**
 * schema.org JSON-LD for /data/: one Dataset whose distribution lists every file, JSON and
 * CSV, as a DataDownload, so dataset search engines can find and describe them.
 */
export interface DataFile {
  name: string;
  title: string;
  description: string;
  url: (extension: 'json' | 'csv') => string;
}

export function datasetJsonLd({ url, files }: { url: string; files: readonly DataFile[] }): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: `${ARCHIVE_NAME}: open data`,
    description: `Scores, reports, notes, incidents and statistics from the reports on internet freedom in Kazakhstan that the ${ARCHIVE_NAME} publishes, as JSON and CSV with JSON Schemas.`,
    url,
    inLanguage: 'en',
    creator: { '@type': 'Organization', name: ARCHIVE_NAME },
    isAccessibleForFree: true,
    distribution: files.flatMap((file) =>
      (['json', 'csv'] as const).map((extension) => ({
        '@type': 'DataDownload',
        name: `${file.title} (${extension.toUpperCase()})`,
        description: file.description,
        contentUrl: file.url(extension),
        encodingFormat: extension === 'json' ? 'application/json' : 'text/csv',
      })),
    ),
  };
}
