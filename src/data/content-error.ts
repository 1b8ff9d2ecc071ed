import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { failOnContentProblems, lineOfField, type ContentProblem } from '../lib/content-rules/content-problem.ts';

/**
 * Rules between entries report problems in the same form as the schema checks
 * ("file:line: field: what is wrong; expected …", see src/lib/content-rules/content-problem.ts).
 */
export { failOnContentProblems };
export type { ContentProblem };

/** The file an entry was loaded from, for messages. */
export function fileOf(entry: { filePath?: string | undefined; id: string }): string {
  return entry.filePath ?? entry.id;
}

const texts = new Map<string, string | undefined>();
function textOf(file: string): string | undefined {
  if (!texts.has(file)) {
    try {
      texts.set(file, readFileSync(resolve(file), 'utf8'));
    } catch {
      texts.set(file, undefined);
    }
  }
  return texts.get(file);
}

/**
 * A problem with one field of an entry, at the line the field is written on. `field` is a
 * dotted path ("values.0.report"); "body" with `find` points at the first body line holding
 * that text.
 */
export function problemAt(entry: { filePath?: string | undefined; id: string }, field: string, message: string, find?: string): ContentProblem {
  const file = fileOf(entry);
  const text = textOf(file);
  let line: number | undefined;
  if (text !== undefined) {
    if (find !== undefined) {
      const index = text.indexOf(find);
      if (index >= 0) line = text.slice(0, index).split('\n').length;
    }
    line ??= field === 'body' ? undefined : lineOfField(text, file, field.split('.').map((step) => (/^\d+$/.test(step) ? Number(step) : step)));
  }
  return { file, line, field, message };
}

/** "field: message" (as the pure rules in src/lib write them) → a problem at that field. */
export function problemFromRule(entry: { filePath?: string | undefined; id: string }, rule: string, find?: string): ContentProblem {
  const colon = rule.indexOf(': ');
  return problemAt(entry, rule.slice(0, colon), rule.slice(colon + 2), find);
}

/** "file: field: what is wrong; expected …", as some rules word a problem, as a problem at that field. */
export function problemFromLine(line: string): ContentProblem {
  const [file, field, ...rest] = line.split(': ');
  return rest.length > 0 ? problemAt({ id: file!, filePath: file! }, field!, rest.join(': ')) : { file: file!, field: 'file', message: [field, ...rest].join(': ') };
}
