import type { APIRoute, GetStaticPaths } from 'astro';
import { datasets, jsonSchemaFor } from '../../../data/open-data.ts';

/** /data/schemas/<name>.schema.json: the JSON Schema of one file's rows, generated from its zod schema. */
export const getStaticPaths = (() => datasets.map((d) => ({ params: { file: `${d.name}.schema.json` } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const name = String(params.file).replace(/\.schema\.json$/, '');
  return new Response(JSON.stringify(jsonSchemaFor(name), null, 2) + '\n', { headers: { 'Content-Type': 'application/schema+json' } });
};
