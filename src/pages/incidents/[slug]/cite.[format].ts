import type { APIRoute, GetStaticPaths } from 'astro';
import { citationFile, citationFormats, type CitationFormat } from '../../../lib/citations/index.ts';
import { citationOf, incidentWork } from '../../../data/cite.ts';
import { getIncidents, type Incident } from '../../../data/incidents.ts';
import { firstEditionDate } from '../../../data/archive.ts';

/** /incidents/<slug>/cite.bib, .ris, .json. */
export const getStaticPaths = (async () =>
  (await getIncidents()).flatMap((incident) =>
    Object.keys(citationFormats).map((format) => ({ params: { slug: incident.id, format }, props: { incident } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ incident: Incident }> = async ({ params, props }) =>
  citationFile(params.format as CitationFormat, [citationOf(await incidentWork(props.incident, await firstEditionDate()))]);
