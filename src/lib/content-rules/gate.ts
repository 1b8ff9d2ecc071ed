import { missingAddedDates } from './added-dates.ts';
import { LIST_KINDS } from '../timeline/lists.ts';
import { assignAnchors, sourceParagraphs, type AnchorLock } from '../anchors/paragraph-anchors.ts';
import { sectionAnchors } from '../anchors/section-anchors.ts';
import { checkMention } from '../incidents.ts';
import { reuseStatementProblem, type ReuseStatement } from '../licence.ts';
import { checkNoteMarkers, findMarkers } from '../notes/note-markers.ts';
import { MAX_NOTE_ROWS, sectionNoteGroups } from '../reading/note-groups.ts';
import { annotateSectionHtml } from '../reading/section-html.ts';
import { derivationProblems, scoreInputs, type ScoredReport, type ScoredSection } from '../scores/score-inputs.ts';
import { scoreRows, scoreSumProblems } from '../scores/score-rows.ts';
import { indexThemes, type PassageInput } from '../themes/themes.ts';
import { correctionPath, sectionPath, sectionSlug } from '../urls.ts';
import { categoryReasonProblems, categoryReviewProblems, type CategorisedIncident, type CategoryCues, type CategoryReviewEntry } from './category-rules.ts';
import { lineOfField, type ContentProblem } from './content-problem.ts';
import {
  disagreementProblems,
  droppedHedges,
  unflaggedDateDisagreement,
  unsupportedSummaryNumbers,
  unsupportedTitleNumbers,
  type Disagreement,
} from './incident-rules.ts';
import { checkReviews, type Review, type ReviewFile } from './reviews.ts';
import { checkSectionOutline, unknownSectionSlugs } from './section-outline.ts';

/**
 * The content gate: every rule that ties entries together, as one pure function of the
 * loaded entries. It reads no file and imports nothing of Astro; src/data/check-content.ts
 * loads the entries, calls it once before any page is built, and stops the build with every
 * problem it returns (so does `npm run check:content`). Rules that need one file only (its
 * name, encoding, schema, section body) run as the file loads, in src/data/checked-glob.ts.
 *
 * Problems are worded "file:line: field: what is wrong; expected …" (content-problem.ts).
 * Every entry carries the file it was read from, and its text where lines should be named.
 */
export interface EntryFile {
  id: string;
  /** The file, as messages name it (e.g. "content/incidents/x.yaml"). */
  file: string;
  /** The file's text, to name the line of a field; without it, problems name no line. */
  text?: string | undefined;
}

/** A reference to another entry, as Astro's reference() gives it. */
export interface EntryReference {
  collection: string;
  id: string;
}

export interface ReportInput extends EntryFile {
  data: ScoredReport['data'] & {
    edition: number;
    sourceFile: string;
    reuse: ReuseStatement;
    added?: string | undefined;
    keyDevelopments?: { items: readonly { sections: readonly string[] }[] } | undefined;
  };
}

export interface NoteInput {
  n: number;
  markerLost: boolean;
  text?: string | undefined;
}

export interface SectionInput extends EntryFile {
  data: ScoredSection['data'] & {
    report: EntryReference;
    order: number;
    level: 1 | 2;
    parent?: string | undefined;
    notes: readonly NoteInput[];
    truncatedParagraphs: readonly { paragraph: string }[];
  };
  /** The MDX body as written (after the frontmatter, trimmed). */
  body: string;
  /** The body rendered to HTML as the section page renders it (src/data/section-body-html.ts). */
  html: string;
}

export interface AnchorLockInput extends EntryFile {
  /** The lockfile's data (content/anchors/<report>/<section>.yaml); its id is the section's. */
  data: AnchorLock;
}

export interface MentionInput {
  section: EntryReference;
  paragraph: string;
  quote: string;
  notes: number[];
  date?: string | undefined;
}

export interface IncidentInput extends EntryFile {
  data: Omit<CategorisedIncident, 'id' | 'mentions'> & {
    title: string;
    summary: string;
    date: string;
    endDate?: string | undefined;
    plainly?: string | undefined;
    compatible?: string | undefined;
    disagreement?: Disagreement | undefined;
    added?: string | undefined;
    topics: readonly EntryReference[];
    mentions: readonly MentionInput[];
  };
}

