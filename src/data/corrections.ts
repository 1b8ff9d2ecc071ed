import { getCollection } from 'astro:content';
import { compareDates } from '../lib/partial-date.ts';
import { checkContent } from './check-content.ts';
import type { Correction } from './entries.ts';

export type { Correction };

interface CorrectionIndex {
  /** Newest first. */
  all: Correction[];
  /** Page path (without base or fragment) → corrections that touch it, newest first. */
  byPage: Map<string, Correction[]>;
  /** "page#fragment" → corrections that name it. */
  byTarget: Map<string, Correction[]>;
}

let loaded: Promise<CorrectionIndex> | undefined;

/** Indexes every correction once, by the pages and the anchors it names (after the content gate has run). */
async function load(): Promise<CorrectionIndex> {
  await checkContent();
  const all = (await getCollection('corrections')).sort((a, b) => compareDates(b.data.date, a.data.date) || a.id.localeCompare(b.id));
  const byPage = new Map<string, Correction[]>();
  const byTarget = new Map<string, Correction[]>();
  const add = (map: Map<string, Correction[]>, key: string, c: Correction) => {
    const list = map.get(key) ?? [];
    if (!list.includes(c)) list.push(c);
    map.set(key, list);
  };
  for (const correction of all) {
    for (const target of correction.data.targets) {
      add(byPage, pagePathOf(target), correction);
      add(byTarget, target, correction);
    }
  }
  return { all, byPage, byTarget };
}

/** "reports/fotn-2015/ict-market/#p3" → "reports/fotn-2015/ict-market/". */
export function pagePathOf(target: string): string {
  const path = target.split('#')[0]!;
  return path.endsWith('/') ? path : `${path}/`;
}

export async function getCorrections(): Promise<Correction[]> {
  loaded ??= load();
  return (await loaded).all;
}

/** The corrections that touch one page (its path without the base, e.g. "incidents/x/"). */
export async function correctionsOfPage(path: string): Promise<Correction[]> {
  loaded ??= load();
  return (await loaded).byPage.get(path) ?? [];
}

/** The id of a correction published on `date` that names `target` ("page#fragment"), if any. */
export async function correctionFor(target: string, date: string): Promise<string | undefined> {
  loaded ??= load();
  return (await loaded).byTarget.get(target)?.find((c) => c.data.date === date)?.id;
}
