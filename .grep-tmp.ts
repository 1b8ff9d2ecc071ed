// usage: node grep.ts "term" [more terms...]: which built paragraphs/notes contain every term (case-insensitive)
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { parse } from 'node-html-parser';
const terms = process.argv.slice(2).map((t) => t.toLowerCase());
for (const r of readdirSync('dist/reports')) {
  if (!existsSync(`dist/reports/${r}/index.html`)) continue;
  for (const s of readdirSync(`dist/reports/${r}`)) {
    const f = `dist/reports/${r}/${s}/index.html`;
    if (!existsSync(f)) continue;
    const root = parse(readFileSync(f, 'utf8'));
    for (const el of root.querySelectorAll('.report-text p[id], .report-text li[id], .notes li[id]')) {
      const t = el.text.replace(/\s+/g, ' ');
      if (terms.every((x) => t.toLowerCase().includes(x))) { const i = t.toLowerCase().indexOf(terms[0]); console.log(`${r}/${s}#${el.id}: …${t.slice(Math.max(0, i - 60), i + 80)}…`); }
    }
  }
}
