import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob, type Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { parseDocument } from 'yaml';
import { ContentError, bodyPart, invalidUtf8Offset, lineOfField, lineOfOffset, yamlPart, type ContentProblem } from '../lib/content-rules/content-problem.ts';
import { checkReportText } from '../lib/reading/section-body.ts';

/**
 * Astro's glob() loader, with the checks an author needs before it runs. glob() skips files
 * whose names do not match, reads bad bytes as replacement characters, fails on an empty
 * file with a TypeError, and words schema errors in its own way. This loader first reads
 * every file in the folder itself and stops the build, naming file and line, over:
 *   - a file that does not match the pattern (an incident saved as .yml, a section as .md);
 *   - bytes that are not UTF-8 (with the byte offset);
 *   - YAML that does not parse, or an empty file;
 *   - frontmatter or data that the collection's schema refuses (with "did you mean" for an
 *     unknown field, see src/lib/content-rules/strict-schema.ts);
 *   - with `reportText`, a body that is not report text only (src/lib/reading/section-body.ts).
 * Collections load in parallel; the first to load checks the folders of every collection
 * declared with checkedGlob, so all problems are reported at once, in one message, and every
 * loader fails with that same message (Astro prints the first).
 */
export interface CheckedGlobOptions {
  /** A glob with `*` only, relative to base: "*.yaml", "*\/*.mdx". */
  pattern: string;
  base: string;
  schema: z.ZodType;
  generateId?: (options: { entry: string }) => string;
  /** The body must be report text only (sections). */
  reportText?: boolean;
  /** The file is frontmatter only (reports): MDX would compile, and run, anything in a body. */
  frontmatterOnly?: boolean;
  /**
   * Keep the MDX files out of the JavaScript bundle (sections): glob() registers every .mdx
   * entry as a module to compile and bundle, which at a thousand reports (13,000 sections)
   * took the build past 5 GB. Nor does the content store keep their text (it is bundled as one
   * module too): src/data/section-body-html.ts reads a body from its file and renders it when
   * a page needs it, and `render()` is not used for these entries.
   */
  bodyOutsideBundle?: boolean;
  /**
   * The folder may be missing or empty (moves): then the collection is empty, without glob()'s
   * warning that the folder does not exist.
   */
  optional?: boolean;
}

function patternRegExp(pattern: string): RegExp {
  const escaped = pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*');
  return new RegExp(`^${escaped}$`);
}

function listFiles(dir: string, prefix = ''): string[] {
  let names: import('node:fs').Dirent[];
  try {
    names = readdirSync(join(dir, prefix), { withFileTypes: true });
  } catch {
    return [];
  }
  return names.flatMap((entry) => {
    if (entry.name.startsWith('.')) return [];
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    return entry.isDirectory() ? listFiles(dir, path) : [path];
  });
}

/** Turns zod's wording into "what is wrong; expected …". */
function describeIssue(issue: z.core.$ZodIssue, value: unknown): string {
  const message = issue.message;
  const shown = value === undefined ? 'missing' : JSON.stringify(value)?.slice(0, 60);
  let match: RegExpExecArray | null;
  if ((match = /^Invalid input: expected (.+), received (.+)$/.exec(message))) {
    return match[2] === 'undefined' ? `is missing; expected ${match[1]}` : `is ${match[2]} ${shown}; expected ${match[1]}`;
  }
  if ((match = /^Invalid (?:option|input): (expected .+)$/.exec(message))) return `is ${shown}; ${match[1]}`;
  if ((match = /^Too (small|big): (expected .+)$/.exec(message))) return `is too ${match[1]} (${shown}); ${match[2]}`;
  if (/^expected /.test(message)) return `is ${shown}; ${message}`;
  return message;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let node = data;
  for (const step of path) node = node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[step] : undefined;
  return node;
}

export function schemaProblems(schema: z.ZodType, data: unknown, text: string, file: string): ContentProblem[] {
  const result = schema.safeParse(data);
  if (result.success) return [];
  return result.error.issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      const messages = issue.message.split('\n');
      return issue.keys.map((key, i) => ({
        file,
        line: lineOfField(text, file, issue.path, key),
        field: [...issue.path, key].join('.'),
        message: messages[i] ?? messages[0]!,
      }));
    }
    return [
      {
        file,
        line: lineOfField(text, file, issue.path),
        field: issue.path.join('.') || '(top level)',
        message: describeIssue(issue, valueAt(data, issue.path)),
      },
    ];
  });
}

