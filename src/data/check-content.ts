import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { getCollection } from 'astro:content';
import { checkNoteMarkers } from '../lib/notes/note-markers.ts';
import { checkSectionOutline, unknownSectionSlugs } from '../lib/content-rules/section-outline.ts';
import { scoreRows, scoreSumProblems } from '../lib/scores/score-rows.ts';
import { sectionSlug } from '../lib/urls.ts';
import { failOnContentProblems, fileOf, problemAt, problemFromRule, type ContentProblem } from './content-error.ts';
import { derivationProblems, scoreInputs } from './scores.ts';
import { anchorProblems, sectionAnchorsAsRecorded } from './anchors.ts';
import { disagreementProblems, droppedHedges, unflaggedDateDisagreement, unsupportedSummaryNumbers, unsupportedTitleNumbers } from '../lib/content-rules/incident-rules.ts';
import { categoryReasonProblems, categoryReviewProblems, type CategorisedIncident } from '../lib/content-rules/category-rules.ts';
import type { ReviewCounts } from '../lib/content-rules/reviews.ts';
import { sectionBody } from './section-body-html.ts';
import { loadCategoryCues, loadCategoryReview, loadReviewRecords } from './review-records.ts';
import { reuseStatementProblem } from '../lib/licence.ts';
import { missingAddedDates } from '../lib/content-rules/added-dates.ts';

/**
 * Every rule that ties entries together, checked once, before any page is rendered: the
 * data getters (src/data/reports.ts, incidents.ts, scores.ts, open-data.ts) await this
 * first, so the first page's getStaticPaths stops the build with one list of problems in
 * the same form as the schema checks. (The one rule that needs rendered HTML, that an
 * incident's quote stands word for word in its paragraph, is checked in SectionText.astro.)
 */
let checked: Promise<void> | undefined;
let reviewCounts: ReviewCounts[] = [];

export function checkContent(): Promise<void> {
  checked ??= run();
  return checked;
}

/** The full reviews recorded in content/review/ (checked with everything else), for the method page. */
export async function getReviewCounts(): Promise<ReviewCounts[]> {
  await checkContent();
  return reviewCounts;
}

