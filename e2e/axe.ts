import type { BrowserContext, Page } from '@playwright/test';
import axe from 'axe-core';

/**
 * axe-core, loaded once per browser context as an init script, so checking hundreds of
 * pages does not re-inject the library through the protocol on every page.
 */
export async function loadAxe(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: axe.source });
}

export async function axeViolations(page: Page, options: axe.RunOptions): Promise<string[]> {
  return page.evaluate(async (runOptions) => {
    // Only violations are read, so axe need not collect the nodes of every pass.
    const results = await (window as unknown as { axe: typeof axe }).axe.run(document, { resultTypes: ['violations'], ...runOptions });
    return results.violations.map((v) => `${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ') ?? ''}`);
  }, options);
}
