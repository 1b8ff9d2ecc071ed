import { test, expect } from '@playwright/test';
import { PAGE_KINDS, WIDTHS } from './page-kinds.ts';

// Screenshots of one page of each kind, on a phone and a desktop, light and dark, compared with
// the baselines committed in e2e/visual.spec.ts-snapshots/ (taken with Debian's Chromium). The
// first screen of each page, plus the score chart and table, which sit further down. After an
// intended change of layout, look at the new screenshots, then renew the baselines with
//   npx playwright test --update-snapshots e2e/visual.spec.ts
// Fonts are the system's; animations and the text caret are turned off. Each page is shot once
// loaded: none fetches anything later, and toHaveScreenshot waits for two equal shots in a row.
const SCHEMES = ['light', 'dark'] as const;
const options = { animations: 'disabled', caret: 'hide', maxDiffPixelRatio: 0.01 } as const;

for (const width of WIDTHS) {
  for (const colorScheme of SCHEMES) {
    test.describe(`${width.name}, ${colorScheme}`, () => {
      test.use({ viewport: width.viewport, colorScheme });

      for (const { name, path } of PAGE_KINDS) {
        test(`${name} looks as recorded`, async ({ page }) => {
          await page.goto(path, { waitUntil: 'load' });
          await expect(page).toHaveScreenshot(`${name}-${width.name}-${colorScheme}.png`, options);
        });
      }

      test('the score chart and table look as recorded', async ({ page }) => {
        await page.goto('/scores/', { waitUntil: 'load' });
        await expect(page.locator('figure.chart')).toHaveScreenshot(`scores-chart-${width.name}-${colorScheme}.png`, options);
        await expect(page.locator('.table-scroll:has(#score-table)')).toHaveScreenshot(`scores-table-${width.name}-${colorScheme}.png`, options);
      });
    });
  }
}
