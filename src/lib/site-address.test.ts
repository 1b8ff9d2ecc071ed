import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PLACEHOLDER_ORIGIN, placeholderWarning, siteAddress } from './site-address.ts';

test('without SITE_URL the placeholder host stands in, and says so', () => {
  const address = siteAddress({});
  assert.deepEqual(address, { site: PLACEHOLDER_ORIGIN, base: '/', placeholder: true });
  assert.match(placeholderWarning(address), /SITE_URL is not set.*kz-internet-freedom-archive\.example.*SITE_URL=https:/);
  assert.deepEqual(siteAddress({ SITE_URL: '  ' }), address);
});

test('SITE_URL gives the origin, and its path is the base', () => {
  assert.deepEqual(siteAddress({ SITE_URL: 'https://archive.example.org' }), { site: 'https://archive.example.org', base: '/', placeholder: false });
  assert.deepEqual(siteAddress({ SITE_URL: 'https://example.org/archive' }), { site: 'https://example.org', base: '/archive/', placeholder: false });
  assert.deepEqual(siteAddress({ SITE_URL: 'http://127.0.0.1:8080/a/b/' }), { site: 'http://127.0.0.1:8080', base: '/a/b/', placeholder: false });
});

test('SITE_BASE alone sets a sub-path, and with SITE_URL may only agree with it', () => {
  assert.deepEqual(siteAddress({ SITE_BASE: '/archive/' }), { site: PLACEHOLDER_ORIGIN, base: '/archive/', placeholder: true });
  assert.deepEqual(siteAddress({ SITE_BASE: 'archive' }).base, '/archive/');
  assert.deepEqual(siteAddress({ SITE_URL: 'https://example.org/', SITE_BASE: '/archive/' }).base, '/archive/');
  assert.deepEqual(siteAddress({ SITE_URL: 'https://example.org/archive/', SITE_BASE: '/archive' }).base, '/archive/');
  assert.throws(
    () => siteAddress({ SITE_URL: 'https://example.org/mirror/', SITE_BASE: '/archive/' }),
    /^Error: SITE_BASE: .*differs from the path of SITE_URL/,
  );
});

test('a SITE_URL that is not a plain http(s) address stops the build with what to write', () => {
  assert.throws(() => siteAddress({ SITE_URL: 'archive.example.org' }), /^Error: SITE_URL: "archive.example.org" is not a URL; expected/);
  assert.throws(() => siteAddress({ SITE_URL: 'ftp://archive.example.org/' }), /not an http\(s\) address/);
  assert.throws(() => siteAddress({ SITE_URL: 'https://archive.example.org/?x=1' }), /query, fragment or credentials/);
});
