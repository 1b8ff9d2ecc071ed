import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { formatterFactory, HtmlValidate, StaticConfigLoader, type ConfigData, type ResolvedConfig } from 'html-validate';
import config from '../../.htmlvalidate.mjs';
import { siteDir } from './site.ts';

// Rule: every page is valid HTML, by html-validate's recommended rules and the two changes in
// .htmlvalidate.mjs (which `npx html-validate "dist/**/*.html"` reads too). npm test runs it in
// a process of its own: beside the other site checks' parsed pages it took half as long again.

/**
 * The configuration, resolved once for all pages: html-validate's loaders resolve it again for
 * each file (its tables of elements included), which took as long as validating the pages.
 */
class ResolvedOnce extends StaticConfigLoader {
  #resolved: ResolvedConfig | Promise<ResolvedConfig> | undefined;
  override getConfigFor(handle: string, override?: ConfigData): ResolvedConfig | Promise<ResolvedConfig> {
    if (override) return super.getConfigFor(handle, override);
    this.#resolved ??= super.getConfigFor(handle);
    return this.#resolved;
  }
}

const validator = new HtmlValidate(new ResolvedOnce(config));

test('every page is valid HTML (html-validate)', async () => {
  const files = readdirSync(siteDir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => join(siteDir, f));
  assert.ok(files.length > 0, 'no pages');
  const failed = [];
  for (const file of files) {
    const report = await validator.validateFile(file);
    if (!report.valid) failed.push(...report.results);
  }
  assert.equal(failed.length, 0, formatterFactory('stylish')(failed));
});

test('the validator, once resolved, still finds errors: a duplicate id, a stray end tag, a button without a type', async () => {
  const report = await validator.validateString(
    '<!DOCTYPE html><html lang="en"><head><title>t</title></head><body><main><p id="a">x</p><p id="a">y</p></div><button>b</button></main></body></html>',
    'broken.html',
  );
  const rules = report.results.flatMap((r) => r.messages.map((m) => m.ruleId)).sort();
  assert.deepEqual([...new Set(rules)], ['close-order', 'no-dup-id', 'no-implicit-button-type']);
});
