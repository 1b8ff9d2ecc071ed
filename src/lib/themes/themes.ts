import type { ScoreRow } from '../scores/score-rows.ts';
import { MARKER_PATTERN } from '../notes/note-markers.ts';

/**
 * Themes across editions: which paragraphs of which sections speak to which theme. A theme
 * file lists passages (a section, optionally some of its paragraphs, and a reason); here they
 * are expanded to single paragraphs, checked against the sections' permanent anchors, and
 * indexed both ways, once, in time linear in the passages and paragraphs.
 */

export interface PassageInput {
  section: string;
  /** Absent: the whole section. */
  paragraphs?: readonly string[] | undefined;
  reason: string;
}

export interface ThemeInput {
  slug: string;
  /** Where the theme was read from, for messages. */
  file: string;
  passages: readonly PassageInput[];
}

/** A theme's passage after expansion: one section, its paragraphs in reading order, the reasons. */
export interface ThemeSectionPassage {
  section: string;
  paragraphs: string[];
  reasons: string[];
  /** True when the theme lists the whole section. */
  whole: boolean;
}

export interface ParagraphTheme {
  theme: string;
  reason: string;
}

export interface ThemeIndex {
  /** Theme slug → its passages, one per section, sections in the order first listed. */
  passagesOf: Map<string, ThemeSectionPassage[]>;
  /** Section id → paragraph id → the themes it belongs to, in the order the themes were given. */
  themesOf: Map<string, Map<string, ParagraphTheme[]>>;
  /** Section id → paragraph id → why it is recorded as general. */
  general: Map<string, Map<string, string>>;
  /** Each reference to a section or paragraph that does not exist, as "<file>: <field>: …; expected …". */
  problems: string[];
}

function expectedIds(ids: readonly string[]): string {
  return ids.length === 0 ? 'none (the section has no paragraphs)' : `one of ${ids.join(', ')}`;
}

/** The paragraph ids a passage names, after checking each exists; problems are pushed. */
function passageParagraphs(
  passage: PassageInput,
  field: string,
  file: string,
  paragraphsOf: ReadonlyMap<string, readonly string[]>,
  problems: string[],
): string[] | undefined {
  const ids = paragraphsOf.get(passage.section);
  if (!ids) {
    problems.push(`${file}: ${field}.section: "${passage.section}" is not a section; expected "<report>/<slug>" of a file in content/sections/`);
    return undefined;
  }
  if (!passage.paragraphs) return [...ids];
  const known = new Set(ids);
  const found: string[] = [];
  passage.paragraphs.forEach((id, j) => {
    if (known.has(id)) found.push(id);
    else
      problems.push(
        `${file}: ${field}.paragraphs.${j}: "${id}" is not a paragraph of ${passage.section}; expected ${expectedIds(ids)} (content/anchors/${passage.section}.yaml)`,
      );
  });
  return found;
}

/**
 * Expands and indexes the themes and the general record. `paragraphsOf` gives each section's
 * paragraph ids in reading order (its permanent anchors).
 */
export function indexThemes(
  themes: readonly ThemeInput[],
  general: { file: string; passages: readonly PassageInput[] },
  paragraphsOf: ReadonlyMap<string, readonly string[]>,
): ThemeIndex {
  const problems: string[] = [];
  const passagesOf = new Map<string, ThemeSectionPassage[]>();
  const themesOf = new Map<string, Map<string, ParagraphTheme[]>>();

  for (const theme of themes) {
    const bySection = new Map<string, { ids: Set<string>; reasons: string[]; whole: boolean }>();
    theme.passages.forEach((passage, i) => {
      const ids = passageParagraphs(passage, `passages.${i}`, theme.file, paragraphsOf, problems);
      if (!ids) return;
      const entry = bySection.get(passage.section) ?? { ids: new Set<string>(), reasons: [], whole: false };
      for (const id of ids) {
        if (entry.ids.has(id)) {
          problems.push(
            `${theme.file}: passages.${i}.paragraphs: ${passage.section} ${id} is already listed in this theme; expected each paragraph once per theme`,
          );
          continue;
        }
        entry.ids.add(id);
        const paragraphs = themesOf.get(passage.section) ?? new Map<string, ParagraphTheme[]>();
        themesOf.set(passage.section, paragraphs);
        paragraphs.set(id, [...(paragraphs.get(id) ?? []), { theme: theme.slug, reason: passage.reason }]);
      }
      entry.reasons.push(passage.reason);
      entry.whole ||= !passage.paragraphs;
      bySection.set(passage.section, entry);
    });
    passagesOf.set(
      theme.slug,
      [...bySection].map(([section, entry]) => ({
        section,
        // Reading order, whatever order the theme file lists them in.
        paragraphs: (paragraphsOf.get(section) ?? []).filter((id) => entry.ids.has(id)),
        reasons: entry.reasons,
        whole: entry.whole,
      })),
    );
  }

  const generalIndex = new Map<string, Map<string, string>>();
  general.passages.forEach((passage, i) => {
    const ids = passageParagraphs(passage, `passages.${i}`, general.file, paragraphsOf, problems) ?? [];
    for (const id of ids) {
      const mapped = themesOf.get(passage.section)?.get(id);
      if (mapped) {
        problems.push(
          `${general.file}: passages.${i}: ${passage.section} ${id} is recorded as general but belongs to the theme "${mapped[0]!.theme}"; expected a paragraph that belongs to no theme`,
        );
        continue;
      }
      const paragraphs = generalIndex.get(passage.section) ?? new Map<string, string>();
      generalIndex.set(passage.section, paragraphs.set(id, passage.reason));
    }
  });

  return { passagesOf, themesOf, general: generalIndex, problems };
}

