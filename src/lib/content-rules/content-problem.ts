import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

/**
 * Every content error is reported the same way, so an author always knows where to look:
 *
 *   content/sections/fotn-2015/ict-market.mdx:4: titel: unknown field; expected "title"
 *
 * file (relative to the project), line (1-based, when it is known), field (a dotted path,
 * or "body", "file", "encoding"), what is wrong, and after "; expected" what would be right.
 */
export interface ContentProblem {
  file: string;
  line?: number | undefined;
  field: string;
  message: string;
}

export function formatProblem(problem: ContentProblem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  return `${where}: ${problem.field}: ${problem.message}`;
}

/** Problems sorted by file and line, without repeats, one per line. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  const lines = [...problems].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0)).map(formatProblem);
  return [...new Set(lines)].join('\n');
}

/**
 * The error that stops the build over bad content. Its message is the list of problems and
 * nothing else: no stack trace, which would only point into the archive's own code.
 */
export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];
  constructor(problems: readonly ContentProblem[]) {
    super(`Content does not follow the archive's rules (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${formatProblems(problems)}`);
    this.name = 'ContentError';
    this.problems = problems;
    // Astro prints a stack trace when there is one; here it would only point into the checks.
    this.stack = '';
    this.hint = 'Fix each line above, then run `npm run check:content` (a few seconds) to check again.';
  }
  readonly hint: string;
}

export function failOnContentProblems(problems: readonly ContentProblem[]): void {
  if (problems.length > 0) throw new ContentError(problems);
}

/** Edit distance between two words (Levenshtein), for "did you mean". */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** The known name closest to an unknown one, if it is close enough to be a likely typo. */
export function closestName(unknown: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const name of known) {
    const distance = editDistance(unknown.toLowerCase(), name.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [name, distance];
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(best.length / 3)) ? best : undefined;
}

/** "unknown field; did you mean "title"? expected one of …" for a field no schema knows. */
export function unknownFieldMessage(unknown: string, known: readonly string[]): string {
  const guess = closestName(unknown, known);
  const list = known.map((k) => `"${k}"`).join(', ');
  return guess ? `unknown field; did you mean "${guess}"? expected one of ${list}` : `unknown field; expected one of ${list}`;
}

/**
 * The offset of the first byte that is not valid UTF-8, or undefined if all of it is.
 * (Node's decoder replaces bad bytes silently; an author needs to know where they are.)
 */
export function invalidUtf8Offset(bytes: Uint8Array): number | undefined {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let extra: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) [extra, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [extra, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [extra, min] = [3, 0x10000];
    else return i;
    let code = b & (0x3f >> extra);
    for (let k = 1; k <= extra; k++) {
      const next = bytes[i + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return i;
      code = (code << 6) | (next & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
    i += extra + 1;
  }
  return undefined;
}

/** The 1-based line of a byte offset. */
export function lineOfOffset(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** The YAML of a file: all of a .yaml file, or an .md/.mdx file's frontmatter, with the line it starts on. */
export function yamlPart(text: string, file: string): { yaml: string; firstLine: number } | undefined {
  if (!/\.mdx?$/.test(file)) return { yaml: text, firstLine: 1 };
  const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text);
  return match ? { yaml: match[1]!, firstLine: 2 } : undefined;
}

/** The body of an .md/.mdx file (after its frontmatter), with the line it starts on. */
export function bodyPart(text: string): { body: string; firstLine: number } {
  const match = /^---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/.exec(text);
  if (!match) return { body: text, firstLine: 1 };
  return { body: text.slice(match[0].length), firstLine: match[0].split('\n').length - (match[0].endsWith('\n') ? 0 : 1) };
}

/**
 * The line a field is written on, found from its path (["scores", 0, "score"]). For a field
 * that is absent, the line of the nearest object that holds it; with `key`, the line of that
 * key in the object at the path (for an unknown field).
 */
export function lineOfField(text: string, file: string, path: readonly PropertyKey[], key?: string): number | undefined {
  const part = yamlPart(text, file);
  if (!part) return undefined;
  const counter = new LineCounter();
  const doc = parseDocument(part.yaml, { lineCounter: counter });
  let node: unknown = doc.contents;
  let offset = (node as Node | null)?.range?.[0];
  const steps = key === undefined ? path : [...path, key];
  for (const step of steps) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(step));
      if (!pair) break;
      offset = (isScalar(pair.key) ? pair.key.range?.[0] : undefined) ?? offset;
      node = pair.value;
      if (key !== undefined && step === key) break;
    } else if (isSeq(node)) {
      const item = node.items[Number(step)];
      if (!item) break;
      node = item;
      offset = (item as Node).range?.[0] ?? offset;
    } else break;
  }
  if (offset === undefined) return part.firstLine;
  return counter.linePos(offset).line + part.firstLine - 1;
}
