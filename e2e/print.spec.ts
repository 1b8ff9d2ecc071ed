import { test, expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { siteAddress } from '../src/lib/site-address.ts';

// A printed section: margins and page numbers, ¶ numbers beside the paragraphs, no back-arrows
// or incident lines, and a citation line with the permanent URL. Read back from the PDF that
// Chromium prints, with pdftotext (poppler-utils; .ci/run installs it).
const SECTION = '/reports/fotn-2015/restrictions-on-connectivity/';
// The address the build gave it (src/lib/site-address.ts: SITE_URL, or the placeholder host).
const PERMANENT = `${siteAddress().site}/reports/fotn-2015/restrictions-on-connectivity/`;
const pdftotext = ['/usr/bin/pdftotext', '/usr/local/bin/pdftotext'].find(existsSync);

test('in print, paragraph numbers show and screen furniture goes', async ({ page }) => {
  await page.goto(SECTION);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.report-text .permalink').first()).toBeVisible();
  await expect(page.locator('.backrefs').first()).toBeHidden();
  await expect(page.locator('.incident-links').first()).toBeHidden();
  await expect(page.locator('.print-citation')).toBeVisible();
  await expect(page.locator('.print-citation')).toContainText(PERMANENT.replace(/^https:\/\/[^/]+/, ''));
  await page.emulateMedia({ media: 'screen' });
  await expect(page.locator('.print-citation')).toBeHidden();
});

test('the printed PDF has margins, page numbers, ¶ numbers and the citation line', async ({ page }) => {
  test.skip(!pdftotext, 'pdftotext is not installed (apt-get install poppler-utils)');
  await page.goto(SECTION);
  const dir = mkdtempSync(join(tmpdir(), 'print-'));
  const pdf = join(dir, 'section.pdf');
  writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true }));
  const text = execFileSync(pdftotext!, ['-layout', pdf, '-'], { encoding: 'utf8' });
  const pages = text.split('\f').filter((p) => p.trim());
  expect(pages.length).toBeGreaterThanOrEqual(2);
  pages.forEach((p, i) => expect(p).toMatch(new RegExp(`\\b${i + 1}\\s*/\\s*${pages.length}\\s*$`)));
  expect(text).toMatch(/¶1\s+The government imposes/);
  expect(text).not.toContain('↩');
  expect(text).not.toContain('Social media platforms unreachable'); // an incident line under ¶1 on screen
  expect(text.replace(/\s+/g, '')).toContain(`Citeas:`);
  expect(text.replace(/\s+/g, '')).toContain(PERMANENT.replace(/\s+/g, ''));
  // Margins: no word closer than 15 mm (42.5 pt) to any edge of an A4 page.
  execFileSync(pdftotext!, ['-bbox', pdf, join(dir, 'boxes.html')]);
  const boxes = [...readFileSync(join(dir, 'boxes.html'), 'utf8').matchAll(/xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)"/g)].map((m) =>
    m.slice(1).map(Number),
  );
  expect(boxes.length).toBeGreaterThan(100);
  const [width, height] = [595, 842];
  const margin = 42.5;
  for (const [xMin, yMin, xMax, yMax] of boxes) {
    expect(xMin).toBeGreaterThanOrEqual(margin);
    expect(yMin).toBeGreaterThanOrEqual(margin);
    expect(xMax).toBeLessThanOrEqual(width - margin);
    expect(yMax).toBeLessThanOrEqual(height - margin / 2); // the page number sits in the bottom margin
  }
});
