import type { APIRoute, GetStaticPaths } from 'astro';
import { experimental_AstroContainer } from 'astro/container';
import OneFileReport from '../../components/offline/OneFileReport.astro';
import { getReportSections, getReports } from '../../data/reports.ts';
import { archiveLinksForOneFile } from '../../lib/offline/one-file-html.ts';
import { offlineFileName } from '../../lib/offline/paths.ts';
import { archiveReleaseDate } from '../../data/archive.ts';
import { sectionSlug, withBase } from '../../lib/urls.ts';

/**
 * /downloads/<report>.html: the one-file report of each report. An endpoint rather than a
 * page because it is a file to download (no directory URL, no site header or scripts); it
 * renders OneFileReport.astro through Astro's container (no renderer needed: section bodies
 * arrive as HTML, src/data/section-body-html.ts), so the report text comes from the same
 * content and components as the site. The EPUB and PDF are
 * made from this file after the build (src/integrations/offline.ts).
 */
export const getStaticPaths = (async () => {
  const reports = await getReports();
  return reports.map((report) => ({ params: { file: offlineFileName(report.id, 'html') }, props: { report } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { report } = props as { report: Awaited<ReturnType<typeof getReports>>[number] };
  const sections = await getReportSections(report.id);
  if (!site) throw new Error('astro.config: `site` must be set; the offline files link back to the archive by full URL');
  const siteRoot = new URL(withBase(import.meta.env.BASE_URL, ''), site).href;
  const container = await experimental_AstroContainer.create();
  const html = await container.renderToString(OneFileReport, { props: { report, sections, siteRoot, archiveDate: await archiveReleaseDate() } });
  const linked = archiveLinksForOneFile(html, { siteRoot, reportId: report.id, sectionSlugs: sections.map((s) => sectionSlug(s.id)) });
  return new Response(linked, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
};
