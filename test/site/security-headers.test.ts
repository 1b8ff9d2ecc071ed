import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { metaPolicy, parsePolicy } from '../../src/lib/csp.ts';
import { pages, siteBase, siteDir } from './site.ts';

// Every page carries a strict Content-Security-Policy, and the headers file for hosts sends a
// policy that allows everything each page's own policy allows (a browser enforces both).

test('every page has a strict Content-Security-Policy meta tag', () => {
  const problems: string[] = [];
  for (const page of pages()) {
    const meta = page.root.querySelector('meta[http-equiv="content-security-policy"]');
    const text = meta?.getAttribute('content');
    if (!text) {
      problems.push(`${page.file}: no policy`);
      continue;
    }
    const policy = parsePolicy(text);
    // A one-file edition (downloads/<id>.html) is read offline: it loads and runs nothing at all.
    if (page.file.startsWith('downloads/') && !page.file.endsWith('index.html')) {
      if (policy.get('default-src')?.join(' ') !== "'none'" || policy.has('script-src'))
        problems.push(`${page.file}: an offline edition must allow no source and no script`);
      continue;
    }
    if (policy.get('default-src')?.join(' ') !== "'self'") problems.push(`${page.file}: default-src is not 'self'`);
    if (text.includes("'unsafe-inline'") || text.includes("'unsafe-eval'")) problems.push(`${page.file}: allows unsafe-inline or unsafe-eval`);
    if (!policy.get('script-src')?.includes("'wasm-unsafe-eval'")) problems.push(`${page.file}: script-src lacks 'wasm-unsafe-eval' (Pagefind)`);
  }
  assert.deepEqual(problems, []);
});

test('the headers file sends the policy of every page, frame-ancestors and the other security headers', () => {
  const file = readFileSync(join(siteDir, '_headers'), 'utf8');
  assert.match(file, new RegExp(`^${siteBase.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}\\*$`, 'm'));
  const header = /^\s+Content-Security-Policy: (.+)$/m.exec(file)?.[1];
  assert.ok(header, 'no Content-Security-Policy header');
  const policy = parsePolicy(header);
  assert.deepEqual(policy.get('frame-ancestors'), ["'none'"]);
  for (const page of pages()) {
    for (const [name, sources] of parsePolicy(metaPolicy(readFileSync(join(siteDir, page.file), 'utf8')) ?? '')) {
      for (const source of sources) assert.ok(policy.get(name)?.includes(source), `${page.file}: ${name} ${source} is not in the header policy`);
    }
  }
  assert.match(file, /^\s+Referrer-Policy: no-referrer$/m);
  assert.match(file, /^\s+X-Content-Type-Options: nosniff$/m);
  assert.match(file, /^\s+Permissions-Policy: .*camera=\(\)/m);
});
