/**
 * /verify/: checks a quotation against the reports in the browser. The quotation's rarer words
 * are looked up in the word index (/verify/words/<n>.json, one small shard per word at most),
 * the sections holding the passages that have most of them are loaded
 * (/verify/passages/<report>/<section>.json), and the quotation is aligned with each passage
 * word by word (src/lib/verify/). No WebAssembly, nothing from another host. The quotation
 * lives in the URL (?q=…), so a check can be shared.
 */
import { checkQuotation, type Load, type Postings } from '../lib/verify/check.ts';
import type { Segment, Verdict } from '../lib/verify/match.ts';
import { lookup, shardOf, type Shard } from '../lib/verify/word-index.ts';

interface Context {
  base: string;
  shards: number;
}
interface SectionFile {
  report: string;
  section: string;
  passages: Record<string, string>;
}

/** A verdict this similar or more is "the nearest passage"; less, the quotation is in no report and the passage only the closest found. */
const NEAR = 0.5;

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}
const hidden = (text: string) => element('span', { class: 'visually-hidden' }, text);

export function startVerify(): void {
  const context = JSON.parse(document.getElementById('verify-context')!.textContent!) as Context;
  const form = document.getElementById('verify-form') as HTMLFormElement;
  const input = document.getElementById('verify-input') as HTMLTextAreaElement;
  const status = document.getElementById('verify-status') as HTMLElement;
  const result = document.getElementById('verify-result') as HTMLElement;

  const json = <T>(path: string): Promise<T> =>
    fetch(context.base + path).then((response) => {
      if (!response.ok) throw new Error(`${path}: ${response.status}`);
      return response.json() as Promise<T>;
    });
  const shards = new Map<number, Promise<Shard>>();
  const postings: Postings = async (key) => {
    const n = shardOf(key, context.shards);
    if (!shards.has(n)) shards.set(n, json<Shard>(`verify/words/${n}.json`));
    return lookup(await shards.get(n)!, key);
  };
  const sections = new Map<string, Promise<SectionFile>>();
  const sectionFile = (section: string) => {
    if (!sections.has(section)) sections.set(section, json<SectionFile>(`verify/passages/${section}.json`));
    return sections.get(section)!;
  };
  const load: Load = async (key) => {
    const [section, anchor] = key.split('#') as [string, string];
    const file = await sectionFile(section);
    return { id: `${context.base}reports/${section}/#${anchor}`, text: file.passages[anchor] ?? '' };
  };

  const where = async (url: string) => {
    const match = /reports\/([^/]+\/[^/]+)\/#(p(\d+)|note-(\d+))$/.exec(url)!;
    const file = await sectionFile(match[1]!);
    const page = url.replace(/#.*$/, '');
    return {
      report: file.report,
      section: file.section,
      part: match[3] ? `¶ ${match[3]}` : `note ${match[4]}`,
      permanent: new URL(url, location.href).href,
      cite: `${page}cite/#${match[2]}`,
    };
  };

  const passageOf = (verdict: Verdict): HTMLElement => {
    const text = verdict.candidate.text;
    const quote = element('blockquote', { class: 'verify-passage' });
    quote.append(text.slice(0, verdict.alignment.start));
    for (const segment of verdict.segments) quote.append(segmentNode(segment));
    quote.append(text.slice(verdict.alignment.end));
    return quote;
  };

  const segmentNode = (segment: Segment): Node => {
    if (segment.kind === 'same') return element('mark', {}, segment.text);
    if (segment.kind === 'omitted')
      return element('span', { class: 'verify-omitted' }, hidden(' (left out by the quotation’s ellipsis: '), segment.report, hidden(') '));
    const span = element('span', { class: 'verify-difference' });
    // The report's own spacing stays outside the marks.
    const lead = /^\s*/.exec(segment.report)![0];
    if (lead) span.append(lead);
    if (segment.quote) span.append(element('del', {}, hidden('(the quotation has: '), segment.quote, hidden(') ')));
    if (segment.report.trim()) span.append(element('ins', {}, hidden('(the report has: '), segment.report.trim(), hidden(')')));
    return span;
  };

  const differences = (verdict: Verdict): HTMLElement => {
    const list = element('ul', { class: 'verify-differences' });
    for (const s of verdict.segments) {
      if (s.kind !== 'differs') continue;
      const report = s.report.trim();
      list.append(
        element(
          'li',
          {},
          s.quote && report
            ? `The quotation has “${s.quote}” where the report has “${report}”.`
            : s.quote
              ? `The quotation adds “${s.quote}”, which the report does not have here.`
              : `The quotation leaves out “${report}”, which the report has here (with no ellipsis to say so).`,
        ),
      );
    }
    return list;
  };

  const links = (place: Awaited<ReturnType<typeof where>>): HTMLElement =>
    element(
      'ul',
      { class: 'verify-links' },
      element('li', {}, 'Permanent link: ', element('a', { href: place.permanent }, place.permanent)),
      element(
        'li',
        {},
        element('a', { href: place.cite }, `Cite ${place.part}`),
        ` (${place.report}, “${place.section}”: Chicago, APA, BibTeX, RIS, CSL-JSON)`,
      ),
    );

  const show = async (outcome: Awaited<ReturnType<typeof checkQuotation>>) => {
    result.replaceChildren();
    const verdict = outcome.verdict;
    if (!verdict) {
      const why =
        outcome.absent.length > 0 && outcome.common.length === 0
          ? `no paragraph or note holds any of its rarer words (${outcome.absent.join(', ')})`
          : outcome.common.length > 0
            ? `its words (${outcome.terms.join(', ')}) are ${outcome.absent.length > 0 ? 'in no passage or ' : ''}too common to find one passage by; add a rarer word or two`
            : 'it has no words to look up';
      status.textContent = outcome.terms.length === 0 ? 'Type or paste a passage of a few words or more to check.' : `Not found in any report: ${why}.`;
      result.dataset.verdict = outcome.terms.length === 0 ? 'empty' : 'not-found';
      return;
    }
    const place = await where(verdict.candidate.id);
    const cited = `${place.report}, “${place.section}”, ${place.part}`;
    const heading = element('h2', {});
    if (verdict.found) {
      status.textContent = `Found word for word: ${cited}.`;
      heading.textContent = 'Found word for word';
      result.append(
        heading,
        element(
          'p',
          {},
          `The quotation stands in ${cited}. Highlighted: its words in the ${place.part.startsWith('¶') ? 'paragraph' : 'note'}${verdict.segments.some((s) => s.kind === 'omitted') ? '; between highlights, the words its ellipsis leaves out' : ''}.`,
        ),
        passageOf(verdict),
        links(place),
      );
      result.dataset.verdict = 'found';
      return;
    }
    const count = verdict.segments.filter((s) => s.kind === 'differs').length;
    const near = verdict.similarity >= NEAR;
    status.textContent = near
      ? `Not found word for word. Nearest passage: ${cited}, with ${count} ${count === 1 ? 'difference' : 'differences'}.`
      : `Not found in any report. The closest passage, ${cited}, shares few of its words.`;
    heading.textContent = near ? 'Not found word for word: the nearest passage' : 'Not found in any report';
    const legend = [
      'Highlighted: the words that agree. ',
      element('del', {}, 'Struck through'),
      ': what the quotation says that the report does not. ',
      element('ins', {}, 'Underlined twice, in bold'),
      ': what the report prints instead.',
    ];
    if (near) {
      result.append(
        heading,
        element('p', {}, `The nearest passage is ${cited}. `, ...legend, ' The differences, in words:'),
        differences(verdict),
        passageOf(verdict),
        links(place),
      );
    } else {
      // Far from the quotation, a word-by-word list would be long and say little: the passage is shown, marked, for what it is.
      result.append(
        heading,
        element('p', {}, `No report holds this quotation. The passage that shares most of its rarer words is ${cited}. `, ...legend),
        passageOf(verdict),
        links(place),
      );
    }
    result.dataset.verdict = near ? 'nearest' : 'not-found';
  };

  const check = async (quote: string) => {
    status.textContent = 'Checking…';
    result.dataset.verdict = 'checking';
    try {
      await show(await checkQuotation(quote, postings, load));
    } catch (error) {
      status.textContent = `The check could not run: ${(error as Error).message}. Try again, or use the search page.`;
      result.dataset.verdict = 'error';
    }
  };

  const initial = new URLSearchParams(location.search).get('q') ?? '';
  if (initial.trim()) {
    input.value = initial;
    void check(initial);
  }
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const quote = input.value;
    const url = new URL(location.href);
    url.searchParams.set('q', quote);
    history.replaceState(null, '', url);
    void check(quote);
  });
}
