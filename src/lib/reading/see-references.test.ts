import { test } from 'node:test';
import assert from 'node:assert/strict';
import { linkSeeReferences } from './see-references.ts';

const joined = (r: ReturnType<typeof linkSeeReferences>) => r.segments.map((s) => s.text).join('');
const links = (r: ReturnType<typeof linkSeeReferences>) => r.segments.filter((s) => s.href).map((s) => [s.text, s.href]);

test('the report’s own "(see …)" words become the link, with the text unchanged', () => {
  const text = 'The government temporarily disconnected internet service (see Restrictions on Connectivity).';
  const r = linkSeeReferences(text, [{ href: '/a/', title: 'Restrictions on Connectivity', label: 'Restrictions on Connectivity' }]);
  assert.equal(joined(r), text);
  assert.deepEqual(links(r), [['Restrictions on Connectivity', '/a/']]);
  assert.deepEqual(r.unnamed, []);
});

test('a title printed in capitals is matched and kept as printed', () => {
  const text = 'A court order banned four outlets (see LIMITS ON CONTENT).';
  const r = linkSeeReferences(text, [{ href: '/l/', title: 'Limits on Content', label: 'Limits on Content' }]);
  assert.equal(joined(r), text);
  assert.deepEqual(links(r), [['LIMITS ON CONTENT', '/l/']]);
});

test('indicator codes are matched one by one, in the order printed', () => {
  const text = 'Connectivity was restricted (see A3 and C7).';
  const r = linkSeeReferences(text, [
    { href: '/c7/', title: 'Physical attacks', code: 'C7', label: 'C7' },
    { href: '/a3/', title: 'Restrictions on connectivity', code: 'A3', label: 'A3' },
  ]);
  assert.equal(joined(r), text);
  assert.deepEqual(links(r), [
    ['A3', '/a3/'],
    ['C7', '/c7/'],
  ]);
});

test('a section the words do not name is handed back to be linked separately', () => {
  const text = 'Something happened (see Legal Environment).';
  const r = linkSeeReferences(text, [{ href: '/x/', title: 'Blocking and Filtering', label: 'Blocking and Filtering' }]);
  assert.equal(joined(r), text);
  assert.deepEqual(links(r), []);
  assert.equal(r.unnamed.length, 1);
  const none = linkSeeReferences('No cross-reference here.', [{ href: '/x/', title: 'X', label: 'X' }]);
  assert.deepEqual(none.segments, [{ text: 'No cross-reference here.' }]);
  assert.equal(none.unnamed.length, 1);
});