async function run(): Promise<void> {
  const [reports, sections, incidents, topics, statistics] = await Promise.all([
    getCollection('reports'),
    getCollection('sections'),
    getCollection('incidents'),
    getCollection('topics'),
    getCollection('statistics'),
  ]);
  const problems: ContentProblem[] = [];
  const reportIds = reports.map((r) => r.id);
  const sectionsById = new Map(sections.map((s) => [s.id, s]));
  // Paragraphs are named by their permanent anchors (content/anchors/), not by position.
  const anchorsOf = new Map(await Promise.all(sections.map(async (s) => [s.id, await sectionAnchorsAsRecorded(s.id)] as const)));
  problems.push(...(await anchorProblems()));
  const anchorIds = new Map([...anchorsOf].map(([id, a]) => [id, new Set(a.paragraphs.map((p) => p.id))]));
  const anchorList = (sectionId: string) => [...(anchorIds.get(sectionId) ?? [])].join(', ');
  const sectionsByReport = new Map<string, typeof sections>();
  for (const section of sections) {
    const list = sectionsByReport.get(section.data.report.id) ?? [];
    list.push(section);
    sectionsByReport.set(section.data.report.id, list);
  }

  // Sections: their report, their notes, their outline.
  for (const section of sections) {
    const report = section.data.report.id;
    if (!reportIds.includes(report)) problems.push(problemAt(section, 'report', `"${report}" is not a report; expected one of ${reportIds.join(', ')}`));
    else if (!section.id.startsWith(`${report}/`)) problems.push(problemAt(section, 'report', `is "${report}"; expected the folder the file is in`));
    section.data.truncatedParagraphs.forEach((t, i) => {
      if (!anchorIds.get(section.id)?.has(t.paragraph)) problems.push(problemAt(section, `truncatedParagraphs.${i}.paragraph`, `this section has no ${t.paragraph}; expected one of its paragraph anchors (${anchorList(section.id)})`));
    });
    for (const rule of checkNoteMarkers(sectionBody(section), section.data.notes)) {
      const marker = /\[\^\d+\]/.exec(rule)?.[0];
      problems.push(problemFromRule(section, rule, rule.startsWith('body:') ? marker : undefined));
    }
  }

  // Reports: their sections in order, key developments, source file.
  const sourcesDir = resolve(process.env.ARCHIVE_CONTENT_DIR ?? 'content', 'sources');
  for (const report of reports) {
    const list = sectionsByReport.get(report.id) ?? [];
    if (list.length === 0) problems.push(problemAt(report, 'sections', `none found; expected content/sections/${report.id}/*.mdx`));
    const outline = list.map((s) => ({ slug: sectionSlug(s.id), order: s.data.order, level: s.data.level, parent: s.data.parent, file: fileOf(s) }));
    for (const [slug, rules] of checkSectionOutline(outline)) {
      const section = list.find((s) => sectionSlug(s.id) === slug)!;
      for (const rule of rules) problems.push(problemFromRule(section, rule));
    }
    report.data.keyDevelopments?.items.forEach((item, i) => {
      for (const slug of unknownSectionSlugs(item.sections, outline.map((s) => s.slug))) {
        problems.push(problemAt(report, `keyDevelopments.items.${i}.sections`, `"${slug}" is not a section of this report; expected a file content/sections/${report.id}/${slug}.mdx`));
      }
    });
    if (!existsSync(resolve(sourcesDir, report.data.sourceFile))) {
      problems.push(problemAt(report, 'sourceFile', `"${report.data.sourceFile}" is not in content/sources/; expected the report's raw source text saved under that name`));
    } else {
      // What the source says about reuse is quoted exactly, on the line it names (src/lib/licence.ts).
      const reuse = reuseStatementProblem(readFileSync(resolve(sourcesDir, report.data.sourceFile), 'utf8'), report.data.reuse);
      if (reuse) problems.push(problemAt(report, `reuse.${reuse.slice(0, reuse.indexOf(':'))}`, reuse.slice(reuse.indexOf(':') + 2)));
    }
  }

  // The reviewed tables in content/review/: category cues, settled category suggestions, full reviews.
  const cues = loadCategoryCues();
  const categoryReview = loadCategoryReview();
  problems.push(...cues.problems, ...categoryReview.problems);

  // Incidents: topics and the sections and paragraphs their mentions point at.
  const topicIds = new Set(topics.map((t) => t.id));
  const editionOf = new Map(reports.map((r) => [r.id, r.data.edition]));
  for (const incident of incidents) {
    incident.data.topics.forEach((t, i) => {
      if (!topicIds.has(t.id)) problems.push(problemAt(incident, `topics.${i}`, `"${t.id}" is not a topic; expected a file content/topics/${t.id}.yaml`));
    });
    incident.data.mentions.forEach((m, i) => {
      const ids = anchorIds.get(m.section.id);
      if (!sectionsById.has(m.section.id)) problems.push(problemAt(incident, `mentions.${i}.section`, `"${m.section.id}" is not a section; expected "<report>/<slug>" of a file in content/sections/`));
      else if (ids && !ids.has(m.paragraph)) problems.push(problemAt(incident, `mentions.${i}.paragraph`, `${m.section.id} has no ${m.paragraph}; expected one of its paragraph anchors (${anchorList(m.section.id)})`));
    });
    // The archive's own words stay tied to the quoted passages (src/lib/content-rules/incident-rules.ts).
    const accounts = incident.data.mentions.map((m) => {
      const notes = sectionsById.get(m.section.id)?.data.notes ?? [];
      const noteTexts = m.notes.flatMap((n) => notes.find((note) => note.n === n)?.text ?? []);
      return { ...m, report: m.section.id.slice(0, m.section.id.indexOf('/')), section: m.section.id, noteTexts };
    });
    const reportYears = accounts.flatMap((m) => editionOf.get(m.report) ?? []);
    const rules = [
      ...unsupportedSummaryNumbers({ ...incident.data, mentions: accounts, reportYears }),
      ...unsupportedTitleNumbers({ ...incident.data, mentions: accounts, reportYears }),
      ...droppedHedges({ ...incident.data, mentions: accounts }),
      ...(cues.data ? categoryReasonProblems(cues.data, { id: incident.id, ...incident.data }) : []),
      ...(incident.data.disagreement ? disagreementProblems(incident.data.disagreement, accounts) : []),
      ...unflaggedDateDisagreement(incident.data, accounts),
    ];
    for (const rule of rules) problems.push(problemFromRule(incident, rule));
  }

  // Categories have a reason: every suggestion the cue table makes is settled in the review list.
  const incidentById = new Map(incidents.map((i) => [i.id, i]));
  if (cues.data && categoryReview.data) {
    const categorised: CategorisedIncident[] = incidents.map((i) => ({ id: i.id, ...i.data }));
    for (const p of categoryReviewProblems(cues.data, categorised, categoryReview.data)) {
      if (p.entry !== undefined) {
        const colon = p.message.indexOf(': ');
        problems.push(categoryReview.problemAt(p.entry, p.message.slice(0, colon), p.message.slice(colon + 2)));
      } else problems.push(problemFromRule(incidentById.get(p.incident)!, p.message));
    }
  }
  const reviews = loadReviewRecords(new Set(incidents.map((i) => i.id)));
  problems.push(...reviews.problems);
  reviewCounts = reviews.counts;

  // Statistics: every reference a value makes.
  for (const series of statistics) {
    series.data.values.forEach((value, i) => {
      const at = (field: string) => `values.${i}.${field}`;
      if (!reportIds.includes(value.report.id)) {
        problems.push(problemAt(series, at('report'), `"${value.report.id}" is not a report; expected one of ${reportIds.join(', ')}`));
        return;
      }
      if (!value.section) {
        if (value.paragraph !== undefined) problems.push(problemAt(series, at('paragraph'), `is given without a section; expected a section, or no paragraph for a figure from the report's fact box`));
        return;
      }
      const section = sectionsById.get(value.section.id);
      if (!section) {
        problems.push(problemAt(series, at('section'), `"${value.section.id}" is not a section; expected "<report>/<slug>" of a file in content/sections/`));
        return;
      }
      if (section.data.report.id !== value.report.id) {
        problems.push(problemAt(series, at('section'), `"${value.section.id}" belongs to ${section.data.report.id}; expected a section of ${value.report.id}`));
      }
      if (value.paragraph === undefined) {
        problems.push(problemAt(series, at('paragraph'), `is missing; expected the anchor of the paragraph in ${section.id} that prints the figure`));
        return;
      }
      const paragraphExists = anchorIds.get(section.id)?.has(value.paragraph) ?? false;
      if (!paragraphExists) {
        problems.push(problemAt(series, at('paragraph'), `${section.id} has no ${value.paragraph}; expected one of its paragraph anchors (${anchorList(section.id)})`));
      }
      if (value.note !== undefined && !section.data.notes.some((n) => n.n === value.note)) {
        problems.push(problemAt(series, at('note'), `${section.id} has no note ${value.note}; expected one of its notes (${section.data.notes.map((n) => n.n).join(', ') || 'it has none'})`));
      } else if (paragraphExists && value.note !== undefined && !anchorsOf.get(section.id)?.notesCited.get(value.paragraph)?.includes(value.note)) {
        problems.push(problemAt(series, at('note'), `note ${value.note} is not cited in ${section.id} ${value.paragraph}; expected a note marked in that paragraph`));
      }
    });
  }

  // Scores: parts add up to their whole; a derived score is what the arithmetic gives.
  if (problems.length === 0) {
    const rows = scoreRows(scoreInputs(reports, sections));
    const reportById = new Map(reports.map((r) => [r.id, r]));
    for (const sum of scoreSumProblems(rows)) {
      const report = reportById.get(sum.report)!;
      const years = report.data.kind === 'freedom-on-the-net' ? report.data.scores : [];
      const yearIndex = years.findIndex((y) => y.year === sum.year);
      const codeIndex = years[yearIndex]?.scores.findIndex((s) => s.code === sum.code) ?? -1;
      const field = yearIndex >= 0 && codeIndex >= 0 ? `scores.${yearIndex}.scores.${codeIndex}.${sum.field}` : 'scores';
      problems.push(problemAt(report, field, `${sum.year}: ${sum.message}; expected the parts as printed to add up to the whole as printed`));
    }
    for (const derived of derivationProblems(rows)) {
      const section = sectionsByReport.get(derived.report)?.find((s) => s.data.indicator?.code === derived.code);
      if (section) problems.push(problemAt(section, 'indicator.score', derived.message));
    }
  }

  // Any other reference to an entry that does not exist, in any collection. (Astro only logs
  // these, in its own words; scripts/build/quiet-logger.mjs drops that log in favour of this.)
  const known = new Map<string, Set<string>>(
    Object.entries({ reports, sections, incidents, topics, statistics }).map(([name, entries]) => [name, new Set(entries.map((e) => e.id))]),
  );
  const reported = new Set(problems.map((p) => `${p.file} ${p.field}`));
  for (const entries of [reports, sections, incidents, topics, statistics]) {
    for (const entry of entries) {
      for (const { path, collection, id } of referencesIn(entry.data)) {
        const ids = known.get(collection);
        const field = path.join('.');
        if (!ids || ids.has(id) || reported.has(`${fileOf(entry)} ${field}`)) continue;
        problems.push(problemAt(entry, field, `"${id}" is not in ${collection}; expected the id of an entry in content/${collection}/`));
      }
    }
  }

  // A report or incident not yet published says when it was added, for /changes/ and the feed.
  const record = resolve(process.env.ARCHIVE_CONTENT_DIR ?? 'content', 'published.json');
  const publishedPages = existsSync(record) ? new Set(Object.keys((JSON.parse(readFileSync(record, 'utf8')) as { pages: Record<string, unknown> }).pages)) : undefined;
  const addable = [...reports.map((r) => ({ kind: 'report' as const, id: r.id, added: r.data.added })), ...incidents.map((i) => ({ kind: 'incident' as const, id: i.id, added: i.data.added }))];
  for (const { entry, rule } of missingAddedDates(addable, publishedPages)) {
    problems.push(problemFromRule((entry.kind === 'report' ? reports : incidents).find((e) => e.id === entry.id)!, rule));
  }

  failOnContentProblems(problems);
}

/** Every { collection, id } reference inside an entry's data, with its path. */
function referencesIn(value: unknown, path: (string | number)[] = []): { path: (string | number)[]; collection: string; id: string }[] {
  if (value === null || typeof value !== 'object') return [];
  if (Array.isArray(value)) return value.flatMap((item, i) => referencesIn(item, [...path, i]));
  const record = value as Record<string, unknown>;
  if (typeof record.collection === 'string' && typeof record.id === 'string') return [{ path, collection: record.collection, id: record.id }];
  return Object.entries(record).flatMap(([key, item]) => referencesIn(item, [...path, key]));
}
