import type { APIRoute, GetStaticPaths } from 'astro';
import { citationFile, citationFormats, type CitationFormat } from '../../../lib/citations/index.ts';
import { citationOf, reportWork, sectionWork } from '../../../data/cite.ts';
import { getReports, getReportSections, type Report } from '../../../data/reports.ts';

/** /reports/<id>/cite.bib, .ris, .json: the report and each of its sections. */
export const getStaticPaths = (async () =>
  (await getReports()).flatMap((report) =>
    Object.keys(citationFormats).map((format) => ({ params: { report: report.id, format }, props: { report } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ report: Report }> = async ({ params, props }) => {
  const sections = await getReportSections(props.report.id);
  const works = [reportWork(props.report), ...sections.map((s) => sectionWork(props.report, s))];
  return citationFile(params.format as CitationFormat, works.map(citationOf));
};
