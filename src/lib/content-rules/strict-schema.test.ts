import { test } from 'node:test';
import assert from 'node:assert/strict';
import { z } from 'astro/zod';
import { strictDeep } from './strict-schema.ts';

const schema = strictDeep(
  z.object({
    title: z.string(),
    notes: z.array(z.object({ n: z.number(), text: z.string().optional() }).refine((note) => note.n > 0, 'n must be positive')).default([]),
    kind: z.discriminatedUnion('kind', [z.object({ kind: z.literal('a'), score: z.number() }), z.object({ kind: z.literal('b') })]).optional(),
  }),
);

test('a valid entry still parses, defaults and all', () => {
  assert.deepEqual(schema.parse({ title: 't' }), { title: 't', notes: [] });
});

test('an unknown field at any depth fails, with "did you mean"', () => {
  const issues = schema.safeParse({ titel: 't', notes: [{ n: 1, txt: 'x' }], kind: { kind: 'a', scor: 1 } }).error!.issues;
  const unknown = issues.filter((i) => i.code === 'unrecognized_keys').map((i) => `${i.path.join('.')}: ${i.message.split('?')[0]}`);
  assert.deepEqual(
    unknown.sort(),
    [': unknown field; did you mean "title"', 'kind: unknown field; did you mean "score"', 'notes.0: unknown field; did you mean "text"'].sort(),
  );
});

test('refinements survive', () => {
  const issues = schema.safeParse({ title: 't', notes: [{ n: 0 }] }).error!.issues;
  assert.deepEqual(
    issues.map((i) => i.message),
    ['n must be positive'],
  );
});