/** Every paragraph that belongs to no theme and is not recorded as general, in reading order. */
export function unmappedParagraphs(
  index: Pick<ThemeIndex, 'themesOf' | 'general'>,
  paragraphsOf: ReadonlyMap<string, readonly string[]>,
): { section: string; paragraph: string }[] {
  const result: { section: string; paragraph: string }[] = [];
  for (const [section, ids] of paragraphsOf) {
    for (const paragraph of ids) {
      if (!index.themesOf.get(section)?.has(paragraph) && !index.general.get(section)?.has(paragraph)) result.push({ section, paragraph });
    }
  }
  return result;
}

/** The themes of a section: those of any of its paragraphs, each once, in the given theme order. */
export function sectionThemes(index: Pick<ThemeIndex, 'themesOf'>, section: string, themeOrder: readonly string[]): string[] {
  const found = new Set<string>();
  for (const themes of index.themesOf.get(section)?.values() ?? []) for (const t of themes) found.add(t.theme);
  return themeOrder.filter((slug) => found.has(slug));
}

/** The report a section id belongs to: the part before the slash. */
export function reportOfSection(section: string): string {
  return section.slice(0, section.indexOf('/'));
}

/** A paragraph's text cut into words and note markers, for quoting it with links to its notes. */
export type QuoteSegment = { kind: 'text'; text: string } | { kind: 'marker'; n: number };

export function quoteSegments(text: string): QuoteSegment[] {
  const segments: QuoteSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(new RegExp(MARKER_PATTERN.source, 'g'))) {
    if (match.index > last) segments.push({ kind: 'text', text: text.slice(last, match.index) });
    segments.push({ kind: 'marker', n: Number(match[1]) });
    last = match.index + match[0].length;
  }
  if (last < text.length) segments.push({ kind: 'text', text: text.slice(last) });
  return segments;
}

/** The note numbers a paragraph cites, each once, in the order they appear. */
export function citedNotes(text: string): number[] {
  return [...new Set(quoteSegments(text).flatMap((s) => (s.kind === 'marker' ? [s.n] : [])))];
}

/** A theme page reads the published score rows as they are (src/lib/scores/score-rows.ts). */
export type ThemeScoreInput = ScoreRow;

export interface ThemeScore<Row> {
  report: string;
  level: 'indicator' | 'category';
  rows: Row[];
}

/**
 * The scores that speak to an indicator theme, edition by edition: the indicator itself where
 * an edition scores indicators (2020), otherwise its category (A, B or C: 2013 and 2015),
 * which is broader than the indicator. Editions without scores give nothing.
 */
export function themeScores<Row extends ThemeScoreInput>(rows: readonly Row[], code: string, reportIds: readonly string[]): ThemeScore<Row>[] {
  return reportIds.flatMap((report): ThemeScore<Row>[] => {
    const own = rows.filter((r) => r.report === report);
    const indicator = own.filter((r) => r.code === code);
    if (indicator.length > 0) return [{ report, level: 'indicator', rows: indicator }];
    const category = own.filter((r) => r.code === code[0]);
    return category.length > 0 ? [{ report, level: 'category', rows: category }] : [];
  });
}
