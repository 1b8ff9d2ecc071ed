import { test, expect } from '@playwright/test';

// Every chart as the browser draws it, at phone, tablet, laptop and wide widths: no two texts in a
// drawing overlap (years, values, series names, axis and marker labels). Each text's box is the
// drawn glyph box (getBBox) carried through its transform, so turned year labels are compared as
// turned rectangles (separating-axis test), not as their upright bounding boxes. src/lib/scores/chart.ts
// lays the labels out from estimated boxes; this checks the estimate against real fonts.
const PAGES = ['/statistics/', '/scores/', '/'];
const WIDTHS = [390, 768, 1280, 1920];

// The charts are drawn at build time and switched by CSS alone, so each page is loaded once and
// then resized to each width.
for (const path of PAGES) {
  test(`${path}: at ${WIDTHS.join(', ')} px no two texts in a chart overlap`, async ({ page }) => {
    await page.setViewportSize({ width: WIDTHS[0]!, height: 900 });
    await page.goto(path);
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      const problems = await page.evaluate(() => {
        type Corner = { x: number; y: number };
        const overlap = (a: Corner[], b: Corner[]) => {
          for (const box of [a, b]) {
            for (let i = 0; i < 2; i++) {
              const p = box[i]!,
                q = box[i + 1]!;
              const len = Math.hypot(q.x - p.x, q.y - p.y) || 1;
              const [ax, ay] = [(q.x - p.x) / len, (q.y - p.y) / len];
              const pa = a.map((v) => v.x * ax + v.y * ay),
                pb = b.map((v) => v.x * ax + v.y * ay);
              // Half a pixel of touching is not an overlap.
              if (Math.min(Math.max(...pa), Math.max(...pb)) - Math.max(Math.min(...pa), Math.min(...pb)) <= 0.5) return false;
            }
          }
          return true;
        };
        const found: string[] = [];
        for (const svg of document.querySelectorAll<SVGSVGElement>('figure.chart > svg')) {
          if (getComputedStyle(svg).display === 'none') continue;
          const texts = [...svg.querySelectorAll<SVGTextElement>('text')].map((t) => {
            const b = t.getBBox();
            const m = t.getScreenCTM()!;
            const corners = [
              [b.x, b.y],
              [b.x + b.width, b.y],
              [b.x + b.width, b.y + b.height],
              [b.x, b.y + b.height],
            ].map(([x, y]) => new DOMPoint(x, y).matrixTransform(m));
            return { text: t.textContent ?? '', corners };
          });
          texts.forEach((a, i) =>
            texts.slice(i + 1).forEach((b) => overlap(a.corners, b.corners) && found.push(`#${svg.id}: “${a.text}” overlaps “${b.text}”`)),
          );
        }
        return found;
      });
      expect(problems, `${path} at ${width} px`).toEqual([]);
    }
  });
}
