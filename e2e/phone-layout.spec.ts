import { test, expect } from '@playwright/test';
import { PAGE_KINDS } from './page-kinds.ts';

// On a 390 px phone, over one page of each kind: nothing sticks out past the right edge (wide
// tables scroll inside their own region instead), and no visible text is under 12 px. Text in
// an SVG is measured as drawn: its font size times the scale the SVG is shown at.
test.use({ viewport: { width: 390, height: 844 } });

for (const { name, path } of PAGE_KINDS) {
  test(`${name} (${path}) fits a 390 px screen with no text under 12 px`, async ({ page }) => {
    await page.goto(path);
    const problems = await page.evaluate(() => {
      const found: string[] = [];
      const describe = (el: Element) =>
        `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''} “${(el.textContent ?? '').trim().slice(0, 40)}”`;
      const width = document.documentElement.clientWidth;
      if (document.documentElement.scrollWidth > width) found.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} px wide`);
      const clipped = (el: Element) => {
        for (let a = el.parentElement; a; a = a.parentElement) {
          const overflow = getComputedStyle(a).overflowX;
          if (overflow !== 'visible') return true;
        }
        return false;
      };
      const hidden = (el: Element) => {
        const style = getComputedStyle(el);
        const box = el.getBoundingClientRect();
        return style.visibility === 'hidden' || box.width <= 1 || box.height <= 1 || !(el as HTMLElement).checkVisibility?.();
      };
      for (const el of document.body.querySelectorAll('*')) {
        if (hidden(el)) continue;
        const box = el.getBoundingClientRect();
        if (box.right > width + 0.5 && !clipped(el)) found.push(`sticks out ${Math.round(box.right - width)} px: ${describe(el)}`);
        const ownText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
        if (!ownText) continue;
        let size = parseFloat(getComputedStyle(el).fontSize);
        const svg = el.closest('svg');
        if (svg && svg.viewBox.baseVal && svg.viewBox.baseVal.width) size *= svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
        if (size < 11.95) found.push(`${size.toFixed(1)} px text: ${describe(el)}`);
      }
      return found;
    });
    expect(problems).toEqual([]);
  });
}
