import { getReports, type Report } from './reports.ts';
import { reportPages, type ReportPage } from '../lib/report-pages.ts';

let pages: Promise<ReportPage<Report>[]> | undefined;

/** The pages of /reports/, newest report first, grouped by edition year (computed once). */
export function getReportPages(): Promise<ReportPage<Report>[]> {
  pages ??= getReports().then((reports) => reportPages(reports, (r) => r.data.edition));
  return pages;
}