export interface StatisticInput extends EntryFile {
  data: {
    values: readonly { report: EntryReference; section?: EntryReference | undefined; paragraph?: string | undefined; note?: number | undefined }[];
  };
}

export interface ThemeInputEntry extends EntryFile {
  data: { order: number; code?: string | undefined; question?: string | undefined; passages: readonly PassageInput[] };
}

export interface CorrectionInput extends EntryFile {
  data: { date: string; targets: readonly string[] };
}

export interface MoveInput extends EntryFile {
  data: { from: string; to: string; date: string };
}

/** A reviewed file of content/review/, as read and validated by src/data/review-records.ts. */
export interface ReviewedFile<T> {
  file: string;
  text?: string | undefined;
  /** Absent when the file is missing or invalid (its problems say why). */
  data?: T | undefined;
  problems: readonly ContentProblem[];
}

export interface ReviewInput {
  cues: ReviewedFile<CategoryCues>;
  categoryReview: ReviewedFile<CategoryReviewEntry[]>;
  reviews: ReviewedFile<Review[]> & {
    /** The folder the review files are in, as messages name it ("content/review"). */
    folder: string;
    /** Each incident-review-*.yaml that parsed as YAML: file name → its entries (or its schema's issues) and its text. */
    files: ReadonlyMap<string, { file: ReviewFile; text: string }>;
  };
}

export interface ArchiveInput {
  reports: readonly ReportInput[];
  sections: readonly SectionInput[];
  anchors: readonly AnchorLockInput[];
  incidents: readonly IncidentInput[];
  topics: readonly (EntryFile & { data: object })[];
  statistics: readonly StatisticInput[];
  themes: readonly ThemeInputEntry[];
  /** The general record (content/themes-general.yaml), if there is one. */
  themeGeneral?: (EntryFile & { data: { passages: readonly PassageInput[] } }) | undefined;
  corrections: readonly CorrectionInput[];
  moves: readonly MoveInput[];
  /** content/archive.yaml, if it exists. */
  archive?: { firstEdition: string } | undefined;
  review: ReviewInput;
  /** The raw source texts in content/sources/: file name → text (only files that exist). */
  sources: ReadonlyMap<string, string>;
  /** The pages recorded in content/published.json, if it exists (new pages need an `added:` day). */
  publishedPages?: ReadonlySet<string> | undefined;
}

