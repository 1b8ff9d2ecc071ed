import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkSectionOutline, unknownSectionSlugs } from './section-outline.ts';

const outline = [
  { slug: 'introduction', order: 0, level: 1 as const },
  { slug: 'obstacles-to-access', order: 1, level: 1 as const },
  { slug: 'ict-market', order: 2, level: 2 as const, parent: 'obstacles-to-access' },
];

test('a well-formed outline has no problems', () => {
  assert.equal(checkSectionOutline(outline).size, 0);
});

test('a gap in the order is named once, on the first section after it', () => {
  const problems = checkSectionOutline([outline[0]!, { ...outline[1]!, order: 2 }, { ...outline[2]!, order: 3 }]);
  assert.deepEqual([...problems.keys()], ['obstacles-to-access']);
  assert.deepEqual(problems.get('obstacles-to-access'), ['order: is 2, but no section has order 1; expected 1 (orders run 0, 1, 2 … without gaps)']);
});

test('a duplicate order names both files and says "duplicate"', () => {
  const problems = checkSectionOutline([
    { ...outline[0]!, file: 'a/introduction.mdx' },
    { ...outline[1]!, order: 0, file: 'a/obstacles-to-access.mdx' },
    { ...outline[2]!, order: 1, parent: undefined, level: 1 },
  ]);
  assert.match(problems.get('introduction')![0]!, /^order: duplicate order 0, also used by a\/obstacles-to-access\.mdx/);
  assert.match(problems.get('obstacles-to-access')![0]!, /^order: duplicate order 0, also used by a\/introduction\.mdx/);
  assert.equal(problems.has('ict-market'), false);
});

test('a subsection whose parent is missing or not level 1 is named', () => {
  const missing = checkSectionOutline([outline[0]!, { slug: 'x', order: 1, level: 2, parent: 'nowhere' }]);
  assert.match(missing.get('x')![0]!, /^parent: "nowhere" is not a section of this report/);
  const nested = checkSectionOutline([...outline, { slug: 'y', order: 3, level: 2, parent: 'ict-market' }]);
  assert.match(nested.get('y')![0]!, /is level 2; expected a level-1 section/);
});

test('references to sections that do not exist are listed', () => {
  assert.deepEqual(
    unknownSectionSlugs(
      ['ict-market', 'legal-environment'],
      outline.map((s) => s.slug),
    ),
    ['legal-environment'],
  );
});
