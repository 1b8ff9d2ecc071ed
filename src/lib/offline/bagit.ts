import { createHash } from 'node:crypto';

/**
 * A BagIt bag (RFC 8493, BagIt 1.0), the form libraries and digital archives ingest: the
 * payload under data/, and the tag files
 *   bagit.txt               the version and the tag files' encoding,
 *   bag-info.txt            who made the bag, when, what it is (label: value lines),
 *   manifest-sha256.txt     "<sha256> data/<path>" for every payload file,
 *   tagmanifest-sha256.txt  the same for bagit.txt, bag-info.txt and manifest-sha256.txt.
 * Lines end in LF; paths are relative to the bag's base directory, with forward slashes, and
 * in a manifest a CR, LF or % in a path is percent-encoded (%0D, %0A, %25), as RFC 8493 §2.1.3
 * requires. Files are listed in sorted order, so the same payload always gives the same bag.
 * checkBag reads a bag back and lists everything that breaks the RFC's rules.
 */

export interface BagFile {
  /** Path in the bag, relative to its base directory, with forward slashes: data/index.html */
  path: string;
  bytes: Uint8Array;
}

export interface BagInfo {
  sourceOrganization: string;
  /** YYYY-MM-DD (the edition date, not the day the bag happened to be made). */
  baggingDate: string;
  externalIdentifier: string;
  externalDescription: string;
  /** Extra label: value pairs (a licence, say), in order. */
  other?: readonly [string, string][];
}

export const BAGIT_TXT = 'BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));

/** A path as a manifest writes it: %, CR and LF percent-encoded (RFC 8493 §2.1.3). */
export function encodeManifestPath(path: string): string {
  return path.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function decodeManifestPath(path: string): string {
  return path.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%25/g, '%');
}

/** "octets.streams": the payload's total size in bytes and its number of files (§2.2.2). */
export function payloadOxum(payload: readonly BagFile[]): string {
  return `${payload.reduce((sum, f) => sum + f.bytes.length, 0)}.${payload.length}`;
}

function manifest(files: readonly BagFile[]): string {
  return files.map((f) => `${sha256(f.bytes)}  ${encodeManifestPath(f.path)}\n`).join('');
}

function humanSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function checkPath(path: string): void {
  if (path.startsWith('/') || path.includes('\\') || path.split('/').some((part) => part === '' || part === '.' || part === '..')) {
    throw new Error(`bag path "${path}": expected a relative path with forward slashes and no . or .. parts`);
  }
}

/**
 * Every file of the bag, in order: bagit.txt, bag-info.txt, the manifest, the tag manifest,
 * then the payload under data/, sorted. `payload` paths are relative to data/.
 */
export function makeBag(payload: readonly BagFile[], info: BagInfo): BagFile[] {
  const files = payload
    .map((f) => {
      checkPath(f.path);
      return { path: `data/${f.path}`, bytes: f.bytes };
    })
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (let i = 1; i < files.length; i++) if (files[i]!.path === files[i - 1]!.path) throw new Error(`bag path "${files[i]!.path}" twice`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(info.baggingDate)) throw new Error(`Bagging-Date "${info.baggingDate}": expected YYYY-MM-DD`);
  const labels: [string, string][] = [
    ['Source-Organization', info.sourceOrganization],
    ['External-Description', info.externalDescription],
    ['External-Identifier', info.externalIdentifier],
    ['Bagging-Date', info.baggingDate],
    ['Payload-Oxum', payloadOxum(files)],
    ['Bag-Size', humanSize(files.reduce((sum, f) => sum + f.bytes.length, 0))],
    ...(info.other ?? []),
  ];
  for (const [label, value] of labels) {
    if (/[:\r\n]/.test(label) || /^\s|\s$/.test(label)) throw new Error(`bag-info label "${label}": no colon, line break or edge space`);
    if (/[\r\n]/.test(value)) throw new Error(`bag-info ${label}: one line expected`);
  }
  const tags: BagFile[] = [
    { path: 'bagit.txt', bytes: utf8(BAGIT_TXT) },
    { path: 'bag-info.txt', bytes: utf8(labels.map(([label, value]) => `${label}: ${value}\n`).join('')) },
    { path: 'manifest-sha256.txt', bytes: utf8(manifest(files)) },
  ];
  return [...tags, { path: 'tagmanifest-sha256.txt', bytes: utf8(manifest(tags)) }, ...files];
}

