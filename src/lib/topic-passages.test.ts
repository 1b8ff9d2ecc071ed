import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileTopicMatcher, quoteAround, type Span } from './topic-passages.ts';

const matcher = compileTopicMatcher([
  { id: 'tor', names: ['Tor Project', 'Tor'] },
  { id: 'nsc', names: ['National Security Committee', 'NSC', 'KNB'] },
  { id: 'mail', names: ['Mail.ru'] },
  { id: 'altel', names: ['Altel', 'Tele2-Altel'] },
  { id: 'tele2', names: ['Tele2'] },
]);
const named = (text: string) => Object.fromEntries([...matcher.match(text)].map(([topic, spans]) => [topic, spans.map((s) => text.slice(s.start, s.end))]));

test('names and aliases match as whole words, case-sensitively', () => {
  assert.deepEqual(named('The Tor Project site and Tor were blocked; monitoring continued.'), { tor: ['Tor Project', 'Tor'] });
  assert.deepEqual(named('Nothing about it here, only a monitor, a torrent and a TOR.'), {});
  assert.deepEqual(named('The KNB, or National Security Committee (NSC), said so.'), { nsc: ['KNB', 'National Security Committee', 'NSC'] });
});

test('names with punctuation are matched literally', () => {
  assert.deepEqual(named('Mail.ru and Mailxru'), { mail: ['Mail.ru'] });
});

test('one paragraph can name several topics, each with its own spans', () => {
  assert.deepEqual(named('Tor and the KNB.'), { tor: ['Tor'], nsc: ['KNB'] });
});

test('a name inside a longer name of another topic still names that topic', () => {
  const text = 'Tele2-Altel was formed; Tele2 left.';
  assert.deepEqual(named(text), { altel: ['Tele2-Altel'], tele2: ['Tele2', 'Tele2'] });
});

test('a matcher with no names matches nothing', () => {
  assert.deepEqual([...compileTopicMatcher([]).match('anything')], []);
});

const words = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `w${i + from}`).join(' ');
const spanOf = (text: string, name: string): Span => ({ start: text.indexOf(name), end: text.indexOf(name) + name.length });
const quoted = (q: ReturnType<typeof quoteAround>) =>
  `${q.cutBefore ? '… ' : ''}${q.segments.map((s) => (s.marked ? `[${s.text}]` : s.text)).join('')}${q.cutAfter ? ' …' : ''}`;

test('a short paragraph is quoted whole, with every name marked', () => {
  const text = 'Tor was blocked, and Tor Project too.';
  const q = quoteAround(text, [
    { start: 0, end: 3 },
    { start: 21, end: 32 },
  ]);
  assert.equal(quoted(q), '[Tor] was blocked, and [Tor Project] too.');
});

test('a long paragraph is cut to an excerpt around the first name, and says so', () => {
  const text = `${words(50)} Kazakhtelecom ${words(50, 50)}`;
  const q = quoteAround(text, [spanOf(text, 'Kazakhtelecom')], 60, 40);
  assert.ok(q.cutBefore && q.cutAfter);
  const shown = q.segments
    .map((s) => s.text)
    .join('')
    .split(/\s+/);
  assert.equal(shown.length, 40);
  assert.ok(q.segments.some((s) => s.marked && s.text === 'Kazakhtelecom'));
});

test('an excerpt near the start of a paragraph is not cut before', () => {
  const text = `Kazakhtelecom ${words(100)}`;
  const q = quoteAround(text, [spanOf(text, 'Kazakhtelecom')], 60, 40);
  assert.equal(q.cutBefore, false);
  assert.equal(q.cutAfter, true);
  assert.equal(q.segments[0]!.text, 'Kazakhtelecom');
});

test('an excerpt never cuts a name in two', () => {
  const text = `${words(60)} National Security Committee ${words(60, 60)}`;
  const span = spanOf(text, 'National Security Committee');
  // Window of 2 words starting at the name's first word: it would end inside the name.
  const q = quoteAround(text, [span], 10, 2);
  assert.ok(q.segments.some((s) => s.marked && s.text === 'National Security Committee'));
});
