import { test, expect } from '@playwright/test';
import { sitemapPaths, watchOtherHosts } from './site.ts';
import { axeViolations, loadAxe } from './axe.ts';

// Over every URL in the sitemap (and the 404 page), twice:
// - light mode on a desktop screen: axe with the WCAG 2.0–2.2 A and AA rules;
// - dark mode on a phone screen: axe's colour-contrast rule again (only colours change), and
//   no sideways scrolling.
// Neither run may send a request to another host, and no page may break its own
// Content-Security-Policy (a violation is recorded by a listener added before any page script).

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const runs = [
  { name: 'light, desktop', colorScheme: 'light', viewport: { width: 1280, height: 900 } },
  { name: 'dark, phone', colorScheme: 'dark', viewport: { width: 360, height: 740 } },
] as const;

for (const run of runs) {
  test(`every page passes axe and stays on this host (${run.name})`, async ({ page, context }) => {
    test.setTimeout(600_000);
    await loadAxe(context);
    await context.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
    });
    await page.emulateMedia({ colorScheme: run.colorScheme });
    await page.setViewportSize(run.viewport);
    const paths = await sitemapPaths(page);
    expect(paths.length).toBeGreaterThan(10);
    const offenders = watchOtherHosts(page);
    const problems: string[] = [];
    for (const path of [...paths, '/404.html']) {
      await page.goto(path);
      const only = run.colorScheme === 'dark' ? { type: 'rule' as const, values: ['color-contrast'] } : { type: 'tag' as const, values: WCAG_TAGS };
      for (const v of await axeViolations(page, { runOnly: only })) problems.push(`${path}: ${v}`);
      for (const v of await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)) problems.push(`${path}: CSP violation: ${v}`);
      if (run.viewport.width < 500) {
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        if (overflow > 0) problems.push(`${path}: ${overflow}px wider than a phone screen`);
      }
    }
    expect(problems).toEqual([]);
    expect(offenders).toEqual([]);
  });
}
