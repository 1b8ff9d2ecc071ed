import { test } from 'node:test';
import assert from 'node:assert/strict';
import { headersFile, mergePolicies, metaPolicy, parsePolicy, serialisePolicy } from './csp.ts';

test('a policy parses and prints back', () => {
  const text = "default-src 'self'; script-src 'self' 'sha256-a'";
  assert.equal(serialisePolicy(parsePolicy(text)), text);
});

test('policies merge to the union of their sources', () => {
  const merged = mergePolicies([parsePolicy("script-src 'self' 'sha256-a'"), parsePolicy("script-src 'self' 'sha256-b'; img-src 'self'")]);
  assert.equal(serialisePolicy(merged), "script-src 'self' 'sha256-a' 'sha256-b'; img-src 'self'");
});

test("the policy is read from a page's meta tag", () => {
  assert.equal(metaPolicy('<head><meta http-equiv="content-security-policy" content="default-src \'self\'"></head>'), "default-src 'self'");
  assert.equal(metaPolicy('<head></head>'), undefined);
});

test('the headers file covers the base path and adds frame-ancestors', () => {
  const file = headersFile('/archive/', parsePolicy("default-src 'self'"));
  assert.match(file, /^\/archive\/\*$/m);
  assert.match(file, /Content-Security-Policy: default-src 'self'; frame-ancestors 'none'/);
  assert.match(file, /Referrer-Policy: no-referrer/);
});
