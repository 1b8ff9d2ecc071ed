import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { passageFingerprint, publishedText } from './fingerprint.ts';

const sha = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

test('the fingerprint is the SHA-256 of the normalised text', () => {
  assert.equal(passageFingerprint('  “Blocked” — 2014–15\n'), sha('"Blocked" - 2014-15'));
  assert.equal(passageFingerprint('"Blocked" - 2014-15'), passageFingerprint('“Blocked” — 2014–15'));
  assert.notEqual(passageFingerprint('Blocked'), passageFingerprint('blocked'));
});

test('the published text keeps quotes and dashes as printed, with white space collapsed', () => {
  assert.equal(publishedText(' “Blocked”\n — 2014 '), '“Blocked” — 2014');
});
