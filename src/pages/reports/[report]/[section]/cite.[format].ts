import type { APIRoute, GetStaticPaths } from 'astro';
import { citationFile, citationFormats, type CitationFormat } from '../../../../lib/citations/index.ts';
import { sectionCitations } from '../../../../data/cite-parts.ts';
import { getReports, getReportSections, type Report, type Section } from '../../../../data/reports.ts';
import { sectionSlug } from '../../../../lib/urls.ts';

/** /reports/<id>/<section>/cite.bib, .ris, .json: the section, each paragraph and each note. */
export const getStaticPaths = (async () => {
  const paths = [];
  for (const report of await getReports()) {
    for (const section of await getReportSections(report.id)) {
      for (const format of Object.keys(citationFormats))
        paths.push({ params: { report: report.id, section: sectionSlug(section.id), format }, props: { report, section } });
    }
  }
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ report: Report; section: Section }> = async ({ params, props }) => {
  const { section, parts } = await sectionCitations(props.report, props.section);
  return citationFile(params.format as CitationFormat, [section, ...parts.map((p) => p.citation)]);
};
