import { compareDates } from '../lib/partial-date.ts';
import { getCorrections } from './corrections.ts';
import { getIncidents, type Incident } from './incidents.ts';
import { getReports, type Report } from './reports.ts';
import { correctionPath, incidentPath, reportPath } from '../lib/urls.ts';

/** Incidents added after the first edition, newest first. */
export async function newIncidents(): Promise<Incident[]> {
  return (await getIncidents()).filter((i) => i.data.added).sort((a, b) => compareDates(b.data.added!, a.data.added!) || a.id.localeCompare(b.id));
}

/** Reports added after the first edition, newest first. */
export async function newReports(): Promise<Report[]> {
  return (await getReports()).filter((r) => r.data.added).sort((a, b) => compareDates(b.data.added!, a.data.added!) || a.id.localeCompare(b.id));
}

export interface ChangeItem {
  /** Path without the base, with a fragment. */
  path: string;
  title: string;
  date: string;
  description: string;
}

/** Corrections, new reports and new incidents as one list, newest first: what the feed carries. */
export async function changeItems(): Promise<ChangeItem[]> {
  const corrections = (await getCorrections()).map((c) => ({
    path: correctionPath(c.id),
    title: `Correction: ${c.data.title}`,
    date: c.data.date,
    description: `${c.data.what} Why: ${c.data.why}`,
  }));
  const added = (await newIncidents()).map((i) => ({
    path: incidentPath(i.id),
    title: `New incident: ${i.data.title}`,
    date: i.data.added!,
    description: i.data.summary,
  }));
  const reports = (await newReports()).map((r) => ({
    path: reportPath(r.id),
    title: `New report: ${r.data.title}`,
    date: r.data.added!,
    description: r.data.description,
  }));
  return [...corrections, ...reports, ...added].sort((a, b) => compareDates(b.date, a.date) || a.title.localeCompare(b.title));
}
