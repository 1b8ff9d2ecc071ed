import { test } from 'node:test';
import assert from 'node:assert/strict';
import { editDistance, nearestNames, normaliseName, tolerance } from './nearest-names.ts';

const topics = [
  { name: 'Kazakhtelecom', url: '/topics/kazakhtelecom/', names: ['Kazakhtelecom', 'Kaztelecom', 'Казахтелеком', 'Qazaqtelecom'] },
  { name: 'LiveJournal', url: '/topics/livejournal/', names: ['LiveJournal'] },
  { name: 'National Security Committee', url: '/topics/national-security-committee/', names: ['National Security Committee', 'KNB', 'КНБ'] },
  { name: 'Tele2', url: '/topics/tele2/', names: ['Tele2'] },
];

test('edit distance counts insertions, deletions, substitutions and swaps', () => {
  assert.equal(editDistance('kazakhtelecom', 'kazakhtelecom'), 0);
  assert.equal(editDistance('kazakhtelekom', 'kazakhtelecom'), 1);
  assert.equal(editDistance('livejornal', 'livejournal'), 1);
  assert.equal(editDistance('abcd', 'abdc'), 1);
  assert.equal(editDistance('', 'abc'), 3);
});

test('names compare without case, accents or punctuation', () => {
  assert.equal(normaliseName('Nur-Sultan'), 'nursultan');
  assert.equal(normaliseName('Adil Söz'), 'adilsoz');
  assert.equal(normaliseName('КНБ'), 'кнб');
});

test('a misspelt name suggests the topic, under the name it came nearest to', () => {
  const [best] = nearestNames('Kazakhtelekom', topics);
  assert.equal(best?.topic.name, 'Kazakhtelecom');
  assert.equal(best?.matched, 'Kazakhtelecom');
  assert.equal(nearestNames('Казахтелекам', topics)[0]?.matched, 'Казахтелеком');
  assert.equal(nearestNames('Livejornal', topics)[0]?.topic.name, 'LiveJournal');
});

test('nothing is suggested when no name is near', () => {
  assert.deepEqual(nearestNames('surveillance', topics), []);
  assert.deepEqual(nearestNames('   ', topics), []);
  // A short name allows one edit: "Tele" is one away from "Tele2", "Te" is two.
  assert.equal(nearestNames('Tele', topics)[0]?.topic.name, 'Tele2');
  assert.deepEqual(nearestNames('Te', topics), []);
});

test('the tolerance grows with the length of the name, up to three edits', () => {
  assert.equal(tolerance(3), 1);
  assert.equal(tolerance(8), 2);
  assert.equal(tolerance(30), 3);
});
