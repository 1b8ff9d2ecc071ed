import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { sitemapPaths, watchOtherHosts } from './site.ts';

// Over every URL in the sitemap, in light and dark mode: axe (WCAG 2.2 AA) finds nothing,
// and no request goes to another host.

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

for (const colorScheme of ['light', 'dark'] as const) {
  test(`every page passes axe and stays on this host (${colorScheme})`, async ({ page }) => {
    test.setTimeout(300_000);
    await page.emulateMedia({ colorScheme });
    const paths = await sitemapPaths(page);
    expect(paths.length).toBeGreaterThan(10);
    const offenders = watchOtherHosts(page);
    const violations: string[] = [];
    for (const path of [...paths, '/404.html']) {
      await page.goto(path);
      const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      for (const v of results.violations) {
        violations.push(`${path}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`);
      }
    }
    expect(violations).toEqual([]);
    expect(offenders).toEqual([]);
  });
}