export function checkFile(absolute: string, file: string, options: CheckedGlobOptions): ContentProblem[] {
  return checkFileBytes(readFileSync(absolute), file, options);
}

/** The checks of one file, from its bytes: pure, so the unit tests give it text directly. */
export function checkFileBytes(bytes: Buffer, file: string, options: Omit<CheckedGlobOptions, 'pattern' | 'base'>): ContentProblem[] {
  const bad = invalidUtf8Offset(bytes);
  if (bad !== undefined) {
    return [
      {
        file,
        line: lineOfOffset(bytes, bad),
        field: 'encoding',
        message: `byte 0x${bytes[bad]!.toString(16).padStart(2, '0')} at byte offset ${bad} is not valid UTF-8; expected a file saved as UTF-8`,
      },
    ];
  }
  const text = bytes.toString('utf8');
  const part = yamlPart(text, file);
  if (!part)
    return [
      { file, line: 1, field: 'frontmatter', message: 'none found; expected the file to start with a "---" line, the YAML fields, and another "---" line' },
    ];
  const doc = parseDocument(part.yaml);
  if (doc.errors.length > 0) {
    return doc.errors.map((error) => ({
      file,
      line: (error.linePos?.[0].line ?? 1) + part.firstLine - 1,
      field: 'yaml',
      message: `${error.message.split('\n')[0]}; expected valid YAML`,
    }));
  }
  const data: unknown = doc.toJS();
  if (data === null || data === undefined)
    return [{ file, line: 1, field: '(file)', message: 'is empty; expected the fields of the collection (see src/schemas/)' }];
  if (typeof data !== 'object' || Array.isArray(data))
    return [{ file, line: part.firstLine, field: '(file)', message: 'is not a set of fields; expected "field: value" lines' }];
  const problems = schemaProblems(options.schema, data, text, file);
  if (options.frontmatterOnly) {
    const { body, firstLine } = bodyPart(text);
    if (body.trim() !== '')
      problems.push({
        file,
        line: firstLine + body.split('\n').findIndex((l) => l.trim() !== ''),
        field: 'body',
        message: "is not empty; expected frontmatter only (the report's text goes in content/sections/<report>/)",
      });
  }
  if (options.reportText) {
    const { body, firstLine } = bodyPart(text);
    for (const problem of checkReportText(body, firstLine)) problems.push({ file, line: problem.line, field: 'body', message: problem.message });
  }
  return problems;
}

const declared: CheckedGlobOptions[] = [];
let allChecked: Promise<readonly ContentProblem[]> | undefined;

/** Every file in a collection's folder: its name matches the pattern, and it passes checkFile. */
export function folderProblems(root: string, options: CheckedGlobOptions): ContentProblem[] {
  const dir = resolve(root, options.base);
  const matches = patternRegExp(options.pattern);
  return listFiles(dir).flatMap((entry) => {
    const absolute = join(dir, entry);
    const file = relative(root, absolute);
    if (!matches.test(entry)) {
      return [
        {
          file,
          field: 'file name',
          message: `"${entry}" does not match "${options.pattern}", so it would be ignored; expected a *${entry.includes('.') ? options.pattern.replace(/^.*\*/, '') : '.yaml or .mdx'} file in ${relative(root, dir)}/`,
        },
      ];
    }
    return checkFile(absolute, file, options);
  });
}

/** Whether the folder holds any file the pattern matches. */
export function hasFiles(dir: string, pattern: string): boolean {
  const matches = patternRegExp(pattern);
  return listFiles(dir).some((entry) => matches.test(entry));
}

export function checkedGlob(options: CheckedGlobOptions): Loader {
  const inner = glob({
    pattern: options.pattern,
    base: options.base,
    ...(options.generateId ? { generateId: options.generateId } : {}),
    ...(options.bodyOutsideBundle ? { retainBody: false } : {}),
  });
  declared.push(options);
  return {
    name: 'checked-glob',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      allChecked ??= Promise.resolve(declared.flatMap((each) => folderProblems(root, each)));
      const problems = await allChecked;
      if (problems.length > 0) throw new ContentError(problems);
      if (options.optional && !hasFiles(resolve(root, options.base), options.pattern)) {
        // Nothing to load; entries of files since removed must not linger in the store.
        context.store.clear();
        return;
      }
      if (!options.bodyOutsideBundle) return inner.load(context);
      // An entry marked for deferred rendering is what makes Astro import its file as a module.
      const store = context.store;
      await inner.load({ ...context, store: { ...store, set: ({ deferredRender: _module, ...entry }) => store.set(entry) } });
    },
  };
}
