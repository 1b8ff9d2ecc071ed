import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { parse as parseHtml, type HTMLElement } from 'node-html-parser';
import { categoryLabels } from '../schemas/incident.ts';
import {
  buildSearchRecords,
  noteTextForIndex,
  topicNameList,
  type BuiltSection,
  type IncidentInfo,
  type ReportInfo,
  type TopicInfo,
} from '../lib/search/records.ts';
import { withBase } from '../lib/urls.ts';

/**
 * The search index, made when the pages are built (`astro:build:done`), in <output>/pagefind/.
 * It reads the built section pages (so every paragraph and note keeps the anchor the page
 * actually carries), the incidents, reports and themes from the site's own open data, and the
 * topics from pagefind/topics.json (src/pages/pagefind/topics.json.ts: the pages' loader), and
 * hands one record per paragraph, note, incident and topic to Pagefind's Node API
 * (src/lib/search/records.ts). It also writes pagefind/topic-names.json, the list the search
 * page suggests from when a query finds nothing. The output folder and the base path are
 * Astro's.
 */
export function searchIndex(): AstroIntegration {
  let base = '/';
  return {
    name: 'archive-search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = withBase(config.base, '');
      },
      'astro:build:done': async ({ dir, logger }) => {
        logger.info(await writeSearchIndex(fileURLToPath(dir), base));
      },
    },
  };
}

/** Builds the index into `site`/pagefind/ and returns one line saying what it holds. */
export async function writeSearchIndex(site: string, base: string): Promise<string> {
  const started = Date.now();
  const readJson = <T>(path: string): T => {
    if (!existsSync(path)) throw new Error(`search index: ${path} is missing; the pages were not built`);
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  };

  const reports = readJson<ReportInfo[]>(join(site, 'data/reports.json')).map(({ id, shortTitle, edition }) => ({ id, shortTitle, edition }));
  const incidents = readJson<(IncidentInfo & { mentions: { section: string; paragraph: string }[] })[]>(join(site, 'data/incidents.json'));
  const topics = readJson<TopicInfo[]>(join(site, 'pagefind/topics.json'));

  // Themes, from the open data: one row per theme and paragraph; each note row lists the themes of
  // the paragraphs that cite it. Keyed by "<section>#<anchor>", as the records are.
  const themesOf = new Map<string, string[]>();
  const addTheme = (key: string, theme: string) => {
    const list = themesOf.get(key) ?? [];
    if (!list.includes(theme)) list.push(theme);
    themesOf.set(key, list);
  };
  for (const row of readJson<{ theme: string; section: string; paragraph: string }[]>(join(site, 'data/themes.json')))
    addTheme(`${row.section}#${row.paragraph}`, row.theme);
  for (const row of readJson<{ section: string; n: number; themes: string[] }[]>(join(site, 'data/citations.json'))) {
    for (const theme of row.themes) addTheme(`${row.section}#note-${row.n}`, theme);
  }

  const sections = builtSections(site, reports);
  const records = buildSearchRecords({
    base,
    reports,
    sections,
    topics,
    incidents,
    themesOf,
    categoryLabel: (c) => {
      const label = categoryLabels[c as keyof typeof categoryLabels];
      if (!label) throw new Error(`search index: unknown incident category ${c}`);
      return label;
    },
  });

  // Pagefind adds to what is in the output folder; start from an empty one so no stale chunk stays
  // (this also removes topics.json, which is not for publishing).
  rmSync(join(site, 'pagefind'), { recursive: true, force: true });
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
    if (!index) throw new Error(`search index: ${errors.join('\n')}`);
    for (const record of records) {
      const response = await index.addCustomRecord(record);
      if (response.errors.length > 0) throw new Error(`search index: ${record.url}: ${response.errors.join('; ')}`);
    }
    const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`search index: ${written.errors.join('\n')}`);
    writeFileSync(join(site, 'pagefind', 'topic-names.json'), JSON.stringify(topicNameList(base, topics)));
  } finally {
    await pagefind.close();
  }

  const count = (kind: string) => records.filter((r) => r.filters.kind?.[0] === kind).length;
  return `${records.length} records (${count('Report text')} paragraphs, ${count('Note')} notes, ${count('Incident')} incidents, ${count('Topic')} topics) in ${((Date.now() - started) / 1000).toFixed(1)} s`;
}

/** The text a reader sees, without what the site added to it (permalinks, note markers, backlinks, archive links). */
function readerText(element: HTMLElement): string {
  const copy = parseHtml(element.outerHTML);
  copy.querySelectorAll('[data-pagefind-ignore]').forEach((added) => added.remove());
  return copy.textContent.replace(/\s+/g, ' ').trim();
}

/** Every built section page, with its paragraphs and notes as the page renders them. */
function builtSections(site: string, reports: ReportInfo[]): BuiltSection[] {
  const sections: BuiltSection[] = [];
  const reportsDir = join(site, 'reports');
  for (const report of reports) {
    const dir = join(reportsDir, report.id);
    for (const slug of readdirSync(dir, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)) {
      const file = join(dir, slug, 'index.html');
      if (!existsSync(file)) continue;
      const root = parseHtml(readFileSync(file, 'utf8'));
      const text = root.querySelector('.report-text');
      if (!text) throw new Error(`search index: ${file} has no .report-text element`);
      // Every block of report text carries its anchor as an id; take the ids from the page itself.
      const paragraphs = text.querySelectorAll('p[id], li[id], blockquote[id]').map((el) => ({ id: el.id, text: readerText(el) }));
      const notes = root.querySelectorAll('.notes li[id]').map((el) => {
        const copy = parseHtml(el.outerHTML);
        copy.querySelectorAll('.note-number').forEach((n) => n.remove());
        return { id: el.id, text: noteTextForIndex(readerText(copy)) };
      });
      sections.push({ reportId: report.id, sectionId: `${report.id}/${slug}`, paragraphs, notes });
    }
  }
  if (sections.length === 0) throw new Error(`search index: no section pages found under ${reportsDir}`);
  return sections;
}
