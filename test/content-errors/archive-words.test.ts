import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildFixture } from './build-fixture.ts';

// The guards of issue 20 on the archive's own words, wired into the content gate together: a
// title number, hedges carried over, category cues and their review list, and the review
// records. One run of the gate (`npm run check:content` on the fixture) breaks each once and
// checks that every message names the file, the line and the field. (The rules themselves are
// unit-tested in src/lib/content-rules/incident-rules.test.ts, category-rules.test.ts and reviews.test.ts.
// The gate does not compare quotes with their paragraphs; the page build does, so the changed
// quotes here stay within the gate.)

test('the guards on titles, hedges, categories and review records stop the content gate, each in the standard form', () => {
  const incident = 'incidents/example-blocked.yaml';
  const result = buildFixture(
    [
      { file: incident, from: 'title: "Example blocked"', to: 'title: "Example blocked 3 times"' },
      { file: incident, from: 'quote: "A first paragraph that cites a note."', to: 'quote: "A first paragraph that reportedly cites a note."' },
      { file: incident, from: 'quote: "A second paragraph with no notes."', to: 'quote: "A second paragraph where users were allegedly detained."' },
      { file: 'review/incident-review-fixture.yaml', from: 'incident: example-blocked', to: 'incident: example-blocked-2015' },
      {
        file: 'review/category-review.yaml',
        from: '[]',
        to: '- { incident: example-blocked, category: activism, cue: "petition*", decision: declined, reason: "A petition is only named, not organised." }',
      },
    ],
    'check',
  );
  assert.equal(result.ok, false);
  const lines = result.output;
  assert.match(lines, /incidents\/example-blocked\.yaml:1: title: states the number 3, which no quoted passage, cited note or date of this incident gives; expected every number in the title/);
  assert.match(lines, /incidents\/example-blocked\.yaml:1: title: states as fact what mention 1 \(mini\/part-one p1\) hedges: “A first paragraph that reportedly cites a note\.”, and no mention states it plainly; expected the title to hedge or attribute it too/);
  assert.match(lines, /incidents\/example-blocked\.yaml:\d+: summary: states as fact what mention 1/);
  assert.match(lines, /incidents\/example-blocked\.yaml:3: categories: lacks prosecution-or-detention, which the cue “detain\*” in a quote suggests \(content\/review\/category-cues\.yaml\), and content\/review\/category-review\.yaml does not settle it; expected/);
  assert.match(lines, /review\/category-review\.yaml:2: 0\.decision: is "declined", but no cue of activism stands in example-blocked's quotes any more; expected this stale entry removed/);
  assert.match(lines, /review\/incident-review-fixture\.yaml:2: 0\.incident: "example-blocked-2015" is not an incident; expected the slug of a file in content\/incidents\//);
});
