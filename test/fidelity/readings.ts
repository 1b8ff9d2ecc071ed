import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { strictDeep } from '../../src/lib/content-rules/strict-schema.ts';
import type { SourceReading } from './source-reading.ts';

/**
 * The fidelity files: content/sources/<source file name>.fidelity.yaml, one per source text,
 * saying how to read it (see SourceReading and the README). They are content, so adding a
 * report needs no edit to the tests. Patterns are written as regular-expression source text.
 */
const lineRange = z.tuple([z.number().int().positive(), z.number().int().positive()]);
const lineList = z.array(z.number().int().positive());

// strictDeep: a misspelt field fails with the closest known one, as in every content schema.
export const fidelityFileSchema = strictDeep(
  z.strictObject({
    report: z.string().min(1),
    wrapped: z.boolean(),
    keepLineEndHyphens: lineList.optional(),
    furniture: z.array(z.strictObject({ lines: lineRange, reason: z.string().min(1) })),
    repairs: z.array(z.strictObject({ line: z.number().int().positive(), from: z.string().min(1), to: z.string(), reason: z.string().min(1) })),
    /** A list of lines, or named groups of lines (to say why each group breaks). */
    blockBreaks: z.union([lineList, z.record(z.string(), lineList)]).optional(),
    tabular: z.array(z.strictObject({ lines: lineRange, reason: z.string().min(1) })).optional(),
    noteList: z.strictObject({ lines: lineRange, numberPattern: z.string().min(1) }).optional(),
    markerPattern: z.string().min(1).optional(),
  }),
);

export const FIDELITY_SUFFIX = '.fidelity.yaml';

export function readFidelityFile(path: string, sourceFile: string): SourceReading {
  const parsed = fidelityFileSchema.safeParse(parse(readFileSync(path, 'utf8')));
  if (!parsed.success) {
    // An unknown field is named by its own path (its issue carries the parent's), one line per key.
    const problems = parsed.error.issues.flatMap((i) =>
      i.code === 'unrecognized_keys'
        ? i.keys.map((key, k) => `${[...i.path, key].join('.')}: ${i.message.split('\n')[k] ?? i.message}`)
        : [`${i.path.join('.')}: ${i.message}`],
    );
    throw new Error(`${path}: ${problems.join('; ')}`);
  }
  const data = parsed.data;
  const breaks = data.blockBreaks === undefined ? undefined : Array.isArray(data.blockBreaks) ? data.blockBreaks : Object.values(data.blockBreaks).flat();
  return {
    report: data.report,
    file: sourceFile,
    wrapped: data.wrapped,
    furniture: data.furniture,
    repairs: data.repairs,
    ...(data.keepLineEndHyphens ? { keepLineEndHyphens: data.keepLineEndHyphens } : {}),
    ...(breaks ? { blockBreaks: [...new Set(breaks)].sort((a, b) => a - b) } : {}),
    ...(data.tabular ? { tabular: data.tabular } : {}),
    ...(data.noteList ? { noteList: { lines: data.noteList.lines, numberPattern: new RegExp(data.noteList.numberPattern) } } : {}),
    ...(data.markerPattern ? { markerPattern: new RegExp(data.markerPattern, 'g') } : {}),
  };
}

/** Every fidelity file in a sources folder, keyed by nothing: each names its report. */
export function readFidelityFiles(sourcesDir: string): SourceReading[] {
  return readdirSync(sourcesDir)
    .filter((name) => name.endsWith(FIDELITY_SUFFIX))
    .sort()
    .map((name) => readFidelityFile(join(sourcesDir, name), name.replace(FIDELITY_SUFFIX, '.txt')));
}