/** A manifest's lines as path → checksum, with its own problems. */
function readManifest(name: string, text: string, problems: string[]): Map<string, string> {
  const entries = new Map<string, string>();
  if (text.includes('\r')) problems.push(`${name}: lines must end in LF alone here`);
  text.split('\n').forEach((line, i) => {
    if (line === '' && i === text.split('\n').length - 1) return;
    const match = line.match(/^([0-9a-f]{64})[ \t]+\*?(.+)$/);
    if (!match) return problems.push(`${name}:${i + 1}: expected "<sha256> <path>"`);
    const path = decodeManifestPath(match[2]!);
    if (path.startsWith('/') || path.startsWith('../') || path.includes('\\') || path.split('/').includes('..'))
      problems.push(`${name}:${i + 1}: path "${match[2]}" must be relative with forward slashes`);
    if (entries.has(path)) problems.push(`${name}:${i + 1}: ${path} listed twice`);
    entries.set(path, match[1]!);
  });
  return entries;
}

/**
 * Everything that makes `files` (the bag's files, paths relative to its base directory) an
 * invalid or incomplete bag under RFC 8493, with SHA-256 manifests; an empty list for a valid one.
 */
export function checkBag(files: readonly BagFile[]): string[] {
  const problems: string[] = [];
  const byPath = new Map(files.map((f) => [f.path, f.bytes]));
  const text = (path: string) => (byPath.has(path) ? Buffer.from(byPath.get(path)!).toString('utf8') : undefined);
  const bagit = text('bagit.txt');
  if (bagit === undefined) problems.push('bagit.txt is missing');
  else if (bagit !== BAGIT_TXT) problems.push(`bagit.txt must read exactly ${JSON.stringify(BAGIT_TXT)}`);
  const manifestText = text('manifest-sha256.txt');
  const tagManifestText = text('tagmanifest-sha256.txt');
  if (manifestText === undefined) problems.push('manifest-sha256.txt is missing');
  if (tagManifestText === undefined) problems.push('tagmanifest-sha256.txt is missing');
  const payloadEntries = readManifest('manifest-sha256.txt', manifestText ?? '', problems);
  const tagEntries = readManifest('tagmanifest-sha256.txt', tagManifestText ?? '', problems);

  for (const [name, entries, inData] of [
    ['manifest-sha256.txt', payloadEntries, true],
    ['tagmanifest-sha256.txt', tagEntries, false],
  ] as const) {
    for (const [path, checksum] of entries) {
      if (inData !== path.startsWith('data/')) problems.push(`${name}: ${path} ${inData ? 'is not under data/' : 'is a payload file'}`);
      const bytes = byPath.get(path);
      if (!bytes) problems.push(`${name}: ${path} is listed but missing`);
      else if (sha256(bytes) !== checksum) problems.push(`${name}: ${path}: checksum ${checksum} is wrong (the file's is ${sha256(bytes)})`);
    }
  }
  for (const { path } of files) {
    if (path === 'tagmanifest-sha256.txt') continue;
    if (path.startsWith('data/') ? !payloadEntries.has(path) : !tagEntries.has(path)) problems.push(`${path} is in no manifest`);
  }

  const info = new Map<string, string>();
  for (const line of (text('bag-info.txt') ?? '').split('\n')) {
    const match = line.match(/^([^:\s][^:]*):\s*(.*)$/);
    if (match) info.set(match[1]!, match[2]!);
  }
  if (!byPath.has('bag-info.txt')) problems.push('bag-info.txt is missing');
  const payload = files.filter((f) => f.path.startsWith('data/'));
  const oxum = info.get('Payload-Oxum');
  if (oxum !== payloadOxum(payload)) problems.push(`bag-info.txt: Payload-Oxum ${oxum ?? '(none)'}, but the payload is ${payloadOxum(payload)}`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(info.get('Bagging-Date') ?? '')) problems.push('bag-info.txt: Bagging-Date must be YYYY-MM-DD');
  return problems;
}
