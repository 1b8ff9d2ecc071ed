import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseRedirectRules } from '../../src/lib/offline/paths.ts';
import { collectPublished, type Published } from '../published/collect.ts';
import { resolveUrlPath, siteBase, siteDir } from './site.ts';

// A published URL or #fragment is a promise: once in content/published.json it must be in
// every later build (a moved page leaves a page behind; a retired paragraph keeps its
// anchor). And the record must be complete, so nothing is published without being promised.

const recorded: Published = JSON.parse(readFileSync('content/published.json', 'utf8'));
const built = collectPublished();

test('every page ever published is still there', () => {
  const missing = Object.keys(recorded.pages).filter((path) => !(path in built.pages));
  assert.deepEqual(missing, [], 'a published page vanished; leave a page at its address (content/moves/)');
});

test('every paragraph and note anchor ever published is still on its page', () => {
  const missing = Object.entries(recorded.pages).flatMap(([path, fragments]) =>
    fragments.filter((f) => !(built.pages[path] ?? []).includes(f)).map((f) => `${path}#${f}`),
  );
  assert.deepEqual(missing, [], 'a published anchor vanished; a removed paragraph keeps a retired anchor (npm run anchors)');
});

test('every download ever published is still a file, or a host rule sends its name to a page that is there', () => {
  const rulesFile = join(siteDir, '_redirects');
  const rules = existsSync(rulesFile) ? parseRedirectRules(readFileSync(rulesFile, 'utf8')) : new Map<string, string>();
  const lost = (recorded.files ?? []).filter((file) => {
    if (built.files!.includes(file)) return false;
    const to = rules.get(siteBase + file);
    return !to || !resolveUrlPath(to);
  });
  assert.deepEqual(lost, [], 'a published download vanished; a superseded edition needs a rule in _redirects (src/lib/offline/paths.ts, redirectRules)');
});

test('everything this build publishes is recorded', () => {
  const unrecorded = Object.entries(built.pages).flatMap(([path, fragments]) =>
    path in recorded.pages ? fragments.filter((f) => !recorded.pages[path]!.includes(f)).map((f) => `${path}#${f}`) : [path],
  );
  unrecorded.push(...built.files!.filter((file) => !(recorded.files ?? []).includes(file)));
  assert.deepEqual(unrecorded, [], 'new pages or anchors: run `npm run build && npm run published` and commit content/published.json');
});
