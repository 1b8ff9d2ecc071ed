import type { APIRoute, GetStaticPaths } from 'astro';
import { dataset, datasets } from '../../data/open-data.ts';
import { toCsv } from '../../lib/csv.ts';

/** /data/<name>.json and its CSV twin /data/<name>.csv, validated before they are written. */
export const getStaticPaths = (() =>
  datasets.flatMap((d) => [{ params: { file: `${d.name}.json` } }, { params: { file: `${d.name}.csv` } }])) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const [name, format] = String(params.file).split('.') as [string, 'json' | 'csv'];
  const set = dataset(name);
  const rows = await set.rows();
  rows.forEach((row, i) => {
    const result = set.schema.safeParse(row);
    if (!result.success) throw new Error(`/data/${name}.json row ${i} does not match its schema: ${result.error.message}`);
  });
  return format === 'json'
    ? new Response(JSON.stringify(rows, null, 2) + '\n', { headers: { 'Content-Type': 'application/json; charset=utf-8' } })
    : new Response(toCsv(set.csvColumns, rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
