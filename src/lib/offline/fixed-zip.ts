import { zipSync, type Zippable } from 'fflate';

/**
 * A zip whose bytes depend only on what goes in: entries in the order given, every entry
 * dated the edition day at 00:00 and marked as a Unix file readable by all (rw-r--r--).
 *
 * A zip stores an entry's time as a DOS date and time with no time zone, and fflate fills it
 * from the local fields of the Date it is given; so the Date passed is local midnight of the
 * day, and the zip says 00:00 on that day whatever the machine's time zone.
 */

export interface ZipEntry {
  path: string;
  bytes: Uint8Array;
  /** Store uncompressed (the EPUB mimetype, files that are compressed already). */
  store?: boolean;
}

/** Unix file type and permissions (regular file, 0644) in the high 16 bits of the external attributes. */
const FILE_ATTRIBUTES = (0o100644 << 16) >>> 0;
const UNIX = 3;

export function fixedZip(entries: readonly ZipEntry[], day: string): Uint8Array {
  const match = day.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  if (!match) throw new Error(`zip date "${day}": expected YYYY-MM-DD`);
  const mtime = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  const files: Zippable = {};
  for (const { path, bytes, store } of entries) {
    // An object keeps insertion order only for keys that are not array indices.
    if (/^\d+$/.test(path)) throw new Error(`zip entry "${path}": a bare number would be reordered`);
    if (path in files) throw new Error(`zip entry "${path}" twice`);
    files[path] = [bytes, { level: store ? 0 : 9, mtime, os: UNIX, attrs: FILE_ATTRIBUTES }];
  }
  return zipSync(files);
}
