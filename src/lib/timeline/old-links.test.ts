import { test } from 'node:test';
import assert from 'node:assert/strict';
import { forwardOldLink } from './old-links.ts';

test("a category filter goes to the category's list, the other choices kept for its form", () => {
  assert.deepEqual(forwardOldLink('?category=blocking&report=fotn-2015&order=newest'), {
    path: 'incidents/category/blocking/',
    query: '?report=fotn-2015&order=newest',
  });
  assert.deepEqual(forwardOldLink('?category=blocking'), { path: 'incidents/category/blocking/', query: '' });
});

test("a report filter without a category goes to the report's list", () => {
  assert.deepEqual(forwardOldLink('?report=fotn-2020&topic=telegram&view=compact'), {
    path: 'incidents/report/fotn-2020/',
    query: '?topic=telegram&view=compact',
  });
});

test("a topic alone goes to the topic's page", () => {
  assert.deepEqual(forwardOldLink('?topic=soundcloud'), { path: 'topics/soundcloud/', query: '' });
});

test('no filter, or only an order or view, stays on the timeline', () => {
  assert.equal(forwardOldLink(''), undefined);
  assert.equal(forwardOldLink('?order=newest&view=compact'), undefined);
  assert.equal(forwardOldLink('?category='), undefined);
});
