import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getRssString } from '@astrojs/rss';
import Parser from 'rss-parser';
import { absoluteUrl, feedOptions } from './feed.ts';
import { correctionPath, incidentPath } from './urls.ts';

const entries = [
  { path: correctionPath('2026-11-23-statistic-broadband-price'), title: 'Correction: X', date: '2026-11-23', description: 'What. Why: because.' },
  { path: incidentPath('soundcloud-blocked-2015'), title: 'New incident: Y', date: '2026-12-01', description: 'Summary.' },
];

/** The item links as a feed reader reads them from the feed @astrojs/rss writes. */
async function links(site: string, base: string): Promise<string[]> {
  const feed = await new Parser().parseString(await getRssString(feedOptions({ site, base, entries })));
  return feed.items.map((item) => item.link!);
}

test('a correction’s link keeps its fragment exactly, with no slash after it', async () => {
  assert.deepEqual(await links('https://archive.example', '/'), [
    'https://archive.example/changes/#correction-2026-11-23-statistic-broadband-price',
    'https://archive.example/incidents/soundcloud-blocked-2015/',
  ]);
});

test('under a sub-path, every link and the channel link carry the base once', async () => {
  assert.deepEqual(await links('https://mirror.example', '/archive/'), [
    'https://mirror.example/archive/changes/#correction-2026-11-23-statistic-broadband-price',
    'https://mirror.example/archive/incidents/soundcloud-blocked-2015/',
  ]);
  const feed = await new Parser().parseString(await getRssString(feedOptions({ site: 'https://mirror.example', base: '/archive', entries })));
  assert.equal(feed.link, 'https://mirror.example/archive/');
  assert.equal(feed.items[0]!.link, 'https://mirror.example/archive/changes/#correction-2026-11-23-statistic-broadband-price');
});

test('absolute URLs join the address, the base and the path', () => {
  assert.equal(absoluteUrl('https://a.example/', '/', 'data/'), 'https://a.example/data/');
  assert.equal(absoluteUrl('https://a.example', '/archive/', '/changes/#correction-x'), 'https://a.example/archive/changes/#correction-x');
});
