// Builds the search index after `astro build`: `node scripts/build/search-index.ts <site dir>`, with
// the same SITE_URL or SITE_BASE as the build (src/lib/site-address.ts) when the site is under a
// sub-path. It reads the built section pages (so
// every paragraph and note keeps the anchor the page actually carries), the incidents and
// reports from the site's own open data, and the topics from content/topics/, and hands one
// record per paragraph, note, incident and topic to Pagefind's Node API (src/lib/search/records.ts).
// It also writes pagefind/topic-names.json, the list the search page suggests from when a
// query finds nothing.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { parse as parseHtml, type HTMLElement } from 'node-html-parser';
import { parse as parseYaml } from 'yaml';
import { siteAddress } from '../../src/lib/site-address.ts';
import { topicSchema } from '../../src/schemas/topic.ts';
import { categoryLabels } from '../../src/schemas/incident.ts';
import { buildSearchRecords, noteTextForIndex, topicNameList, type BuiltSection, type IncidentInfo, type ReportInfo, type TopicInfo } from '../../src/lib/search/records.ts';

const site = process.argv[2] ?? 'dist';
const { base } = siteAddress();
const started = Date.now();

function fail(message: string): never {
  console.error(`search index: ${message}`);
  process.exit(1);
}

const readJson = <T>(path: string): T => {
  if (!existsSync(path)) fail(`${path} is missing; run astro build first`);
  return JSON.parse(readFileSync(path, 'utf8')) as T;
};

const reports = readJson<ReportInfo[]>(join(site, 'data/reports.json')).map(({ id, shortTitle, edition }) => ({ id, shortTitle, edition }));
const incidents = readJson<(IncidentInfo & { mentions: { section: string; paragraph: string }[] })[]>(join(site, 'data/incidents.json'));

// Themes, from the open data: one row per theme and paragraph; each note row lists the themes of
// the paragraphs that cite it. Keyed by "<section>#<anchor>", as the records are.
const themesOf = new Map<string, string[]>();
const addTheme = (key: string, theme: string) => {
  const list = themesOf.get(key) ?? [];
  if (!list.includes(theme)) list.push(theme);
  themesOf.set(key, list);
};
for (const row of readJson<{ theme: string; section: string; paragraph: string }[]>(join(site, 'data/themes.json'))) addTheme(`${row.section}#${row.paragraph}`, row.theme);
for (const row of readJson<{ section: string; n: number; themes: string[] }[]>(join(site, 'data/citations.json'))) {
  for (const theme of row.themes) addTheme(`${row.section}#note-${row.n}`, theme);
}

const topicsDir = 'content/topics';
const topics: TopicInfo[] = readdirSync(topicsDir)
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((file) => {
    const parsed = topicSchema.safeParse(parseYaml(readFileSync(join(topicsDir, file), 'utf8')));
    if (!parsed.success) fail(`${topicsDir}/${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    return { id: file.replace(/\.yaml$/, ''), ...parsed.data };
  });

/** The text a reader sees, without what the site added to it (permalinks, note markers, backlinks, archive links). */
function readerText(element: HTMLElement): string {
  const copy = parseHtml(element.outerHTML);
  copy.querySelectorAll('[data-pagefind-ignore]').forEach((added) => added.remove());
  return copy.textContent.replace(/\s+/g, ' ').trim();
}

const sections: BuiltSection[] = [];
const reportsDir = join(site, 'reports');
for (const report of reports) {
  const dir = join(reportsDir, report.id);
  for (const slug of readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)) {
    const file = join(dir, slug, 'index.html');
    if (!existsSync(file)) continue;
    const root = parseHtml(readFileSync(file, 'utf8'));
    const text = root.querySelector('.report-text');
    if (!text) fail(`${file} has no .report-text element`);
    // Every block of report text carries its anchor as an id; take the ids from the page itself.
    const paragraphs = text
      .querySelectorAll('p[id], li[id], blockquote[id]')
      .map((el) => ({ id: el.id, text: readerText(el) }));
    const notes = root.querySelectorAll('.notes li[id]').map((el) => {
      const copy = parseHtml(el.outerHTML);
      copy.querySelectorAll('.note-number').forEach((n) => n.remove());
      return { id: el.id, text: noteTextForIndex(readerText(copy)) };
    });
    sections.push({ reportId: report.id, sectionId: `${report.id}/${slug}`, paragraphs, notes });
  }
}
if (sections.length === 0) fail(`no section pages found under ${reportsDir}`);

const records = buildSearchRecords({
  base,
  reports,
  sections,
  topics,
  incidents,
  themesOf,
  categoryLabel: (c) => categoryLabels[c as keyof typeof categoryLabels] ?? fail(`unknown incident category ${c}`),
});

// Pagefind adds to what is in the output folder; start from an empty one so no stale chunk stays.
rmSync(join(site, 'pagefind'), { recursive: true, force: true });
const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
if (!index) fail(errors.join('\n'));
for (const record of records) {
  const response = await index.addCustomRecord(record);
  if (response.errors.length > 0) fail(`${record.url}: ${response.errors.join('; ')}`);
}
const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
if (written.errors.length > 0) fail(written.errors.join('\n'));
writeFileSync(join(site, 'pagefind', 'topic-names.json'), JSON.stringify(topicNameList(base, topics)));
await pagefind.close();

const count = (kind: string) => records.filter((r) => r.filters.kind?.[0] === kind).length;
console.log(
  `search index: ${records.length} records (${count('Report text')} paragraphs, ${count('Note')} notes, ${count('Incident')} incidents, ${count('Topic')} topics) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
