import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countNameMentions } from './topic-mentions.ts';

test('names and aliases count as whole words, case-sensitively', () => {
  const texts = [
    { id: 'a', text: 'The Tor Project site and Tor were blocked; monitoring continued.' },
    { id: 'b', text: 'Nothing about it here, only a monitor and a torrent.' },
    { id: 'c', text: 'The KNB, or National Security Committee (NSC), said so.[^4]' },
  ];
  assert.deepEqual(countNameMentions(['Tor Project', 'Tor'], texts), [{ id: 'a', count: 2 }]);
  assert.deepEqual(countNameMentions(['National Security Committee', 'NSC', 'KNB'], texts), [{ id: 'c', count: 3 }]);
});

test('names with punctuation are matched literally', () => {
  assert.deepEqual(countNameMentions(['Mail.ru'], [{ id: 'x', text: 'Mail.ru and Mailxru' }]), [{ id: 'x', count: 1 }]);
});
