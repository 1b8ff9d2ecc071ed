import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { tokenise } from '../../src/lib/verify/match.ts';
import { shardOf, wordKey, type Shard } from '../../src/lib/verify/word-index.ts';
import { pageByFile, siteDir } from './site.ts';

// /verify/'s data against /data/paragraphs.json: each section's passage file holds every
// paragraph and note with text, exactly as published, and the word index lists every word of
// every passage under it (or counts it as common), in the shard the browser will look in.

const rows = JSON.parse(readFileSync(join(siteDir, 'data/paragraphs.json'), 'utf8')) as { section: string; anchor: string; text: string }[];
const context = JSON.parse(pageByFile('verify/index.html')!.root.querySelector('#verify-context')!.text) as { shards: number };
const shards: Shard[] = Array.from({ length: context.shards }, (_, n) => JSON.parse(readFileSync(join(siteDir, `verify/words/${n}.json`), 'utf8')) as Shard);

test('the page names as many shards as the build wrote', () => {
  assert.equal(readdirSync(join(siteDir, 'verify/words')).length, context.shards);
});

test("every passage with text is in its section's passage file, as published", () => {
  const problems: string[] = [];
  for (const row of rows.filter((r) => r.text !== '')) {
    const file = join(siteDir, `verify/passages/${row.section}.json`);
    if (!existsSync(file)) {
      problems.push(`${row.section}: no passage file`);
      continue;
    }
    const passages = (JSON.parse(readFileSync(file, 'utf8')) as { passages: Record<string, string> }).passages;
    if (passages[row.anchor] !== row.text) problems.push(`${row.section}#${row.anchor}: the passage file's text is not the published text`);
  }
  assert.deepEqual(problems, []);
});

test('every word of every passage is indexed under that passage, in the shard its hash names', () => {
  const problems: string[] = [];
  for (const row of rows.filter((r) => r.text !== '')) {
    const key = `${row.section}#${row.anchor}`;
    for (const token of tokenise(row.text).filter((t) => t.word)) {
      const word = wordKey(token.norm);
      const entry = shards[shardOf(word, context.shards)]![word];
      if (entry === undefined || (typeof entry !== 'number' && !entry.includes(key))) problems.push(`${key}: “${word}” is not indexed under it`);
    }
  }
  assert.deepEqual(problems.slice(0, 20), []);
});
