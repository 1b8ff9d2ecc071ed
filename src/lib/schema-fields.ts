/**
 * The top-level fields of a JSON Schema for an array of rows, for documenting a data file:
 * name, type and description, merged across the variants of a union (`oneOf`, `anyOf`,
 * `allOf`), so a field that only some rows have says so.
 */
export interface SchemaField {
  name: string;
  type: string;
  description: string;
  /** True when every row has the field. */
  always: boolean;
}

type Schema = Record<string, any>;

function describeType(schema: Schema): string {
  if (schema.enum) return schema.enum.map((v: unknown) => JSON.stringify(v)).join(' | ');
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants) return [...new Set(variants.map(describeType))].join(' or ');
  if (schema.type === 'array') return `list of ${schema.items ? describeType(schema.items) : 'values'}`;
  if (Array.isArray(schema.type)) return schema.type.join(' or ');
  return schema.type ?? 'any';
}

function variantsOf(schema: Schema): Schema[][] {
  if (schema.allOf) {
    // Every part applies: combine each choice of one variant per part.
    return schema.allOf.map(variantsOf).reduce((acc: Schema[][], parts: Schema[][]) => acc.flatMap((a) => parts.map((p) => [...a, ...p])), [[]]);
  }
  const alternatives = schema.oneOf ?? schema.anyOf;
  if (alternatives && !schema.properties) return alternatives.flatMap(variantsOf);
  return [[schema]];
}

export function schemaFields(arraySchema: Schema): SchemaField[] {
  const item = arraySchema.items ?? arraySchema;
  const variants = variantsOf(item);
  const fields = new Map<string, SchemaField>();
  for (const parts of variants) {
    const properties = Object.assign({}, ...parts.map((p) => p.properties ?? {}));
    for (const [name, schema] of Object.entries(properties) as [string, Schema][]) {
      const existing = fields.get(name);
      if (existing) {
        const type = describeType(schema);
        if (!existing.type.split(' or ').includes(type)) existing.type = `${existing.type} or ${type}`;
        if (!existing.description && schema.description) existing.description = schema.description;
      } else {
        fields.set(name, { name, type: describeType(schema), description: schema.description ?? '', always: true });
      }
    }
  }
  for (const field of fields.values()) {
    field.always = variants.every((parts) => parts.some((p) => (p.required ?? []).includes(field.name)));
  }
  return [...fields.values()];
}
