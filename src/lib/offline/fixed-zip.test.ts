import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { unzipSync, strToU8 } from 'fflate';
import { fixedZip } from './fixed-zip.ts';

const entries = [
  { path: 'b.txt', bytes: strToU8('second') },
  { path: 'a/x.html', bytes: strToU8('<p>first</p>'.repeat(50)) },
  { path: 'mimetype', bytes: strToU8('application/epub+zip'), store: true },
];

/** The DOS date and time of the first local file header. */
function firstEntryTime(zip: Uint8Array): { year: number; month: number; day: number; hour: number; minute: number } {
  const view = new DataView(zip.buffer, zip.byteOffset);
  const time = view.getUint16(10, true);
  const date = view.getUint16(12, true);
  return { year: (date >> 9) + 1980, month: (date >> 5) & 15, day: date & 31, hour: time >> 11, minute: (time >> 5) & 63 };
}

test('the same entries give the same bytes, at any moment', async () => {
  const first = fixedZip(entries, '2026-11-23');
  await new Promise((resolve) => setTimeout(resolve, 1100));
  assert.deepEqual(fixedZip(entries, '2026-11-23'), first);
  assert.notDeepEqual(fixedZip(entries, '2026-11-24'), first);
});

test('entries keep their order and content', () => {
  const files = unzipSync(fixedZip(entries, '2026-11-23'));
  assert.deepEqual(Object.keys(files), ['b.txt', 'a/x.html', 'mimetype']);
  assert.equal(Buffer.from(files['b.txt']!).toString(), 'second');
});

test('every entry is dated the edition day at 00:00, in any time zone', () => {
  assert.deepEqual(firstEntryTime(fixedZip(entries, '2026-11-23')), { year: 2026, month: 11, day: 23, hour: 0, minute: 0 });
  // Another time zone, in a child process: the stored date is the same.
  const script = `import { fixedZip } from ${JSON.stringify(new URL('./fixed-zip.ts', import.meta.url).pathname)};
    process.stdout.write(Buffer.from(fixedZip([{ path: 'a', bytes: new Uint8Array([1]) }], '2026-11-23')).toString('base64'));`;
  const other = (tz: string) => execFileSync(process.execPath, ['--input-type=module', '-e', script], { env: { ...process.env, TZ: tz }, encoding: 'utf8' });
  assert.equal(other('Asia/Almaty'), other('America/Los_Angeles'));
});

test('entries are Unix files, rw-r--r--', () => {
  const zip = fixedZip(entries, '2026-11-23');
  const view = new DataView(zip.buffer, zip.byteOffset);
  const central = Buffer.from(zip).indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
  assert.equal(zip[central + 5], 3, 'made by Unix');
  assert.equal(view.getUint32(central + 38, true) >>> 16, 0o100644);
});

test('a path that would be reordered, or given twice, is refused', () => {
  assert.throws(() => fixedZip([{ path: '12', bytes: new Uint8Array() }], '2026-11-23'), /reordered/);
  assert.throws(() => fixedZip([entries[0]!, entries[0]!], '2026-11-23'), /twice/);
});
