import { test } from 'node:test';
import assert from 'node:assert/strict';
import { categoryReasonProblems, categoryReviewProblems, categorySuggestions, cueIn, type CategoryCues, type CategorisedIncident } from './category-rules.ts';
import { incidentCategories } from '../incident-categories.ts';

// A small cue table: every category needs an entry; these tests use three of them.
const cues = Object.fromEntries(incidentCategories.map((c) => [c, { suggest: [`${c}-cue`], support: [] as string[] }])) as CategoryCues;
cues.blocking = { suggest: ['block', 'blocked', 'restrict access'], support: ['ban*'] };
cues['shutdown-or-disruption'] = { suggest: ['suspend communication*', 'disrupt*'], support: [] };
cues['law-or-regulation'] = { suggest: ['amendment*'], support: ['law'] };

const incident = (over: Partial<CategorisedIncident> = {}): CategorisedIncident => ({
  id: 'security-law-2012',
  categories: ['law-or-regulation'],
  mentions: [{ quote: 'The law reserves the right to forcibly suspend communications services.' }],
  ...over,
});

test('a cue matches whole words, in any case; a * matches the rest of a word', () => {
  assert.ok(cueIn('block', 'Sites were Block listed'));
  assert.ok(!cueIn('block', 'Sites were blocked'));
  assert.ok(cueIn('disrupt*', 'networks were disrupted'));
  assert.ok(cueIn('suspend communication*', 'to forcibly suspend  communications services'));
  assert.ok(!cueIn('law', 'a lawsuit'));
  assert.ok(cueIn('Kazakhstan’s', "Kazakhstan's"));
});

test('a category with no cue in the quotes and no reason is rejected, naming categories and `because`', () => {
  const problems = categoryReasonProblems(cues, incident({ categories: ['law-or-regulation', 'blocking'] }));
  assert.equal(problems.length, 1);
  assert.match(
    problems[0]!,
    /^categories: "blocking" has none of its cue words \(block, blocked, restrict access …, content\/review\/category-cues\.yaml\) in any quote; expected a one-line reason under `because: \{ blocking: "…" \}`/,
  );
});

test('a support cue or a reviewed reason is enough; a reason that is not needed, or for a category the incident lacks, is stale', () => {
  assert.deepEqual(categoryReasonProblems(cues, incident()), []);
  assert.deepEqual(categoryReasonProblems(cues, incident({ categories: ['blocking'], because: { blocking: 'An official said sites could be blocked.' } })), []);
  assert.deepEqual(categoryReasonProblems(cues, incident({ categories: ['blocking'], mentions: [{ quote: 'The court banned the site.' }] })), []);
  const needless = categoryReasonProblems(cues, incident({ because: { 'law-or-regulation': 'It is a law, as the quote says.' } }));
  assert.match(needless[0]!, /^because\.law-or-regulation: a quote holds the cue “law” of this category, so it needs no reason/);
  const elsewhere = categoryReasonProblems(cues, incident({ because: { activism: 'Not a category of this incident.' } }));
  assert.match(elsewhere[0]!, /^because\.activism: gives a reason for a category the incident does not have/);
});

test('a suggest cue of a missing category is a suggestion; a support cue is not', () => {
  assert.deepEqual(categorySuggestions(cues, incident()), [
    { incident: 'security-law-2012', category: 'shutdown-or-disruption', cue: 'suspend communication*' },
  ]);
  assert.deepEqual(categorySuggestions(cues, incident({ mentions: [{ quote: 'The court banned the site under the new amendments.' }] })), []);
});

test('a suggestion not settled in the review list fails, naming the incident, the category and the cue', () => {
  const problems = categoryReviewProblems(cues, [incident()], []);
  assert.equal(problems.length, 1);
  assert.equal(problems[0]!.incident, 'security-law-2012');
  assert.equal(problems[0]!.entry, undefined);
  assert.match(
    problems[0]!.message,
    /^categories: lacks shutdown-or-disruption, which the cue “suspend communication\*” in a quote suggests \(content\/review\/category-cues\.yaml\), and content\/review\/category-review\.yaml does not settle it; expected/,
  );
});

test('a settled suggestion passes: declined while the category is absent, added once it is present', () => {
  const entry = {
    incident: 'security-law-2012',
    category: 'shutdown-or-disruption',
    cue: 'suspend communication*',
    reason: 'The law gives a power to suspend communications.',
  } as const;
  assert.deepEqual(categoryReviewProblems(cues, [incident()], [{ ...entry, decision: 'declined' }]), []);
  const added = incident({ categories: ['law-or-regulation', 'shutdown-or-disruption'] });
  assert.deepEqual(categoryReviewProblems(cues, [added], [{ ...entry, decision: 'added' }]), []);
});

test('a stale or wrong decision in the review list fails, at its entry', () => {
  const entry = {
    incident: 'security-law-2012',
    category: 'shutdown-or-disruption',
    cue: 'suspend communication*',
    reason: 'The law gives a power to suspend communications.',
  } as const;
  const notAdded = categoryReviewProblems(cues, [incident()], [{ ...entry, decision: 'added' }]);
  assert.equal(notAdded[0]!.entry, 0);
  assert.match(notAdded[0]!.message, /^decision: is "added", but security-law-2012 does not have the category shutdown-or-disruption/);
  const added = incident({ categories: ['law-or-regulation', 'shutdown-or-disruption'] });
  assert.match(
    categoryReviewProblems(cues, [added], [{ ...entry, decision: 'declined' }])[0]!.message,
    /^decision: is "declined", but security-law-2012 has the category/,
  );
  const cueGone = incident({ mentions: [{ quote: 'The law was amended.' }] });
  assert.match(
    categoryReviewProblems(cues, [cueGone], [{ ...entry, decision: 'declined' }])[0]!.message,
    /no cue of shutdown-or-disruption stands in security-law-2012's quotes any more/,
  );
  assert.match(
    categoryReviewProblems(cues, [incident()], [{ ...entry, incident: 'no-such-incident', decision: 'declined' }])[0]!.message,
    /^incident: "no-such-incident" is not an incident/,
  );
  assert.match(
    categoryReviewProblems(cues, [incident()], [{ ...entry, cue: 'shut off', decision: 'declined' }])[0]!.message,
    /^cue: "shut off" is not a cue that suggests shutdown-or-disruption/,
  );
  const twice = categoryReviewProblems(
    cues,
    [incident()],
    [
      { ...entry, decision: 'declined' },
      { ...entry, decision: 'declined' },
    ],
  );
  assert.match(twice[0]!.message, /is settled twice/);
});
