import { z } from 'astro/zod';
import { unknownFieldMessage } from './content-problem.ts';

/**
 * Makes every object inside a schema strict: a field the schema does not know (a typo such
 * as `notesStatment`) is an error that suggests the closest known field, instead of being
 * dropped in silence. content.config.ts passes every collection's schema through this, so a
 * new collection gets it for free.
 *
 * zod keeps refinements (superRefine, refine) on the schema's definition, so cloning a schema
 * with a new definition keeps them.
 */
type AnySchema = z.core.$ZodType;

const wrappers = new Set(['optional', 'nullable', 'default', 'prefault', 'nonoptional', 'readonly', 'catch', 'success']);

export function strictDeep<T extends AnySchema>(schema: T): T {
  return walk(schema) as T;
}

function walk(schema: AnySchema): AnySchema {
  const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
  const clone = (changes: Record<string, unknown>) => (schema as unknown as { clone(def: unknown): AnySchema }).clone({ ...def, ...changes });
  switch (def.type) {
    case 'object': {
      const shape = def.shape as Record<string, AnySchema>;
      const strictShape = Object.fromEntries(Object.entries(shape).map(([key, value]) => [key, walk(value)]));
      const known = Object.keys(shape);
      const previousError = def.error as ((issue: unknown) => unknown) | undefined;
      return clone({
        shape: strictShape,
        catchall: z.never(),
        // One line per unknown key, in the order of issue.keys (see src/data/checked-glob.ts).
        error: (issue: { code?: string; keys?: string[] }) =>
          issue.code === 'unrecognized_keys' ? (issue.keys ?? []).map((key) => unknownFieldMessage(key, known)).join('\n') : previousError?.(issue),
      });
    }
    case 'array':
      return clone({ element: walk(def.element as AnySchema) });
    case 'union':
      return clone({ options: (def.options as AnySchema[]).map(walk) });
    case 'intersection':
      return clone({ left: walk(def.left as AnySchema), right: walk(def.right as AnySchema) });
    case 'pipe':
      return clone({ in: walk(def.in as AnySchema), out: walk(def.out as AnySchema) });
    case 'record':
      return clone({ valueType: walk(def.valueType as AnySchema) });
    default:
      return wrappers.has(def.type) ? clone({ innerType: walk(def.innerType as AnySchema) }) : schema;
  }
}
