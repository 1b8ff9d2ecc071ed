import { test, expect } from '@playwright/test';

// The Content-Security-Policy is in force: a script injected into a page does not run, and the
// browser reports the violation. (Every page is also checked for violations of its own in
// every-page.spec.ts; the search tests prove Pagefind's WebAssembly still runs under it.)

test('the page carries a strict policy: default-src self, no unsafe-inline', async ({ page }) => {
  await page.goto('reports/fotn-2015/ict-market/');
  const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
  expect(policy).toMatch(/default-src 'self'/);
  expect(policy).toMatch(/object-src 'none'/);
  expect(policy).not.toContain("'unsafe-inline'");
  expect(policy).not.toContain("'unsafe-eval'");
});

test('an injected inline script and an inline event handler are blocked, and reported', async ({ page }) => {
  await page.goto('reports/fotn-2015/ict-market/');
  const violations = await page.evaluate(async () => {
    const seen: string[] = [];
    document.addEventListener('securitypolicyviolation', (event) => seen.push(event.violatedDirective));
    const script = document.createElement('script');
    script.textContent = 'window.injectedScriptRan = true;';
    document.head.append(script);
    const holder = document.createElement('div');
    holder.innerHTML = '<img src="data:," onerror="window.injectedHandlerRan = true">';
    document.body.append(holder);
    await new Promise((resolve) => setTimeout(resolve, 300));
    return seen;
  });
  expect(await page.evaluate(() => (window as unknown as { injectedScriptRan?: boolean }).injectedScriptRan)).toBeUndefined();
  expect(await page.evaluate(() => (window as unknown as { injectedHandlerRan?: boolean }).injectedHandlerRan)).toBeUndefined();
  expect(violations.some((d) => d.startsWith('script-src'))).toBe(true);
});

test("Playwright's own inline script tag is refused by the policy", async ({ page }) => {
  await page.goto('');
  await expect(page.addScriptTag({ content: 'window.addedByTag = true;' })).rejects.toThrow();
  expect(await page.evaluate(() => (window as unknown as { addedByTag?: boolean }).addedByTag)).toBeUndefined();
});
