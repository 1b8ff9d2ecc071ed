import { getCollection, type CollectionEntry } from 'astro:content';
import { getSectionParagraphs } from './section-paragraphs.ts';
import { failOnProblems, fileOf } from './content-error.ts';

export type Statistic = CollectionEntry<'statistics'>;
export type StatisticValue = Statistic['data']['values'][number];

let loaded: Promise<Statistic[]> | undefined;

/**
 * Every value names where it is printed: a report, and (unless it is in the report's fact
 * box) a section of that report, a paragraph of that section and the note cited there.
 * Each must exist, or the build stops naming the file and the field.
 */
async function load(): Promise<Statistic[]> {
  const [series, reports, sections, paragraphsBySection] = await Promise.all([
    getCollection('statistics'),
    getCollection('reports'),
    getCollection('sections'),
    getSectionParagraphs(),
  ]);
  const reportIds = new Set(reports.map((r) => r.id));
  const sectionIds = new Set(sections.map((s) => s.id));
  const problems: string[] = [];
  for (const statistic of series) {
    const file = fileOf(statistic);
    statistic.data.values.forEach((value, i) => {
      const field = `values.${i}`;
      const report = value.report.id;
      if (!reportIds.has(report)) problems.push(`${file}: ${field}.report: "${report}" is not a report; expected one of ${[...reportIds].join(', ')}`);
      if (!value.section) {
        if (value.paragraph) problems.push(`${file}: ${field}.paragraph: "${value.paragraph}" has no section; expected a section "<report>/<slug>" beside it`);
        return;
      }
      const section = value.section.id;
      if (!sectionIds.has(section)) {
        problems.push(`${file}: ${field}.section: "${section}" is not a section; expected "<report>/<slug>" of a file in content/sections/`);
        return;
      }
      if (!section.startsWith(`${report}/`)) problems.push(`${file}: ${field}.section: "${section}" is not in report "${report}"; expected a section of that report`);
      if (!value.paragraph) {
        problems.push(`${file}: ${field}.paragraph: missing; expected the anchor (p1, p2 …) of the paragraph in ${section} that prints the figure`);
        return;
      }
      const { paragraphs, citations } = paragraphsBySection.get(section)!;
      if (!paragraphs.some((p) => p.id === value.paragraph)) {
        problems.push(`${file}: ${field}.paragraph: "${value.paragraph}" is not a paragraph of ${section}; expected one of p1 … ${paragraphs.at(-1)?.id ?? '(none)'}`);
        return;
      }
      if (value.note !== undefined && !citations.some((c) => c.paragraphId === value.paragraph && c.n === value.note)) {
        problems.push(`${file}: ${field}.note: note ${value.note} is not cited in ${section} ${value.paragraph}; expected a note marked in that paragraph`);
      }
    });
  }
  failOnProblems(problems);
  return series.sort((a, b) => a.data.order - b.data.order);
}

/** Every statistics series in display order, after checking where each value is printed. */
export async function getStatistics(): Promise<Statistic[]> {
  loaded ??= load();
  return loaded;
}
