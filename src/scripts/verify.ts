/**
 * /verify/: checks a quotation against the reports in the browser. The quotation's rarest
 * words are looked up in the search index (Pagefind, this site's own, without its worker), the
 * paragraphs and notes that hold them are loaded one small fragment each, and the quotation is
 * aligned with each word by word (src/lib/verify/). The quotation lives in the URL (?q=…), so a
 * check can be shared.
 */
import { checkQuotation, type Hit } from '../lib/verify/check.ts';
import type { Segment, Verdict } from '../lib/verify/match.ts';
import { noteTextForIndex } from '../lib/note-index-text.ts';

interface Context {
  base: string;
  kinds: string[];
  sections: Record<string, { label: string; report: string }>;
}
interface ResultData {
  url: string;
  content: string;
  filters: Record<string, string[]>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string, options?: { filters?: Record<string, unknown> }): Promise<{ results: { id: string; data(): Promise<ResultData> }[] }>;
}

/** A verdict this similar or more is "the nearest passage"; less, the quotation is in no report and the passage only the closest found. */
const NEAR = 0.5;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
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

  let pagefindPromise: Promise<Pagefind> | undefined;
  const pagefind = () =>
    (pagefindPromise ??= (async () => {
      const module = (await import(/* @vite-ignore */ `${context.base}pagefind/pagefind.js`)) as { createInstance(o: Record<string, unknown>): Pagefind };
      const instance = module.createInstance({ basePath: `${context.base}pagefind/`, noWorker: true });
      await instance.options({ baseUrl: '/' });
      await instance.init();
      return instance;
    })());

  /** Passages (paragraphs and notes) holding every word of the query, best first; a note is compared as the index holds it, its URLs shortened to their sites. */
  const search = async (query: string): Promise<Hit[]> => {
    const pf = await pagefind();
    const response = await pf.search(query, { filters: { kind: { any: context.kinds } } });
    return response.results.map((r) => ({
      id: r.id,
      load: async () => {
        const data = await r.data();
        const isNote = /#note-\d+$/.test(data.url);
        return { id: data.url, text: data.content, prepareQuote: isNote ? noteTextForIndex : undefined };
      },
    }));
  };

  const where = (url: string) => {
    const match = /reports\/([^/]+\/[^/]+)\/#(p(\d+)|note-(\d+))$/.exec(url);
    const section = match ? context.sections[match[1]!] : undefined;
    const page = url.replace(/#.*$/, '');
    return {
      report: section?.report ?? '',
      section: section?.label ?? '',
      part: match?.[3] ? `¶ ${match[3]}` : `note ${match?.[4] ?? ''}`,
      permanent: new URL(url, location.href).href,
      cite: `${page}cite/#${match?.[2] ?? ''}`,
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
    if (segment.kind === 'omitted') return element('span', { class: 'verify-omitted' }, hidden(' (left out by the quotation’s ellipsis: '), segment.report, hidden(') '));
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
          s.quote && report ? `The quotation has “${s.quote}” where the report has “${report}”.` : s.quote ? `The quotation adds “${s.quote}”, which the report does not have here.` : `The quotation leaves out “${report}”, which the report has here (with no ellipsis to say so).`,
        ),
      );
    }
    return list;
  };

  const links = (place: ReturnType<typeof where>): HTMLElement =>
    element(
      'ul',
      { class: 'verify-links' },
      element('li', {}, 'Permanent link: ', element('a', { href: place.permanent }, place.permanent)),
      element('li', {}, element('a', { href: place.cite }, `Cite ${place.part}`), ` (${place.report}, “${place.section}”: Chicago, APA, BibTeX, RIS, CSL-JSON)`),
    );

  const show = (outcome: Awaited<ReturnType<typeof checkQuotation>>) => {
    result.replaceChildren();
    const verdict = outcome.verdict;
    if (!verdict) {
      status.textContent = outcome.terms.length === 0 && outcome.queries.length === 0
        ? 'Type or paste a passage of a few words or more to check.'
        : `Not found in any report: no paragraph or note holds the quotation's rarest words (${outcome.queries.join('; ')}).`;
      result.dataset.verdict = outcome.queries.length === 0 ? 'empty' : 'not-found';
      return;
    }
    const place = where(verdict.candidate.id);
    const cited = `${place.report}, “${place.section}”, ${place.part}`;
    const heading = element('h2', {});
    if (verdict.found) {
      status.textContent = `Found word for word: ${cited}.`;
      heading.textContent = 'Found word for word';
      result.append(
        heading,
        element('p', {}, `The quotation stands in ${cited}. Highlighted: its words in the ${place.part.startsWith('¶') ? 'paragraph' : 'note'}${verdict.segments.some((s) => s.kind === 'omitted') ? '; between highlights, the words its ellipsis leaves out' : ''}.`),
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
      : `Not found in any report. The closest passage found, ${cited}, shares few of its words.`;
    heading.textContent = near ? 'Not found word for word: the nearest passage' : 'Not found in any report';
    result.append(
      heading,
      element(
        'p',
        {},
        near ? `The nearest passage is ${cited}. ` : `No report holds this quotation. The closest passage the search found is ${cited}. `,
        'Highlighted: the words that agree. ',
        element('del', {}, 'Struck through'),
        ': what the quotation says that the report does not. ',
        element('ins', {}, 'Underlined'),
        ': what the report prints instead. The differences, in words:',
      ),
      differences(verdict),
      passageOf(verdict),
      links(place),
    );
    result.dataset.verdict = near ? 'nearest' : 'not-found';
  };

  const check = async (quote: string) => {
    status.textContent = 'Checking…';
    result.dataset.verdict = 'checking';
    try {
      show(await checkQuotation(quote, search));
    } catch (error) {
      status.textContent = `The check could not run: ${(error as Error).message}. Try again, or use the search page.`;
      result.dataset.verdict = 'error';
    }
  };

  const initial = new URLSearchParams(location.search).get('q') ?? '';
  if (initial.trim()) {
    void pagefind();
    input.value = initial;
    void check(initial);
  } else {
    input.addEventListener('focus', () => void pagefind(), { once: true });
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
