import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { checkBag, decodeManifestPath, encodeManifestPath, makeBag, payloadOxum, type BagFile } from './bagit.ts';

const bytes = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));
const payload: BagFile[] = [
  { path: 'reports/index.html', bytes: bytes('<h1>Reports</h1>') },
  { path: 'index.html', bytes: bytes('<h1>Қазақстан</h1>') },
  { path: 'odd name%.txt', bytes: bytes('') },
];
const info = {
  sourceOrganization: 'Kazakhstan Internet Freedom Archive',
  baggingDate: '2026-11-23',
  externalIdentifier: 'https://example.org/downloads/archive-2026-11-23.zip',
  externalDescription: 'The whole site',
  other: [['License', 'CC BY 4.0']] as [string, string][],
};
const bag = makeBag(payload, info);
const file = (path: string) => Buffer.from(bag.find((f) => f.path === path)!.bytes).toString('utf8');
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

test('bagit.txt declares version 1.0 and UTF-8, LF line endings', () => {
  assert.equal(file('bagit.txt'), 'BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n');
});

test('the tag files come first, then the payload under data/, sorted', () => {
  assert.deepEqual(
    bag.map((f) => f.path),
    ['bagit.txt', 'bag-info.txt', 'manifest-sha256.txt', 'tagmanifest-sha256.txt', 'data/index.html', 'data/odd name%.txt', 'data/reports/index.html'],
  );
});

test('the manifest lists every payload file with its SHA-256, % encoded in paths', () => {
  const lines = file('manifest-sha256.txt').split('\n');
  assert.equal(lines.at(-1), '');
  assert.deepEqual(lines.slice(0, -1), [
    `${sha(payload[1]!.bytes)}  data/index.html`,
    `${sha(payload[2]!.bytes)}  data/odd name%25.txt`,
    `${sha(payload[0]!.bytes)}  data/reports/index.html`,
  ]);
});

test('the tag manifest covers bagit.txt, bag-info.txt and the manifest, not itself', () => {
  const paths = file('tagmanifest-sha256.txt')
    .trim()
    .split('\n')
    .map((l) => l.split(/\s+/)[1]);
  assert.deepEqual(paths, ['bagit.txt', 'bag-info.txt', 'manifest-sha256.txt']);
});

test('bag-info.txt has the organisation, date, identifier, Oxum, size and licence', () => {
  const text = file('bag-info.txt');
  const octets = payload.reduce((s, f) => s + f.bytes.length, 0);
  assert.match(text, /^Source-Organization: Kazakhstan Internet Freedom Archive$/m);
  assert.match(text, /^Bagging-Date: 2026-11-23$/m);
  assert.match(text, /^External-Identifier: https:\/\/example.org\/downloads\/archive-2026-11-23.zip$/m);
  assert.match(text, new RegExp(`^Payload-Oxum: ${octets}\\.3$`, 'm'));
  assert.match(text, /^Bag-Size: \d+ bytes$/m);
  assert.match(text, /^License: CC BY 4.0$/m);
  assert.equal(payloadOxum(payload), `${octets}.3`);
});

test('CR, LF and % in a path are percent-encoded and decode back', () => {
  assert.equal(encodeManifestPath('a\r\nb%c'), 'a%0D%0Ab%25c');
  assert.equal(decodeManifestPath('a%0D%0Ab%25c'), 'a\r\nb%c');
  assert.equal(decodeManifestPath(encodeManifestPath('100%0A')), '100%0A');
});

test('the same payload gives the same bag, whatever order it comes in', () => {
  assert.deepEqual(makeBag([...payload].reverse(), info), bag);
});

test('a well-made bag passes every check', () => {
  assert.deepEqual(checkBag(bag), []);
});

test('a wrong checksum is caught', () => {
  const broken = bag.map((f) => (f.path === 'data/index.html' ? { ...f, bytes: bytes('<h1>changed</h1>') } : f));
  const problems = checkBag(broken);
  assert.ok(
    problems.some((p) => /data\/index.html: checksum .* is wrong/.test(p)),
    problems.join('\n'),
  );
});

test('a missing payload file is caught, in the manifest and the Oxum', () => {
  const problems = checkBag(bag.filter((f) => f.path !== 'data/reports/index.html'));
  assert.ok(problems.includes('manifest-sha256.txt: data/reports/index.html is listed but missing'), problems.join('\n'));
  assert.ok(
    problems.some((p) => p.startsWith('bag-info.txt: Payload-Oxum')),
    problems.join('\n'),
  );
});

test('a file outside the manifests is caught', () => {
  const problems = checkBag([...bag, { path: 'data/extra.html', bytes: bytes('x') }, { path: 'notes.txt', bytes: bytes('y') }]);
  assert.ok(problems.includes('data/extra.html is in no manifest'));
  assert.ok(problems.includes('notes.txt is in no manifest'));
});

test('a changed tag file, a missing bagit.txt and CRLF lines are caught', () => {
  const edited = bag.map((f) => (f.path === 'bag-info.txt' ? { ...f, bytes: bytes(file('bag-info.txt') + 'Contact-Name: x\n') } : f));
  assert.ok(checkBag(edited).some((p) => /tagmanifest-sha256.txt: bag-info.txt: checksum/.test(p)));
  assert.ok(checkBag(bag.filter((f) => f.path !== 'bagit.txt')).includes('bagit.txt is missing'));
  const crlf = bag.map((f) => (f.path === 'manifest-sha256.txt' ? { ...f, bytes: bytes(file('manifest-sha256.txt').replace(/\n/g, '\r\n')) } : f));
  assert.ok(checkBag(crlf).some((p) => p.includes('LF')));
});

test('paths that are absolute, climb out or use backslashes are refused', () => {
  for (const path of ['/etc/passwd', '../x', 'a\\b', 'a//b']) assert.throws(() => makeBag([{ path, bytes: bytes('') }], info), /relative path/);
});
