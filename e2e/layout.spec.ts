import { test, expect, type Page } from '@playwright/test';
import { axeViolations, loadAxe } from './axe.ts';

// The reading layout (src/styles/reading.css) at a phone, a tablet, a laptop and a wide
// screen, over three representative sections: the longest one (fotn-2013), a subsection
// (fotn-2015) and a 2020 indicator whose note texts are all lost and whose text has lists.
// Then the note round trip: landing on fragments, back-links, marker size, touch.

const PAGES = ['/reports/fotn-2013/limits-on-content/', '/reports/fotn-2015/ict-market/', '/reports/fotn-2020/c3/'];
const WIDTHS = [390, 768, 1280, 1920];
/** Where the margin layout starts (75rem at the default 16 px). */
const WIDE = 1200;
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/**
 * The widths at which axe runs here: the tablet's one column and the wide screen's margins. Every
 * page already has axe at a phone's width (every-page.spec.ts), and a section at 1280 px with the
 * other pages of each kind.
 */
const AXE_WIDTHS = [768, 1920];

interface Box {
  name: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The boxes that must never overlap: each note group, each paragraph's words and its links. */
function layoutBoxes(page: Page): Promise<Box[]> {
  return page.evaluate(() => {
    const visible = (el: Element) => el.getClientRects().length > 0;
    const selector = ['.note-group', '.para-text', '.para-tools', '.retired-anchor', 'article > :not(.reading)', 'main > .toc-sidebar', '.pager'].join(', ');
    return [...document.querySelectorAll(selector)].filter(visible).map((el, i) => {
      const r = el.getBoundingClientRect();
      const name = `${el.className || el.tagName.toLowerCase()}#${el.closest('[id]')?.id ?? i}`;
      return { name, left: r.left, top: r.top + scrollY, right: r.right, bottom: r.bottom + scrollY };
    });
  });
}

function overlaps(boxes: Box[]): string[] {
  const found: string[] = [];
  const slack = 0.5;
  boxes.forEach((a, i) => {
    for (const b of boxes.slice(i + 1)) {
      if (a.left < b.right - slack && b.left < a.right - slack && a.top < b.bottom - slack && b.top < a.bottom - slack) found.push(`${a.name} × ${b.name}`);
    }
  });
  return found;
}

/**
 * Tabs through the page and lists, in order, the notes whose links receive focus. A focusin
 * listener records them, and stops once focus has left the last note; the keys are pressed in
 * runs of 20 between looks at whether it has, rather than with a look after each.
 */
async function notesInTabOrder(page: Page): Promise<string[]> {
  await page.evaluate(() => {
    const record = { notes: [] as string[], done: false };
    (window as unknown as { tabRecord: typeof record }).tabRecord = record;
    const last = [...document.querySelectorAll('.notes li[id^=note-]')].at(-1)?.id;
    document.addEventListener('focusin', (event) => {
      if (record.done) return;
      const note = (event.target as Element).closest('.notes li[id^=note-]')?.id ?? '';
      if (note && record.notes.at(-1) !== note) record.notes.push(note);
      // Focus has left the last note (after all its links), so every note has had its turn.
      if (!note && last && record.notes.includes(last)) record.done = true;
    });
  });
  const record = () => page.evaluate(() => (window as unknown as { tabRecord: { notes: string[]; done: boolean } }).tabRecord);
  for (let presses = 0; presses < 1500 && !(await record()).done; presses += 20) {
    for (let i = 0; i < 20; i++) await page.keyboard.press('Tab');
  }
  return (await record()).notes;
}

for (const width of WIDTHS) {
  test(`sections at ${width} px: nothing overlaps, no sideways scroll${AXE_WIDTHS.includes(width) ? ', axe is clean' : ''}`, async ({ page, context }) => {
    test.setTimeout(120_000);
    await loadAxe(context);
    await page.setViewportSize({ width, height: 900 });
    for (const path of PAGES) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${path}: sideways scroll`).toBeLessThanOrEqual(0);
      const boxes = await layoutBoxes(page);
      expect(boxes.filter((b) => b.name.startsWith('note-group')).length, path).toBeGreaterThan(0);
      expect(overlaps(boxes), `${path}: overlapping boxes`).toEqual([]);

      const text = boxes.filter((b) => b.name.startsWith('para-text'));
      const notes = boxes.filter((b) => b.name.startsWith('note-group'));
      const tools = boxes.filter((b) => b.name.startsWith('para-tools'));
      const textLeft = Math.min(...text.map((b) => b.left));
      const textRight = Math.max(...text.map((b) => b.right));
      if (width >= WIDE) {
        // Notes in the right margin, the paragraph's links in the left one, the text alone between.
        for (const n of notes) expect(n.left, `${path}: ${n.name} in the margin`).toBeGreaterThanOrEqual(textRight);
        for (const t of tools) expect(t.right, `${path}: ${t.name} in the gutter`).toBeLessThanOrEqual(textLeft);
        // Each group of notes starts beside the paragraph that first cites its first note.
        const misplaced = await page.evaluate(() =>
          [...document.querySelectorAll('.note-group')].flatMap((group) => {
            const ref = group.querySelector('.backrefs a')?.getAttribute('href');
            const marker = ref ? document.querySelector(ref) : null;
            const block = marker?.closest('.report-text > *');
            if (!block) return [];
            const gap = Math.abs(group.getBoundingClientRect().top - block.getBoundingClientRect().top);
            return gap > 2 ? [`${group.querySelector('li')?.id}: ${gap}px from its paragraph`] : [];
          }),
        );
        expect(misplaced, path).toEqual([]);
      } else {
        // One column: the notes come after the whole text.
        const textBottom = Math.max(...text.map((b) => b.bottom));
        for (const n of notes) expect(n.top, `${path}: ${n.name} after the text`).toBeGreaterThanOrEqual(textBottom);
      }
      if (AXE_WIDTHS.includes(width)) expect(await axeViolations(page, { runOnly: { type: 'tag', values: WCAG_TAGS } }), `${path} at ${width}px`).toEqual([]);
    }
  });

  test(`at ${width} px every note is reached by keyboard, in number order`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height: 900 });
    for (const path of PAGES.slice(1)) {
      await page.goto(path);
      const expected = await page.locator('.notes li[id^=note-]').evaluateAll((items) => items.map((li) => li.id));
      expect(expected.map((id) => Number(id.slice(5)))).toEqual(expected.map((id) => Number(id.slice(5))).sort((a, b) => a - b));
      await page.locator('h1').click();
      expect(await notesInTabOrder(page), path).toEqual(expected);
    }
  });
}

for (const width of [1280, 1920]) {
  test(`the report contents stay in view at ${width} px, the current section marked`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/reports/fotn-2013/limits-on-content/');
    const sidebar = page.locator('.toc-sidebar');
    await expect(sidebar).toBeVisible();
    await expect(sidebar.locator('a[aria-current="page"]')).toHaveText('Limits on Content');
    await expect(page.locator('.toc-details')).toBeHidden();
    await page.locator('#note-30').scrollIntoViewIfNeeded();
    await expect(sidebar.locator('a[aria-current="page"]')).toBeInViewport();
    // The text keeps a readable line beside the contents and the margin notes (at least 34rem).
    const text = await page.locator('.para-text').first().boundingBox();
    expect(text!.width).toBeGreaterThanOrEqual(34 * 16);
    // Narrower, the <details> contents serves instead.
    await page.setViewportSize({ width: 1200, height: 900 });
    await expect(sidebar).toBeHidden();
    await expect(page.locator('.toc-details')).toBeVisible();
  });
}

test('a long contents list scrolls so the current section is in view, without moving the page', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/reports/fotn-2020/c8/');
  const sidebar = page.locator('.toc-sidebar');
  // The list is longer than the screen, so only the script can bring C8 into view.
  expect(await sidebar.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
  await expect(sidebar.locator('a[aria-current="page"]')).toBeInViewport();
  expect(await page.evaluate(() => scrollY)).toBe(0);
});

test('print and narrow screens keep the notes at the end; dark mode too', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/reports/fotn-2015/ict-market/');
  await page.emulateMedia({ media: 'print' });
  const lastText = await page.locator('.para-text').last().boundingBox();
  const firstNote = await page.locator('.note-group').first().boundingBox();
  expect(firstNote!.y).toBeGreaterThanOrEqual(lastText!.y + lastText!.height);
  await expect(page.locator('.para-tools').first()).toBeHidden();
  await page.emulateMedia({ media: 'screen', colorScheme: 'dark' });
  const note = await page.locator('.note-group').first().boundingBox();
  expect(note!.y).toBeLessThan(lastText!.y);
});

test('a list whose note texts are all lost says so once and keeps every number linkable', async ({ page }) => {
  await page.goto('/reports/fotn-2020/c3/');
  await expect(page.locator('.notes-lost-statement')).toHaveCount(1);
  await expect(page.getByText('Text not in the source copy.')).toHaveCount(0);
  const notes = page.locator('.notes li[id^=note-]');
  expect(await notes.count()).toBeGreaterThan(10);
  await page.goto('/reports/fotn-2020/c3/#note-11');
  await expect(page.locator('#note-11')).toBeInViewport();
  // The preview of a lost note carries the statement.
  await page.locator('#ref-11').hover();
  await expect(page.locator('#note-preview')).toContainText('not captured in the source copy');
});

test.describe('the note round trip', () => {
  const SECTION = '/reports/fotn-2015/ict-market/';

  for (const fragment of ['p3', 'note-25', 'ref-26']) {
    test(`#${fragment} lands with room above it and is marked while targeted`, async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 700 });
      await page.goto(`${SECTION}#${fragment}`);
      const target = page.locator(`#${fragment}`);
      await expect(target).toBeInViewport();
      const box = (await target.boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(24);
      expect(await target.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
    });
  }

  test('a back-link lands on its marker with room above, and opens no preview', async ({ page }) => {
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: 700 });
      await page.goto(`${SECTION}#note-26`);
      await page
        .locator('#note-26')
        .getByRole('link', { name: /Back to the citation of note 26/ })
        .click();
      await expect(page).toHaveURL(/#ref-26$/);
      const marker = page.locator('#ref-26');
      await expect(marker).toBeInViewport();
      const box = (await marker.boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(24);
      // The page scrolled under a resting pointer: the marker may now lie beneath it, as if
      // hovered. That is arrival, not a request for the preview.
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.waitForTimeout(400);
      await expect(page.locator('#note-preview')).toBeHidden();
      // The marker still previews once the reader deliberately points at it.
      await page.mouse.move(5, 5);
      await marker.hover();
      await expect(page.locator('#note-preview')).toBeVisible();
    }
  });

  test('a marker takes taps and clicks over at least 24 × 24 px, and the text keeps its look', async ({ page }) => {
    await page.goto(SECTION);
    const marker = page.locator('#ref-24');
    const box = (await marker.boundingBox())!;
    expect(box.height).toBeLessThan(24);
    const misses = await marker.evaluate((el) => {
      const r = el.getBoundingClientRect();
      const cx = r.left + r.width / 2;
      const cy = r.top + r.height / 2;
      const points = [
        [-11.5, -11.5],
        [11.5, -11.5],
        [-11.5, 11.5],
        [11.5, 11.5],
        [0, -11.5],
        [0, 11.5],
        [-11.5, 0],
        [11.5, 0],
      ];
      return points.filter(([dx, dy]) => document.elementFromPoint(cx + dx!, cy + dy!)?.closest('.note-ref a') !== el);
    });
    expect(misses).toEqual([]);
    // The larger area is an overlay: without it the paragraph is laid out exactly the same.
    const paragraph = page.locator('#p1');
    const withArea = await paragraph.boundingBox();
    // The page's Content-Security-Policy refuses an injected stylesheet; a constructed one is
    // the test's own instrument, not page content.
    await page.evaluate(() => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync('.note-ref a::before { display: none !important; }');
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    });
    expect(await paragraph.boundingBox()).toEqual(withArea);
    expect(await marker.boundingBox()).toEqual(box);
  });
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 800 } });
  const SECTION = '/reports/fotn-2015/ict-market/';

  test('a tap opens the preview, a second tap goes to the note, a tap outside closes it', async ({ page }) => {
    await page.goto(SECTION);
    const marker = page.locator('#ref-25');
    const preview = page.locator('#note-preview');
    await marker.tap();
    await expect(preview).toBeVisible();
    await expect(preview).toContainText('Full-scale introduction of 4G');
    expect(new URL(page.url()).hash).toBe('');
    await page.locator('h1').tap();
    await expect(preview).toBeHidden();

    await marker.tap();
    await expect(preview).toBeVisible();
    await marker.tap();
    await expect(page).toHaveURL(/#note-25$/);
    await expect(preview).toBeHidden();
  });

  test("the preview's own link goes to the note", async ({ page }) => {
    await page.goto(SECTION);
    await page.locator('#ref-27').tap();
    const go = page.locator('#note-preview').getByRole('link', { name: 'Go to note 27' });
    await go.tap();
    await expect(page).toHaveURL(/#note-27$/);
    await expect(page.locator('#note-27')).toBeInViewport();
    await expect(page.locator('#note-preview')).toBeHidden();
  });
});
