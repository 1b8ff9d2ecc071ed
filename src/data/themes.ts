import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { sourceParagraphs } from '../lib/anchors/paragraph-anchors.ts';
import { indexThemes, sectionThemes, type ParagraphTheme, type ThemeIndex, type ThemeSectionPassage } from '../lib/themes/themes.ts';
import { compareDates } from '../lib/partial-date.ts';
import { getSectionAnchors } from './anchors.ts';
import { failOnContentProblems, fileOf, problemFromLine } from './content-error.ts';
import { getIncidents, type Incident } from './incidents.ts';
import { getReports, type Report, type Section } from './reports.ts';
import { sectionBody } from './section-body-html.ts';

export type Theme = CollectionEntry<'themes'>;

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
 * The themes, checked and indexed once for the whole build: every section and paragraph a
 * theme (or the general record) names must exist, each paragraph at most once per theme, and
 * a theme that follows an indicator must print that indicator's question exactly. A paragraph
 * in no theme is not a build error (test/themes-coverage.test.ts lists those), so a new report
 * can be built before it is mapped.
 */
async function load(): Promise<ThemeData> {
  const [themeEntries, generalEntry, sectionEntries, reports, incidents] = await Promise.all([
    getCollection('themes'),
    getEntry('themeGeneral', 'general'),
    getCollection('sections'),
    getReports(),
    getIncidents(),
  ]);
  const problems: string[] = [];

  const paragraphsOf = new Map<string, string[]>();
  for (const section of sectionEntries) {
    paragraphsOf.set(section.id, (await getSectionAnchors(section.id)).paragraphs.map((p) => p.id));
  }

  // An indicator's question as the newest edition that scores it prints it.
  const questionOf = new Map<string, string>();
  const editionOf = new Map(reports.map((r) => [r.id, r.data.edition]));
  const newestFirst = [...sectionEntries].sort((a, b) => (editionOf.get(b.data.report.id) ?? 0) - (editionOf.get(a.data.report.id) ?? 0));
  for (const section of newestFirst) {
    const indicator = section.data.indicator;
    if (indicator && !questionOf.has(indicator.code)) questionOf.set(indicator.code, indicator.question);
  }
  const codes = new Map<string, string>();
  for (const theme of themeEntries) {
    const code = theme.data.code;
    if (!code) continue;
    const question = questionOf.get(code);
    if (!question) problems.push(`${fileOf(theme)}: code: "${code}" is no indicator of any report; expected one of ${[...questionOf.keys()].sort().join(', ')}`);
    else if (question !== theme.data.question) problems.push(`${fileOf(theme)}: question: is not the ${code} question as printed; expected "${question}"`);
    if (codes.has(code)) problems.push(`${fileOf(theme)}: code: "${code}" is already the code of ${codes.get(code)}; expected one theme per indicator`);
    codes.set(code, fileOf(theme));
  }

  const themes = themeEntries.sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
  const index = indexThemes(
    themes.map((t) => ({ slug: t.id, file: fileOf(t), passages: t.data.passages })),
    { file: generalEntry ? fileOf(generalEntry) : 'content/themes-general.yaml', passages: generalEntry?.data.passages ?? [] },
    paragraphsOf,
  );
  problems.push(...index.problems);
  failOnContentProblems(problems.map(problemFromLine));

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
    reports: [...reports].sort((a, b) => a.data.edition - b.data.edition || compareDates(a.data.published.date, b.data.published.date) || a.id.localeCompare(b.id)),
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
  return sectionThemes(data.index, sectionId, data.themes.map((t) => t.id)).map((slug) => data.bySlug.get(slug)!);
}

/** The themes of one paragraph, with the reasons, in theme order. */
export async function themesOfParagraph(sectionId: string, paragraphId: string): Promise<ParagraphTheme[]> {
  return (await getThemeData()).index.themesOf.get(sectionId)?.get(paragraphId) ?? [];
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
