import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** Reads the content files as the tests need them: frontmatter as plain data, body as text. */

export const contentDir = process.env.ARCHIVE_CONTENT_DIR ?? 'content';

export interface ContentFile {
  file: string;
  data: Record<string, any>;
  body: string;
}

function readMdx(file: string): ContentFile {
  const text = readFileSync(file, 'utf8');
  const match = text.match(/^---\n([\s\S]*?)\n---\n?([\s\S]*)$/);
  if (!match) throw new Error(`${file}: no frontmatter`);
  return { file, data: parse(match[1]!), body: match[2]! };
}

export function readReports(): (ContentFile & { id: string })[] {
  const dir = join(contentDir, 'reports');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => ({ id: f.replace(/\.mdx$/, ''), ...readMdx(join(dir, f)) }));
}

export function readSections(reportId: string): (ContentFile & { slug: string })[] {
  const dir = join(contentDir, 'sections', reportId);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => ({ slug: f.replace(/\.mdx$/, ''), ...readMdx(join(dir, f)) }))
    .sort((a, b) => a.data.order - b.data.order);
}

export function readSource(file: string): string {
  return readFileSync(join(contentDir, 'sources', file), 'utf8');
}
