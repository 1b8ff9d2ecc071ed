import type { BrowserContext, Page } from '@playwright/test';
import axe from 'axe-core';

/**
 * axe-core, loaded once per browser context as an init script, so checking hundreds of
 * pages does not re-inject the library through the protocol on every page.
 */
export async function loadAxe(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: axe.source });
}

export interface PageCheck {
  /** axe's violations, one line each: rule, count of nodes, the first node. */
  violations: string[];
  /** How many pixels the page is wider than the screen. */
  overflow: number;
  /** What a securitypolicyviolation listener recorded in window.cspViolations, where one was added. */
  csp: string[];
}

/** axe on the page, and its width and CSP record, in one round trip (every-page.spec.ts checks hundreds of pages). */
export async function checkPage(page: Page, options: axe.RunOptions): Promise<PageCheck> {
  return page.evaluate(async (runOptions) => {
    // Only violations are read, so axe need not collect the nodes of every pass.
    const results = await (window as unknown as { axe: typeof axe }).axe.run(document, { resultTypes: ['violations'], ...runOptions });
    return {
      violations: results.violations.map((v) => `${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ') ?? ''}`),
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      csp: (window as unknown as { cspViolations?: string[] }).cspViolations ?? [],
    };
  }, options);
}

export async function axeViolations(page: Page, options: axe.RunOptions): Promise<string[]> {
  return (await checkPage(page, options)).violations;
}
