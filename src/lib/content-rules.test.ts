import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkSectionOutline, unknownSectionSlugs } from './content-rules.ts';

const outline = [
  { slug: 'introduction', order: 0, level: 1 as const },
  { slug: 'obstacles-to-access', order: 1, level: 1 as const },
  { slug: 'ict-market', order: 2, level: 2 as const, parent: 'obstacles-to-access' },
];

test('a well-formed outline has no problems', () => {
  assert.equal(checkSectionOutline(outline).size, 0);
});

test('gaps in the order are named', () => {
  const problems = checkSectionOutline([outline[0]!, { ...outline[1]!, order: 2 }]);
  assert.deepEqual(problems.get('obstacles-to-access'), ['order: is 2; expected 1 (orders run 0, 1, 2 … without gaps or repeats)']);
});

test('a subsection whose parent is missing or not level 1 is named', () => {
  const missing = checkSectionOutline([outline[0]!, { slug: 'x', order: 1, level: 2, parent: 'nowhere' }]);
  assert.match(missing.get('x')![0]!, /^parent: "nowhere" is not a section of this report/);
  const nested = checkSectionOutline([...outline, { slug: 'y', order: 3, level: 2, parent: 'ict-market' }]);
  assert.match(nested.get('y')![0]!, /is level 2; expected a level-1 section/);
});

test('references to sections that do not exist are listed', () => {
  assert.deepEqual(unknownSectionSlugs(['ict-market', 'legal-environment'], outline.map((s) => s.slug)), ['legal-environment']);
});
