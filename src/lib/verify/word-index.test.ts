import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildWordIndex, COMMON_AT, lookup, shardOf, wordKey } from './word-index.ts';

test('words are keyed as the matcher compares them, lower-cased', () => {
  assert.equal(wordKey('Казахтелеком'), 'казахтелеком');
  assert.equal(wordKey('Cafe\u0301'), 'café');
});

test('every word of every passage is in the shard its hash names, with the passages that hold it', () => {
  const { shardCount, shards } = buildWordIndex([
    { key: 'r/s#p1', text: 'The KNB blocked LiveJournal.' },
    { key: 'r/s#note-2', text: 'Казахтелеком, “Report,” the KNB.' },
  ]);
  const find = (word: string) => lookup(shards[shardOf(wordKey(word), shardCount)]!, wordKey(word));
  assert.deepEqual(find('knb'), ['r/s#p1', 'r/s#note-2']);
  assert.deepEqual(find('Казахтелеком'), ['r/s#note-2']);
  assert.deepEqual(find('livejournal'), ['r/s#p1']);
  assert.equal(find('absent'), undefined);
  assert.equal(find('constructor'), undefined);
});

test('a word in more passages than COMMON_AT is recorded by its count alone', () => {
  const passages = Array.from({ length: COMMON_AT + 1 }, (_, i) => ({ key: `r/s#p${i + 1}`, text: `government item${i}` }));
  const { shardCount, shards } = buildWordIndex(passages);
  assert.equal(shards[shardOf('government', shardCount)]!['government'], COMMON_AT + 1);
  assert.deepEqual(shards[shardOf('item3', shardCount)]!['item3'], ['r/s#p4']);
});

test('the shard hash is stable (the browser computes the same)', () => {
  assert.equal(shardOf('government', 1000), shardOf('government', 1000));
  assert.equal(shardOf('a', 2 ** 32 - 1), 0xe40c292c % (2 ** 32 - 1));
});
