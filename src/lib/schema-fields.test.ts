import { test } from 'node:test';
import assert from 'node:assert/strict';
import { schemaFields } from './schema-fields.ts';

test('an array of objects lists its fields with type, description and whether each row has it', () => {
  const schema = {
    type: 'array',
    items: {
      type: 'object',
      required: ['code'],
      properties: {
        code: { type: 'string', description: 'The code.' },
        scale: { enum: ['lower-is-freer', 'higher-is-freer'] },
        urls: { type: 'array', items: { type: 'string' } },
        text: { anyOf: [{ type: 'string' }, { type: 'null' }] },
      },
    },
  };
  assert.deepEqual(schemaFields(schema), [
    { name: 'code', type: 'string', description: 'The code.', always: true },
    { name: 'scale', type: '"lower-is-freer" | "higher-is-freer"', description: '', always: false },
    { name: 'urls', type: 'list of string', description: '', always: false },
    { name: 'text', type: 'string or null', description: '', always: false },
  ]);
});

test('fields of union variants are merged; a field only one variant has is not "always"', () => {
  const schema = {
    items: {
      allOf: [
        { type: 'object', properties: { id: { type: 'string' } }, required: ['id'] },
        {
          oneOf: [
            { type: 'object', properties: { kind: { const: 'a' }, scores: { type: 'array' } }, required: ['kind', 'scores'] },
            { type: 'object', properties: { kind: { const: 'b' } }, required: ['kind'] },
          ],
        },
      ],
    },
  };
  const fields = schemaFields(schema);
  assert.deepEqual(
    fields.map((f) => [f.name, f.type, f.always]),
    [
      ['id', 'string', true],
      ['kind', '"a" or "b"', true],
      ['scores', 'list of values', false],
    ],
  );
});
