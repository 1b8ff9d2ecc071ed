import type { APIRoute, GetStaticPaths } from 'astro';
import { sectionLabel, sectionPaths, type Report, type Section } from '../../../../data/reports.ts';
import { sectionParagraphRows } from '../../../../data/paragraph-rows.ts';

/**
 * /verify/passages/<report>/<section>.json: a section's paragraphs and notes as published (the
 * text of /data/paragraphs.json), with the report's and section's names, for /verify/ to
 * compare a quotation with. A note the source lost has no text and is left out.
 */
export const getStaticPaths = sectionPaths satisfies GetStaticPaths;

export const GET: APIRoute<{ report: Report; section: Section }> = async ({ props: { report, section } }) => {
  const rows = (await sectionParagraphRows(section.id)).filter((row) => row.text !== '');
  const body = { report: report.data.title, section: sectionLabel(section), passages: Object.fromEntries(rows.map((row) => [row.anchor, row.text])) };
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
