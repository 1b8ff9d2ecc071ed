import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  highlightTerms,
  isQuoted,
  pagefindFilters,
  parseSearchState,
  phraseFirst,
  phraseQuery,
  searchStateToParams,
  withHighlight,
  yearsInRange,
} from './query.ts';

test('the state round-trips through the URL, several values per filter', () => {
  const params = new URLSearchParams('q=Kazakhtelecom&report=Freedom+on+the+Net+2015&report=Freedom+on+the+Net+2020&kind=Note&from=2013&to=2015');
  const state = parseSearchState(params);
  assert.equal(state.q, 'Kazakhtelecom');
  assert.deepEqual(state.filters.report, ['Freedom on the Net 2015', 'Freedom on the Net 2020']);
  assert.deepEqual(state.filters.kind, ['Note']);
  assert.deepEqual(state.filters.topic, []);
  assert.equal(state.from, 2013);
  assert.equal(state.to, 2015);
  assert.equal(searchStateToParams(state).toString(), params.toString());
});

test('themes are in the URL by slug, any of within, all of with the other filters', () => {
  const params = new URLSearchParams('q=blocked&report=Freedom+on+the+Net+2015&theme=blocking&theme=content-removal');
  const state = parseSearchState(params);
  assert.deepEqual(state.filters.theme, ['blocking', 'content-removal']);
  assert.equal(searchStateToParams(state).toString(), params.toString());
  assert.deepEqual(pagefindFilters(state, []), {
    all: [{ report: { any: ['Freedom on the Net 2015'] } }, { theme: { any: ['blocking', 'content-removal'] } }],
  });
  // Counting the theme values leaves the theme filter out, and keeps the others.
  assert.deepEqual(pagefindFilters(state, [], { except: 'theme' }), { all: [{ report: { any: ['Freedom on the Net 2015'] } }] });
});

test('a year that is not a number is ignored', () => {
  const state = parseSearchState(new URLSearchParams('q=x&from=soon'));
  assert.equal(state.from, undefined);
});

test('values within a filter are any-of, filters together are all-of', () => {
  const state = parseSearchState(new URLSearchParams('q=x&report=A&report=B&category=Blocking'));
  assert.deepEqual(pagefindFilters(state, [2013, 2015]), { all: [{ report: { any: ['A', 'B'] } }, { category: { any: ['Blocking'] } }] });
  assert.deepEqual(pagefindFilters(parseSearchState(new URLSearchParams('q=x')), [2013]), {});
});

test('a filter can be left out, to count its values as any-of', () => {
  const state = parseSearchState(new URLSearchParams('q=x&report=A&kind=Note'));
  assert.deepEqual(pagefindFilters(state, [], { except: 'report' }), { all: [{ kind: { any: ['Note'] } }] });
  assert.deepEqual(pagefindFilters(state, [], { except: 'kind', extra: [{ group: { any: ['G'] } }] }), {
    all: [{ report: { any: ['A'] } }, { group: { any: ['G'] } }],
  });
});

test('a range of years becomes the years in it; an empty range matches nothing', () => {
  assert.deepEqual(yearsInRange([2007, 2011, 2013, 2015, 2020], 2011, 2015), ['2011', '2013', '2015']);
  assert.deepEqual(yearsInRange([2007, 2013], undefined, 2010), ['2007']);
  assert.equal(yearsInRange([2007], undefined, undefined), undefined);
  const state = parseSearchState(new URLSearchParams('q=x&from=2016&to=2019'));
  assert.deepEqual(pagefindFilters(state, [2015, 2020]), { all: [{ year: { any: ['none'] } }] });
});

test('quotes ask for the exact phrase; several words are also tried as one', () => {
  assert.equal(isQuoted('"Informational Kazakhstan"'), true);
  assert.equal(isQuoted('Informational Kazakhstan'), false);
  assert.equal(phraseQuery('Informational  Kazakhstan'), '"Informational Kazakhstan"');
  assert.equal(phraseQuery('"patently false information"'), '"patently false information"');
  assert.equal(phraseQuery('SoundCloud'), undefined);
});

test('the landing page highlights a quoted phrase whole, other queries word by word', () => {
  assert.deepEqual(highlightTerms('"patently false"'), ['patently false']);
  assert.deepEqual(highlightTerms('patently false'), ['patently', 'false']);
});

test('highlight parameters go before the fragment, so the anchor still works', () => {
  assert.equal(withHighlight('/reports/fotn-2015/ict-market/#p3', ['Kcell', 'Beeline']), '/reports/fotn-2015/ict-market/?highlight=Kcell&highlight=Beeline#p3');
  assert.equal(withHighlight('/topics/kcell/', ['патент ф']), '/topics/kcell/?highlight=%D0%BF%D0%B0%D1%82%D0%B5%D0%BD%D1%82%20%D1%84');
  assert.equal(withHighlight('/x/?a=1#p2', ['y']), '/x/?a=1&highlight=y#p2');
  assert.equal(withHighlight('/x/#p2', []), '/x/#p2');
});

test('results holding the exact phrase come first, each part in rank order', () => {
  const ranked = [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }];
  assert.deepEqual(
    phraseFirst(ranked, new Set(['c', 'b'])).map((r) => r.id),
    ['b', 'c', 'a', 'd'],
  );
  assert.deepEqual(
    phraseFirst(ranked, new Set()).map((r) => r.id),
    ['a', 'b', 'c', 'd'],
  );
});
