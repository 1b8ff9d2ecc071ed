import type { APIRoute, GetStaticPaths } from 'astro';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { getReports } from '../../data/reports.ts';

/** The raw source texts, served as they are: the record every edition is checked against. */
export const getStaticPaths = (async () => {
  const reports = await getReports();
  return reports.map((report) => ({ params: { file: report.data.sourceFile } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  // The build runs from the project root; tests may point the content folder elsewhere.
  const folder = resolve(process.env.ARCHIVE_CONTENT_DIR ?? 'content', 'sources');
  const text = await readFile(resolve(folder, String(params.file)), 'utf8');
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
