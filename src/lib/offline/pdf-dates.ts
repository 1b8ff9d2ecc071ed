/**
 * A printed PDF dated by the content, not the clock. Chromium (Skia) writes the moment of
 * printing into the document information dictionary as /CreationDate and /ModDate, so two
 * builds of the same edition differ. This rewrites both dates, in place, to the edition date
 * at midnight UTC.
 *
 * In place means same length: a PDF's cross-reference table gives every object's byte
 * offset, so a replacement of another length would break it. A PDF date is D:YYYYMMDDHHmmSS
 * followed by a time zone (Z, or +HH'mm' / -HH'mm'); the new date keeps the same form of time
 * zone, so it has the same length, and every offset stays right. Anything this cannot rewrite
 * safely (no date, a date twice, a date in another form, a document /ID, an XMP packet with
 * its own dates) is refused rather than passed on unreproducible.
 */

const DATE = /\/(CreationDate|ModDate)\s*\(D:(\d{14})(Z|[+-]\d{2}'\d{2}')\)/g;

export function pdfWithDates(pdf: Uint8Array, day: string): Uint8Array {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new Error(`PDF date: "${day}" is not a day; expected YYYY-MM-DD`);
  // latin1 maps each byte to one character, so string offsets are byte offsets.
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  if (!text.startsWith('%PDF-')) throw new Error('PDF date: not a PDF');
  if (/\/ID\s*\[/.test(text)) throw new Error('PDF date: the PDF has a document /ID, which this does not rewrite');
  if (/xmp:(CreateDate|ModifyDate|MetadataDate)/.test(text)) throw new Error('PDF date: the PDF has XMP dates, which this does not rewrite');
  const seen = new Map<string, number>();
  const out = Uint8Array.from(pdf);
  for (const match of text.matchAll(DATE)) {
    const [whole, key, , zone] = match;
    seen.set(key!, (seen.get(key!) ?? 0) + 1);
    const stamp = `${day.replaceAll('-', '')}000000`;
    const replacement = whole!.replace(/\(D:.*\)$/, `(D:${stamp}${zone === 'Z' ? 'Z' : "+00'00'"})`);
    if (replacement.length !== whole!.length) throw new Error('PDF date: a replacement of another length would break the cross-reference table');
    out.set(Buffer.from(replacement, 'latin1'), match.index);
  }
  for (const key of ['CreationDate', 'ModDate']) {
    const count = seen.get(key) ?? 0;
    if (count !== 1) throw new Error(`PDF date: expected one /${key} (D:…) in the document information, found ${count}`);
  }
  // Any other form of the keys (a date in another form, or inside a compressed object) is left unrewritten: refuse it.
  const keys = text.match(/\/(CreationDate|ModDate)\b/g)?.length ?? 0;
  if (keys !== 2) throw new Error(`PDF date: expected /CreationDate and /ModDate once each, found ${keys} keys`);
  return out;
}
