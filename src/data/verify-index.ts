import { paragraphRows } from './paragraph-rows.ts';
import { buildWordIndex, type Shard } from '../lib/verify/word-index.ts';

let cached: Promise<{ shardCount: number; shards: Shard[] }> | undefined;

/** /verify/'s word index over every paragraph and note as published (/data/paragraphs.json's text), made once per build. */
export function verifyWordIndex(): Promise<{ shardCount: number; shards: Shard[] }> {
  cached ??= paragraphRows().then((rows) => buildWordIndex(rows.filter((r) => r.text !== '').map((r) => ({ key: `${r.section}#${r.anchor}`, text: r.text }))));
  return cached;
}