/** Every problem with the archive as a whole, in the order the rules run; none: it may be built. */
export function checkArchive(input: ArchiveInput): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const texts = new Map<string, string>();
  for (const list of [
    input.reports,
    input.sections,
    input.anchors,
    input.incidents,
    input.topics,
    input.statistics,
    input.themes,
    input.corrections,
    input.moves,
  ]) {
    for (const entry of list) if (entry.text !== undefined) texts.set(entry.file, entry.text);
  }
  if (input.themeGeneral?.text !== undefined) texts.set(input.themeGeneral.file, input.themeGeneral.text);
  /** A problem with one field of the file, at the line the field is written on ("body" with `find`: the first line holding that text). */
  const at = (file: string, field: string, message: string, find?: string): ContentProblem => {
    const text = texts.get(file);
    let line: number | undefined;
    if (text !== undefined) {
      if (find !== undefined) {
        const index = text.indexOf(find);
        if (index >= 0) line = text.slice(0, index).split('\n').length;
      }
      line ??=
        field === 'body'
          ? undefined
          : lineOfField(
              text,
              file,
              field.split('.').map((step) => (/^\d+$/.test(step) ? Number(step) : step)),
            );
    }
    return { file, line, field, message };
  };
  /** "field: message", as the pure rules word a problem, at that field of the file. */
  const fromRule = (file: string, rule: string, find?: string) => {
    const colon = rule.indexOf(': ');
    return at(file, rule.slice(0, colon), rule.slice(colon + 2), find);
  };

  const { reports, sections, incidents, statistics } = input;
  const reportIds = reports.map((r) => r.id);
  const sectionsById = new Map(sections.map((s) => [s.id, s]));
  const corrections = correctionsByTarget(input.corrections);

  // Paragraphs are named by their permanent anchors (content/anchors/), not by position.
  const anchors = checkAnchors(input, corrections);
  problems.push(...anchors.problems);
  const anchorIds = new Map([...anchors.bySection].map(([id, a]) => [id, new Set(a.ids)]));
  const anchorList = (sectionId: string) => [...(anchorIds.get(sectionId) ?? [])].join(', ');
  const sectionsByReport = new Map<string, SectionInput[]>();
  for (const section of sections) {
    const list = sectionsByReport.get(section.data.report.id) ?? [];
    list.push(section);
    sectionsByReport.set(section.data.report.id, list);
  }

  // Sections: their report, their notes, their outline.
  for (const section of sections) {
    const report = section.data.report.id;
    if (!reportIds.includes(report)) problems.push(at(section.file, 'report', `"${report}" is not a report; expected one of ${reportIds.join(', ')}`));
    else if (!section.id.startsWith(`${report}/`)) problems.push(at(section.file, 'report', `is "${report}"; expected the folder the file is in`));
    section.data.truncatedParagraphs.forEach((t, i) => {
      if (!anchorIds.get(section.id)?.has(t.paragraph))
        problems.push(
          at(
            section.file,
            `truncatedParagraphs.${i}.paragraph`,
            `this section has no ${t.paragraph}; expected one of its paragraph anchors (${anchorList(section.id)})`,
          ),
        );
    });
    for (const rule of checkNoteMarkers(section.body, section.data.notes)) {
      const marker = /\[\^\d+\]/.exec(rule)?.[0];
      problems.push(fromRule(section.file, rule, rule.startsWith('body:') ? marker : undefined));
    }
  }

  // Reports: their sections in order, key developments, source file.
  for (const report of reports) {
    const list = sectionsByReport.get(report.id) ?? [];
    if (list.length === 0) problems.push(at(report.file, 'sections', `none found; expected content/sections/${report.id}/*.mdx`));
    const outline = list.map((s) => ({ slug: sectionSlug(s.id), order: s.data.order, level: s.data.level, parent: s.data.parent, file: s.file }));
    for (const [slug, rules] of checkSectionOutline(outline)) {
      const section = list.find((s) => sectionSlug(s.id) === slug)!;
      for (const rule of rules) problems.push(fromRule(section.file, rule));
    }
    report.data.keyDevelopments?.items.forEach((item, i) => {
      for (const slug of unknownSectionSlugs(
        item.sections,
        outline.map((s) => s.slug),
      )) {
        problems.push(
          at(
            report.file,
            `keyDevelopments.items.${i}.sections`,
            `"${slug}" is not a section of this report; expected a file content/sections/${report.id}/${slug}.mdx`,
          ),
        );
      }
    });
    const source = input.sources.get(report.data.sourceFile);
    if (source === undefined) {
      problems.push(
        at(report.file, 'sourceFile', `"${report.data.sourceFile}" is not in content/sources/; expected the report's raw source text saved under that name`),
      );
    } else {
      // What the source says about reuse is quoted exactly, on the line it names (src/lib/licence.ts).
      const reuse = reuseStatementProblem(source, report.data.reuse);
      if (reuse) problems.push(at(report.file, `reuse.${reuse.slice(0, reuse.indexOf(':'))}`, reuse.slice(reuse.indexOf(':') + 2)));
    }
  }

  // The reviewed tables in content/review/: category cues, settled category suggestions, full reviews.
  const { cues, categoryReview, reviews } = input.review;
  problems.push(...cues.problems, ...categoryReview.problems);

  // Incidents: topics and the sections and paragraphs their mentions point at.
  const topicIds = new Set(input.topics.map((t) => t.id));
  const editionOf = new Map(reports.map((r) => [r.id, r.data.edition]));
  for (const incident of incidents) {
    // /incidents/year/…, /incidents/category/… and /incidents/report/… are the timeline's lists.
    if ((LIST_KINDS as readonly string[]).includes(incident.id)) {
      problems.push({
        file: incident.file,
        field: 'id',
        message: `"${incident.id}" is the name of the timeline's lists (/incidents/${incident.id}/…); expected another file name`,
      });
    }
    incident.data.topics.forEach((t, i) => {
      if (!topicIds.has(t.id)) problems.push(at(incident.file, `topics.${i}`, `"${t.id}" is not a topic; expected a file content/topics/${t.id}.yaml`));
    });
    incident.data.mentions.forEach((m, i) => {
      const ids = anchorIds.get(m.section.id);
      if (!sectionsById.has(m.section.id))
        problems.push(
          at(incident.file, `mentions.${i}.section`, `"${m.section.id}" is not a section; expected "<report>/<slug>" of a file in content/sections/`),
        );
      else if (ids && !ids.has(m.paragraph))
        problems.push(
          at(
            incident.file,
            `mentions.${i}.paragraph`,
            `${m.section.id} has no ${m.paragraph}; expected one of its paragraph anchors (${anchorList(m.section.id)})`,
          ),
        );
    });
    // The archive's own words stay tied to the quoted passages (incident-rules.ts).
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
    for (const rule of rules) problems.push(fromRule(incident.file, rule));
  }

  // Categories have a reason: every suggestion the cue table makes is settled in the review list.
  const incidentById = new Map(incidents.map((i) => [i.id, i]));
  if (cues.data && categoryReview.data) {
    const categorised: CategorisedIncident[] = incidents.map((i) => ({ id: i.id, ...i.data }));
    for (const p of categoryReviewProblems(cues.data, categorised, categoryReview.data)) {
      if (p.entry !== undefined) {
        const colon = p.message.indexOf(': ');
        const field = p.message.slice(0, colon);
        const line = categoryReview.text === undefined ? undefined : lineOfField(categoryReview.text, categoryReview.file, [p.entry, field]);
        problems.push({ file: categoryReview.file, line, field: `${p.entry}.${field}`, message: p.message.slice(colon + 2) });
      } else problems.push(fromRule(incidentById.get(p.incident)!.file, p.message));
    }
  }
  problems.push(...reviewProblems(reviews, new Set(incidents.map((i) => i.id))));

  // Statistics: every reference a value makes.
  for (const series of statistics) {
    series.data.values.forEach((value, i) => {
      const field = (name: string) => `values.${i}.${name}`;
      if (!reportIds.includes(value.report.id)) {
        problems.push(at(series.file, field('report'), `"${value.report.id}" is not a report; expected one of ${reportIds.join(', ')}`));
        return;
      }
      if (!value.section) {
        if (value.paragraph !== undefined)
          problems.push(
            at(series.file, field('paragraph'), `is given without a section; expected a section, or no paragraph for a figure from the report's fact box`),
          );
        return;
      }
      const section = sectionsById.get(value.section.id);
      if (!section) {
        problems.push(at(series.file, field('section'), `"${value.section.id}" is not a section; expected "<report>/<slug>" of a file in content/sections/`));
        return;
      }
      if (section.data.report.id !== value.report.id) {
        problems.push(
          at(series.file, field('section'), `"${value.section.id}" belongs to ${section.data.report.id}; expected a section of ${value.report.id}`),
        );
      }
      if (value.paragraph === undefined) {
        problems.push(at(series.file, field('paragraph'), `is missing; expected the anchor of the paragraph in ${section.id} that prints the figure`));
        return;
      }
      const paragraphExists = anchorIds.get(section.id)?.has(value.paragraph) ?? false;
      if (!paragraphExists) {
        problems.push(
          at(series.file, field('paragraph'), `${section.id} has no ${value.paragraph}; expected one of its paragraph anchors (${anchorList(section.id)})`),
        );
      }
      if (value.note !== undefined && !section.data.notes.some((n) => n.n === value.note)) {
        problems.push(
          at(
            series.file,
            field('note'),
            `${section.id} has no note ${value.note}; expected one of its notes (${section.data.notes.map((n) => n.n).join(', ') || 'it has none'})`,
          ),
        );
      } else if (paragraphExists && value.note !== undefined && !anchors.bySection.get(section.id)?.notesCited.get(value.paragraph)?.includes(value.note)) {
        problems.push(
          at(series.file, field('note'), `note ${value.note} is not cited in ${section.id} ${value.paragraph}; expected a note marked in that paragraph`),
        );
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
      problems.push(at(report.file, field, `${sum.year}: ${sum.message}; expected the parts as printed to add up to the whole as printed`));
    }
    for (const derived of derivationProblems(rows)) {
      const section = sectionsByReport.get(derived.report)?.find((s) => s.data.indicator?.code === derived.code);
      if (section) problems.push(at(section.file, 'indicator.score', derived.message));
    }
  }

  // Any other reference to an entry that does not exist, in any collection. (Astro only logs
  // these, in its own words; scripts/build/quiet-logger.mjs drops that log in favour of this.)
  const collections = { reports, sections, incidents, topics: input.topics, statistics };
  const known = new Map<string, Set<string>>(Object.entries(collections).map(([name, entries]) => [name, new Set(entries.map((e) => e.id))]));
  const reported = new Set(problems.map((p) => `${p.file} ${p.field}`));
  for (const entries of Object.values(collections)) {
    for (const entry of entries) {
      for (const { path, collection, id } of referencesIn(entry.data)) {
        const ids = known.get(collection);
        const field = path.join('.');
        if (!ids || ids.has(id) || reported.has(`${entry.file} ${field}`)) continue;
        problems.push(at(entry.file, field, `"${id}" is not in ${collection}; expected the id of an entry in content/${collection}/`));
      }
    }
  }

  // The reading view: each incident's quote stands word for word in its paragraph, and the
  // margin can hold every note. Only for sections whose anchors are sound (else reported above).
  const mentionsIn = new Map<string, { incident: IncidentInput; index: number }[]>();
  for (const incident of incidents) {
    incident.data.mentions.forEach((mention, index) => {
      const list = mentionsIn.get(mention.section.id) ?? [];
      list.push({ incident, index });
      mentionsIn.set(mention.section.id, list);
    });
  }
  for (const section of sections) {
    const anchored = anchors.bySection.get(section.id);
    if (!anchored || anchored.problems > 0) continue;
    const annotated = annotateSectionHtml(section.html, new Map(), { anchors: anchored.anchors });
    // The lockfile names no line for these: the page and the lockfile disagree as a whole.
    for (const message of annotated.problems) problems.push({ file: `content/anchors/${section.id}.yaml`, field: 'paragraphs', message });
    if (annotated.problems.length > 0) continue;
    const paragraphs = annotated.paragraphs.map((p) => ({ ...p, notes: annotated.noteRefs.filter((c) => c.paragraphId === p.id).map((c) => c.n) }));
    for (const { incident, index } of mentionsIn.get(section.id) ?? []) {
      const mention = incident.data.mentions[index]!;
      // A paragraph the section lacks is reported with the incident's references above.
      if (!anchorIds.get(section.id)?.has(mention.paragraph)) continue;
      for (const problem of checkMention(mention, paragraphs)) {
        const colon = problem.indexOf(': ');
        problems.push(at(incident.file, `mentions.${index}.${problem.slice(0, colon)}`, `(${section.id}) ${problem.slice(colon + 2)}`));
      }
    }
    for (const group of sectionNoteGroups(annotated, section.data.notes).filter((g) => g.row > MAX_NOTE_ROWS)) {
      problems.push({
        file: `content/sections/${section.id}.mdx`,
        field: 'notes',
        message: `notes ${group.notes.join(', ')} are cited in block ${group.row} of the section; expected the margin layout to hold them: it places notes in the first ${MAX_NOTE_ROWS} blocks only (raise MAX_NOTE_ROWS in src/lib/reading/note-groups.ts and add its classes to src/styles/reading.css)`,
      });
    }
  }

  problems.push(...themeProblems(input, anchors.bySection, editionOf, at));
  problems.push(...moveProblems(input, corrections, at));
  // A report or incident not yet published must say when it was added, or /changes/ and the feed never announce it.
  const addable = [
    ...input.reports.map((r) => ({ kind: 'report' as const, id: r.id, added: r.data.added, file: r.file })),
    ...input.incidents.map((i) => ({ kind: 'incident' as const, id: i.id, added: i.data.added, file: i.file })),
  ];
  for (const { entry, rule } of missingAddedDates(addable, input.publishedPages)) problems.push(fromRule(entry.file, rule));
  if (!input.archive) {
    problems.push({
      file: 'content/archive.yaml',
      field: 'firstEdition',
      message: 'is missing; expected the first edition\'s date, e.g. firstEdition: "2026-11-23"',
    });
  }
  return problems;
}

type At = (file: string, field: string, message: string) => ContentProblem;

/** "page#fragment" (or a page) → the dates of the corrections that name it. */
function correctionsByTarget(corrections: readonly CorrectionInput[]): Map<string, Set<string>> {
  const byTarget = new Map<string, Set<string>>();
  for (const correction of corrections) {
    for (const target of correction.data.targets) byTarget.set(target, (byTarget.get(target) ?? new Set()).add(correction.data.date));
  }
  return byTarget;
}

interface AnchoredSection {
  ids: string[];
  /** How many anchor problems the section has (its reading view is checked only without any). */
  problems: number;
  anchors: ReturnType<typeof sectionAnchors>;
  notesCited: Map<string, number[]>;
}

/**
 * Every section's permanent paragraph anchors, matched to its paragraphs by text. A section
 * without a lockfile, a paragraph the lockfile does not know, a recorded anchor that no
 * paragraph matches, a revised or retired anchor without a correction, and a lockfile of no
 * section are problems.
 */
function checkAnchors(
  input: ArchiveInput,
  corrections: ReadonlyMap<string, ReadonlySet<string>>,
): { bySection: Map<string, AnchoredSection>; problems: ContentProblem[] } {
  const lockOf = new Map(input.anchors.map((l) => [l.id, l]));
  const bySection = new Map<string, AnchoredSection>();
  const problems: ContentProblem[] = [];
  for (const section of input.sections) {
    const lock = lockOf.get(section.id);
    if (!lock) {
      problems.push({ file: section.file, field: 'anchors', message: `no lockfile; expected content/anchors/${section.id}.yaml (run \`npm run anchors\`)` });
      continue;
    }
    const before = problems.length;
    const texts = sourceParagraphs(section.body);
    const { ids, problems: mismatches } = assignAnchors(texts, lock.data);
    for (const message of mismatches) problems.push({ file: section.file, field: 'body', message });
    const page = sectionPath(section.id);
    const changes = [
      ...lock.data.paragraphs.flatMap((a) => (a.revised ?? []).map((date) => ({ id: a.id, date, what: 'revised' }))),
      ...lock.data.retired.map((a) => ({ id: a.id, date: a.retired, what: a.fate })),
    ];
    for (const change of changes) {
      if (corrections.get(`${page}#${change.id}`)?.has(change.date)) continue;
      problems.push({
        file: lock.file,
        field: change.id,
        message: `${change.what} on ${change.date} with no correction; expected a file in content/corrections/ dated ${change.date} whose targets include "${page}#${change.id}"`,
      });
    }
    bySection.set(section.id, {
      ids,
      problems: problems.length - before,
      // Where a retired anchor's notice links to matters not to the checks, only where it stands.
      anchors: sectionAnchors(ids, lock.data, () => correctionPath('')),
      notesCited: new Map(ids.map((id, i) => [id, findMarkers(texts[i]!).map((m) => m.n)])),
    });
  }
  const sectionIds = new Set(input.sections.map((s) => s.id));
  for (const lock of input.anchors) {
    if (!sectionIds.has(lock.id))
      problems.push({ file: lock.file, field: 'paragraphs', message: `is the lockfile of no section; expected content/sections/${lock.id}.mdx` });
  }
  return { bySection, problems };
}

/**
 * Every section and paragraph a theme (or the general record) names must exist, each
 * paragraph at most once per theme, and a theme that follows an indicator must print that
 * indicator's question exactly (as the newest edition that scores it prints it). A paragraph
 * in no theme is not a problem (test/themes-coverage.test.ts lists those), so a new report can
 * be built before it is mapped.
 */
function themeProblems(input: ArchiveInput, anchored: ReadonlyMap<string, AnchoredSection>, editionOf: ReadonlyMap<string, number>, at: At): ContentProblem[] {
  const lines: string[] = [];
  const questionOf = new Map<string, string>();
  const newestFirst = [...input.sections].sort((a, b) => (editionOf.get(b.data.report.id) ?? 0) - (editionOf.get(a.data.report.id) ?? 0));
  for (const section of newestFirst) {
    const indicator = section.data.indicator;
    if (indicator && !questionOf.has(indicator.code)) questionOf.set(indicator.code, indicator.question);
  }
  const codes = new Map<string, string>();
  for (const theme of input.themes) {
    const code = theme.data.code;
    if (!code) continue;
    const question = questionOf.get(code);
    if (!question) lines.push(`${theme.file}: code: "${code}" is no indicator of any report; expected one of ${[...questionOf.keys()].sort().join(', ')}`);
    else if (question !== theme.data.question) lines.push(`${theme.file}: question: is not the ${code} question as printed; expected "${question}"`);
    if (codes.has(code)) lines.push(`${theme.file}: code: "${code}" is already the code of ${codes.get(code)}; expected one theme per indicator`);
    codes.set(code, theme.file);
  }
  const paragraphsOf = new Map(input.sections.map((s) => [s.id, anchored.get(s.id)?.ids ?? []]));
  const themes = [...input.themes].sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
  const general = input.themeGeneral;
  const index = indexThemes(
    themes.map((t) => ({ slug: t.id, file: t.file, passages: t.data.passages })),
    { file: general?.file ?? 'content/themes-general.yaml', passages: general?.data.passages ?? [] },
    paragraphsOf,
  );
  lines.push(...index.problems);
  // The theme rules word a problem "file: field: what is wrong; expected …".
  return lines.map((line) => {
    const [file, field, ...rest] = line.split(': ');
    return rest.length > 0 ? at(file!, field!, rest.join(': ')) : { file: file!, field: 'file', message: [field, ...rest].join(': ') };
  });
}

/** A renamed page's old address is free (no page is there), its new one exists, and the rename is recorded as a correction. */
function moveProblems(input: ArchiveInput, corrections: ReadonlyMap<string, ReadonlySet<string>>, at: At): ContentProblem[] {
  const pages = new Set([...input.incidents.map((i) => `incidents/${i.id}/`), ...input.topics.map((t) => `topics/${t.id}/`)]);
  const problems: ContentProblem[] = [];
  for (const move of input.moves) {
    if (pages.has(move.data.from)) problems.push(at(move.file, 'from', `"${move.data.from}" is still a page; expected the old address of a renamed page`));
    if (!pages.has(move.data.to) && !input.moves.some((m) => m.data.from === move.data.to))
      problems.push(at(move.file, 'to', `"${move.data.to}" is no page; expected the new address of an incident or topic`));
    if (!corrections.get(move.data.from)?.has(move.data.date)) {
      problems.push(
        at(
          move.file,
          'date',
          `no correction records this move; expected a file in content/corrections/ dated ${move.data.date} whose targets include "${move.data.from}"`,
        ),
      );
    }
  }
  return problems;
}

/** The full reviews recorded in content/review/, checked against the incidents that exist. */
function reviewProblems(reviews: ReviewInput['reviews'], incidentIds: ReadonlySet<string>): ContentProblem[] {
  if (!reviews.data) return [...reviews.problems];
  const problems = [...reviews.problems];
  const files = new Map([...reviews.files].map(([name, { file }]) => [name, file]));
  for (const p of checkReviews(reviews.data, files, incidentIds).problems) {
    const text = p.file === 'reviews.yaml' ? reviews.text : reviews.files.get(p.file)?.text;
    const file = `${reviews.folder}/${p.file}`;
    const line = text === undefined || p.path.length === 0 ? undefined : lineOfField(text, file, p.path);
    problems.push({ file, line, field: p.path.length === 0 ? 'file' : p.path.join('.'), message: p.message });
  }
  return problems;
}

/** Every { collection, id } reference inside an entry's data, with its path. */
function referencesIn(value: unknown, path: (string | number)[] = []): { path: (string | number)[]; collection: string; id: string }[] {
  if (value === null || typeof value !== 'object') return [];
  if (Array.isArray(value)) return value.flatMap((item, i) => referencesIn(item, [...path, i]));
  const record = value as Record<string, unknown>;
  if (typeof record.collection === 'string' && typeof record.id === 'string') return [{ path, collection: record.collection, id: record.id }];
  return Object.entries(record).flatMap(([key, item]) => referencesIn(item, [...path, key]));
}
