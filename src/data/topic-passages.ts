import { getReports, getReportSections, type Report, type Section } from './reports.ts';
import { getTopics } from './incidents.ts';
import { sectionParagraphs } from './section-paragraphs.ts';
import { compileTopicMatcher, quoteAround, type Quote } from '../lib/topic-passages.ts';

/** One paragraph that names a topic, quoted, with where it stands. */
export interface TopicPassage {
  report: Report;
  section: Section;
  /** The paragraph's anchor on the section page, as the section page assigns it. */
  paragraph: string;
  quote: Quote;
}

let built: Promise<Map<string, TopicPassage[]>> | undefined;

/**
 * One pass over every paragraph of every report, newest report first and each in reading
 * order, with one matcher for all topics: topic id → the paragraphs that name it.
 */
async function build(): Promise<Map<string, TopicPassage[]>> {
  const [topics, reports] = await Promise.all([getTopics(), getReports()]);
  const matcher = compileTopicMatcher(topics.map((t) => ({ id: t.id, names: [t.data.name, ...t.data.aliases] })));
  const byTopic = new Map<string, TopicPassage[]>(topics.map((t) => [t.id, []]));
  for (const report of reports) {
    for (const section of await getReportSections(report.id)) {
      for (const { id, text } of (await sectionParagraphs(section)).paragraphs) {
        for (const [topic, spans] of matcher.match(text)) {
          byTopic.get(topic)!.push({ report, section, paragraph: id, quote: quoteAround(text, spans) });
        }
      }
    }
  }
  return byTopic;
}

/** The paragraphs that name a topic (by name or alias), computed once per build. */
export async function topicPassages(topicId: string): Promise<TopicPassage[]> {
  built ??= build();
  return (await built).get(topicId) ?? [];
}
