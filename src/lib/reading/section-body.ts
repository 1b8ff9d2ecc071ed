import { createMdxHastHandle, dropHandle, renderHandle } from 'satteri';
import { escapeTextAsAstro } from './astro-text-escapes.ts';

/**
 * A section body holds report text only: paragraphs, lists, block quotes and note markers
 * ([^n]). MDX would otherwise run what it finds there: raw HTML (`<script>`, `<img onerror>`),
 * JSX, `{expressions}` and `import`/`export` are code, and a link to `javascript:` is a live
 * script. This check runs on the file as written, before MDX compiles it, so the message
 * names the line. The archive has no components of its own for use in bodies; if one is
 * added, list its name in ALLOWED_COMPONENTS.
 */

export const MAX_PARAGRAPH_CHARACTERS = 5000;
export const ALLOWED_COMPONENTS: readonly string[] = [];

export interface BodyProblem {
  line: number;
  message: string;
}

const REPORT_TEXT = 'expected report text only (paragraphs, lists, block quotes, note markers [^n])';

/** Problems in a section body; `firstLine` is the file line the body starts on. */
export function checkReportText(body: string, firstLine = 1): BodyProblem[] {
  const problems: BodyProblem[] = [];
  if (body.trim() === '') {
    return [{ line: firstLine, message: "is empty; expected the section's report text, one Markdown paragraph per paragraph" }];
  }
  const lines = body.split('\n');
  lines.forEach((text, index) => {
    const line = firstLine + index;
    const add = (message: string) => problems.push({ line, message });
    if (/^\s*(import|export)\b/.test(text)) add(`"${text.trim().slice(0, 40)}" is an ES module statement; ${REPORT_TEXT}`);
    for (const match of text.matchAll(/<(\/?[A-Za-z][\w.:-]*|!--|>|\/>)/g)) {
      const name = match[1]!.replace(/^\//, '');
      if (ALLOWED_COMPONENTS.includes(name)) continue;
      add(`raw HTML or JSX "<${match[1]}" is not allowed; ${REPORT_TEXT}`);
    }
    for (const match of text.matchAll(/(?<!\\)[{}]/g)) {
      add(`"${match[0]}" at column ${(match.index ?? 0) + 1} starts or ends an MDX expression; ${REPORT_TEXT} (write a literal brace as \\${match[0]})`);
    }
    for (const match of text.matchAll(/!\[[^\]]*\]\(/g)) add(`an image "${match[0]}…" is not allowed; ${REPORT_TEXT}`);
    const targets = [
      ...[...text.matchAll(/\]\(\s*<?([^)\s>]*)/g)].map((m) => m[1]!),
      ...[...text.matchAll(/^\s*\[(?!\^)[^\]]+\]:\s*<?(\S*?)>?(?:\s|$)/g)].map((m) => m[1]!),
    ];
    for (const target of targets) {
      if (!/^https?:\/\/[^\s]+$/i.test(target)) add(`link target "${target}" is not allowed; expected an http:// or https:// address`);
    }
  });
  // A paragraph is a run of lines between blank lines (a list item or quote counts with its block).
  let start = 0;
  for (let i = 0; i <= lines.length; i++) {
    if (i === lines.length || lines[i]!.trim() === '') {
      const block = lines.slice(start, i).join('\n').trim();
      if (block.length > MAX_PARAGRAPH_CHARACTERS) {
        problems.push({
          line: firstLine + start,
          message: `paragraph is ${block.length.toLocaleString('en')} characters long; expected at most ${MAX_PARAGRAPH_CHARACTERS.toLocaleString('en')} (a paragraph this long is almost always paragraphs run together by the extraction)`,
        });
      }
      start = i + 1;
    }
  }
  return problems;
}

/**
 * A section's body as HTML. Section bodies are report text only (checkReportText above), so
 * they are parsed as MDX, exactly as @astrojs/mdx would parse them, and written straight out
 * as HTML: they are never compiled into JavaScript modules. At a thousand reports, bundling
 * 13,000 compiled section modules took the build past 5 GB; this keeps them out of the bundle
 * (src/data/checked-glob.ts, `bodyOutsideBundle`). Smart punctuation stays off, as in
 * astro.config.mjs: report text is verbatim. Text is escaped as Astro escapes it, so the pages
 * are what they were when Astro rendered the compiled MDX.
 */
export function renderSectionBody(body: string): string {
  const handle = createMdxHastHandle(body, { smartPunctuation: false });
  try {
    // The renderer ends with a newline after the last block; the compiled MDX did not.
    return escapeTextAsAstro(renderHandle(handle).replace(/\n$/, ''));
  } finally {
    dropHandle(handle);
  }
}
