import { getCollection, getEntry } from 'astro:content';
import { sourceParagraphs } from '../lib/anchors/paragraph-anchors.ts';
import { indexThemes, sectionThemes, type ThemeIndex, type ThemeSectionPassage } from '../lib/themes/themes.ts';
import { compareDates } from '../lib/partial-date.ts';
import { getSectionAnchors } from './anchors.ts';
import { checkContent } from './check-content.ts';
import { fileOf, type Incident, type Report, type Section, type Theme } from './entries.ts';
import { getIncidents } from './incidents.ts';
import { getReports } from './reports.ts';
import { sectionBody } from './section-body-html.ts';

export type { Theme };

export interface ThemeData {
  /** Every theme, in its `order`. */
  themes: Theme[];
  bySlug: Map<string, Theme>;
  index: ThemeIndex;
  /** Section id → paragraph id → the paragraph's text as written (with its [^n] markers), for the paragraphs a theme or the general record names. */
  paragraphText: Map<string, Map<string, string>>;
  sections: Map<string, Section>;
  /** Reports oldest edition first (date order of the editions). */
  reports: Report[];
  /** "<section>#<paragraph>" → the incidents whose mentions point at that paragraph. */
  incidentsAt: Map<string, Incident[]>;
}

let loaded: Promise<ThemeData> | undefined;

/**
 * The themes, indexed once for the whole build, after the content gate has checked them
 * (src/lib/content-rules/gate.ts: every section and paragraph they name exists, and a theme
 * that follows an indicator prints its question exactly).
 */
async function load(): Promise<ThemeData> {
  await checkContent();
  const [themeEntries, generalEntry, sectionEntries, reports, incidents] = await Promise.all([
    getCollection('themes'),
    getEntry('themeGeneral', 'general'),
    getCollection('sections'),
    getReports(),
    getIncidents(),
  ]);
  const paragraphsOf = new Map<string, string[]>();
  for (const section of sectionEntries) {
    paragraphsOf.set(
      section.id,
      (await getSectionAnchors(section.id)).paragraphs.map((p) => p.id),
    );
  }

  const themes = themeEntries.sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
  const index = indexThemes(
    themes.map((t) => ({ slug: t.id, file: fileOf(t), passages: t.data.passages })),
    { file: generalEntry ? fileOf(generalEntry) : 'content/themes-general.yaml', passages: generalEntry?.data.passages ?? [] },
    paragraphsOf,
  );

  // The text of the paragraphs the themes and the general record name, and only those: the
  // rest of the archive's text is not held for the whole build.
  const sectionsById = new Map(sectionEntries.map((s) => [s.id, s]));
  const paragraphText = new Map<string, Map<string, string>>();
  for (const [sectionId, named] of [...index.themesOf, ...index.general]) {
    const section = sectionsById.get(sectionId);
    if (!section) continue;
    const ids = paragraphsOf.get(sectionId) ?? [];
    const texts = sourceParagraphs(sectionBody(section));
    const kept = paragraphText.get(sectionId) ?? new Map<string, string>();
    ids.forEach((id, i) => {
      if (named.has(id)) kept.set(id, texts[i] ?? '');
    });
    paragraphText.set(sectionId, kept);
  }

  const incidentsAt = new Map<string, Incident[]>();
  for (const incident of incidents) {
    for (const mention of incident.data.mentions) {
      const key = `${mention.section.id}#${mention.paragraph}`;
      const list = incidentsAt.get(key) ?? [];
      if (!list.includes(incident)) list.push(incident);
      incidentsAt.set(key, list);
    }
  }

  return {
    themes,
    bySlug: new Map(themes.map((t) => [t.id, t])),
    index,
    paragraphText,
    sections: new Map(sectionEntries.map((s) => [s.id, s])),
    // Editions in date order: by edition year, then by publication date (the 2013 profile
    // reports June 2013 events, after Freedom on the Net 2013's coverage), then by id.
    reports: [...reports].sort(
      (a, b) => a.data.edition - b.data.edition || compareDates(a.data.published.date, b.data.published.date) || a.id.localeCompare(b.id),
    ),
    incidentsAt,
  };
}

export function getThemeData(): Promise<ThemeData> {
  loaded ??= load();
  return loaded;
}

/** The themes a section's paragraphs belong to, in theme order. */
export async function themesOfSection(sectionId: string): Promise<Theme[]> {
  const data = await getThemeData();
  return sectionThemes(
    data.index,
    sectionId,
    data.themes.map((t) => t.id),
  ).map((slug) => data.bySlug.get(slug)!);
}

/** A theme's passages grouped by edition, oldest edition first, sections in reading order. */
export async function themePassagesByEdition(slug: string): Promise<{ report: Report; passages: ThemeSectionPassage[] }[]> {
  const data = await getThemeData();
  const passages = data.index.passagesOf.get(slug) ?? [];
  return data.reports
    .map((report) => ({
      report,
      passages: passages
        .filter((p) => data.sections.get(p.section)!.data.report.id === report.id)
        .sort((a, b) => data.sections.get(a.section)!.data.order - data.sections.get(b.section)!.data.order),
    }))
    .filter((group) => group.passages.length > 0);
}
