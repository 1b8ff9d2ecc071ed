// `npm run anchors`: brings every section's permanent-anchor lockfile
// (content/anchors/<report>/<section>.yaml) up to date with its text. Run it after editing a
// section; it never reuses an id and never moves one (src/lib/anchors/paragraph-anchors.ts), and it
// lists what changed so the change can be recorded as a correction in content/corrections/.
// The words a paragraph had before come from git's committed copy of the section.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, stringify } from 'yaml';
import { sourceParagraphs, updateAnchorLock, type AnchorLock } from '../../src/lib/anchors/paragraph-anchors.ts';

const contentDir = process.env.ARCHIVE_CONTENT_DIR ?? 'content';
const date = process.env.ANCHORS_DATE ?? new Date().toISOString().slice(0, 10);

/** The MDX body: everything after the frontmatter. */
const bodyOf = (mdx: string) => mdx.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');

function committedBody(path: string): string {
  try {
    return bodyOf(execFileSync('git', ['show', `HEAD:./${path}`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  } catch {
    return ''; // a new section, or not in a git checkout
  }
}

let changes = 0;
const sectionsDir = join(contentDir, 'sections');
for (const report of readdirSync(sectionsDir).sort()) {
  for (const file of readdirSync(join(sectionsDir, report))
    .filter((f) => f.endsWith('.mdx'))
    .sort()) {
    const slug = file.replace(/\.mdx$/, '');
    const sectionFile = join(sectionsDir, report, file);
    const lockFile = join(contentDir, 'anchors', report, `${slug}.yaml`);
    const lock: AnchorLock = existsSync(lockFile) ? { retired: [], ...parse(readFileSync(lockFile, 'utf8')) } : { paragraphs: [], retired: [] };
    const paragraphs = sourceParagraphs(bodyOf(readFileSync(sectionFile, 'utf8')));
    const previous = sourceParagraphs(committedBody(relative(process.cwd(), sectionFile)));
    const update = updateAnchorLock(paragraphs, lock, date, previous);
    const text = `# Permanent paragraph anchors of ${report}/${slug}, written by \`npm run anchors\`.\n# An id is never reused or moved; a retired one stays on the page and says where its text went.\n${stringify(update.lock, { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' })}`;
    if (existsSync(lockFile) && readFileSync(lockFile, 'utf8') === text) continue;
    mkdirSync(join(contentDir, 'anchors', report), { recursive: true });
    writeFileSync(lockFile, text);
    changes++;
    const said = [
      update.added.length && `new ${update.added.join(', ')}`,
      update.revised.length && `revised ${update.revised.join(', ')}`,
      update.retired.length && `retired ${update.retired.join(', ')}`,
    ].filter(Boolean);
    console.log(`${lockFile}: ${said.join('; ') || 'written'}`);
  }
}
console.log(
  changes
    ? `\n${changes} lockfile(s) updated. Record every revised or retired paragraph in content/corrections/ (kind report-text or anchor).`
    : 'Every lockfile is up to date.',
);
