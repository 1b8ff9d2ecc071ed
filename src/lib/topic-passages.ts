/**
 * Finding the paragraphs that name a topic, and quoting them. A topic is named by its name
 * or one of its aliases, as a whole word and case-sensitively ("Tor" is not "tor" in
 * "monitor", "VK" is not "vk" in a URL path). All the names of all the topics are compiled
 * into one expression, so each paragraph is read once, however many topics there are.
 */

export interface NamedTopic {
  id: string;
  /** The topic's name and its aliases, exactly as the reports print them. */
  names: readonly string[];
}

/** Where a name stands in a text: [start, end) in UTF-16 offsets. */
export interface Span {
  start: number;
  end: number;
}

export interface TopicMatcher {
  /** Topic id → the spans in `text` that name it, in reading order. Topics not named are absent. */
  match(text: string): Map<string, Span[]>;
}

// A name is a whole word when no letter or digit touches it on either side.
const BEFORE = '(?<![\\p{L}\\p{N}])';
const AFTER = '(?![\\p{L}\\p{N}])';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Every whole-word occurrence of `inner` inside `outer`, as offsets into `outer`. */
function wholeWordOffsets(outer: string, inner: string): number[] {
  const pattern = new RegExp(`${BEFORE}${escapeRegExp(inner)}${AFTER}`, 'gu');
  return [...outer.matchAll(pattern)].map((m) => m.index);
}

export function compileTopicMatcher(topics: readonly NamedTopic[]): TopicMatcher {
  const topicsByName = new Map<string, Set<string>>();
  for (const topic of topics) {
    for (const name of topic.names) {
      const set = topicsByName.get(name) ?? new Set<string>();
      set.add(topic.id);
      topicsByName.set(name, set);
    }
  }
  const names = [...topicsByName.keys()].filter((n) => n.length > 0);
  // Longest first, so that at any position the longest name wins ("Tor Project" over "Tor").
  names.sort((a, b) => b.length - a.length || a.localeCompare(b));
  // A longer name can hold a shorter one ("Tele2-Altel" holds "Tele2" and "Altel"): the text
  // then names both, so each name also credits the names inside it, at their offsets.
  const credits = new Map<string, { topic: string; offset: number; length: number }[]>();
  for (const name of names) {
    const list: { topic: string; offset: number; length: number }[] = [...topicsByName.get(name)!].map((topic) => ({ topic, offset: 0, length: name.length }));
    for (const inner of names) {
      if (inner.length >= name.length) continue;
      for (const offset of wholeWordOffsets(name, inner)) {
        for (const topic of topicsByName.get(inner)!) list.push({ topic, offset, length: inner.length });
      }
    }
    credits.set(name, list);
  }
  const pattern = names.length > 0 ? new RegExp(`${BEFORE}(?:${names.map(escapeRegExp).join('|')})${AFTER}`, 'gu') : undefined;

  return {
    match(text: string): Map<string, Span[]> {
      const found = new Map<string, Span[]>();
      if (!pattern) return found;
      for (const m of text.matchAll(pattern)) {
        for (const { topic, offset, length } of credits.get(m[0])!) {
          const spans = found.get(topic) ?? [];
          const start = m.index + offset;
          // The same topic may be credited twice for one match (its name holds its alias): keep the widest.
          if (!spans.some((s) => s.start <= start && start + length <= s.end)) spans.push({ start, end: start + length });
          found.set(topic, spans);
        }
      }
      for (const spans of found.values()) spans.sort((a, b) => a.start - b.start);
      return found;
    },
  };
}

/** A piece of quoted text; `marked` pieces are the topic's names. */
export interface QuoteSegment {
  text: string;
  marked: boolean;
}

export interface Quote {
  segments: QuoteSegment[];
  /** True when text of the paragraph is left out before or after the quoted part. */
  cutBefore: boolean;
  cutAfter: boolean;
}

/**
 * The paragraph, whole when it has at most `maxWords` words; otherwise an excerpt of about
 * `excerptWords` words around the first span (never cutting a name). The spans inside the
 * quoted part are marked.
 */
export function quoteAround(text: string, spans: readonly Span[], maxWords = 60, excerptWords = 40): Quote {
  const words = [...text.matchAll(/\S+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  let from = 0;
  let to = text.length;
  if (words.length > maxWords && spans.length > 0) {
    const first = spans[0]!;
    const firstWord = Math.max(
      0,
      words.findIndex((w) => w.end > first.start),
    );
    const startWord = Math.max(0, Math.min(firstWord - Math.floor(excerptWords / 3), words.length - excerptWords));
    const endWord = Math.min(words.length, startWord + excerptWords) - 1;
    from = words[startWord]!.start;
    to = Math.max(words[endWord]!.end, first.end);
    // Never cut through a name at either edge.
    for (const s of spans) {
      if (s.start < from && s.end > from) from = s.start;
      if (s.start < to && s.end > to) to = s.end;
    }
  }
  const segments: QuoteSegment[] = [];
  let at = from;
  for (const s of spans) {
    if (s.end <= from || s.start >= to || s.start < at) continue;
    if (s.start > at) segments.push({ text: text.slice(at, s.start), marked: false });
    segments.push({ text: text.slice(s.start, s.end), marked: true });
    at = s.end;
  }
  if (at < to) segments.push({ text: text.slice(at, to), marked: false });
  return { segments, cutBefore: from > 0, cutAfter: to < text.length };
}
