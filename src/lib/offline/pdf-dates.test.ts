import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pdfWithDates } from './pdf-dates.ts';

// A minimal PDF as Chromium writes its information dictionary, with a valid xref offset.
function pdf(info: string): Uint8Array {
  const head = '%PDF-1.4\n';
  const object = `1 0 obj\n<</Creator (Mozilla/5.0)\n/Producer (Skia/PDF m140)\n${info}>>\nendobj\n`;
  const xref = head.length + object.length;
  return Buffer.from(
    `${head}${object}xref\n0 2\n0000000000 65535 f \n${String(head.length).padStart(10, '0')} 00000 n \ntrailer\n<</Size 2 /Info 1 0 R>>\nstartxref\n${xref}\n%%EOF\n`,
    'latin1',
  );
}
const printed = (moment: string) => pdf(`/CreationDate (D:${moment}+00'00')\n/ModDate (D:${moment}+00'00')`);
const text = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

test('both dates become the edition date, at midnight UTC', () => {
  const out = text(pdfWithDates(printed('20261204173043'), '2026-11-23'));
  assert.match(out, /\/CreationDate \(D:20261123000000\+00'00'\)/);
  assert.match(out, /\/ModDate \(D:20261123000000\+00'00'\)/);
  assert.doesNotMatch(out, /20261204/);
});

test('two printings at different moments come out byte-identical', () => {
  assert.deepEqual(pdfWithDates(printed('20261204173043'), '2026-11-23'), pdfWithDates(printed('20261204180001'), '2026-11-23'));
});

test('the length, and so every xref offset, is unchanged; only the dates change', () => {
  const before = printed('20261204173043');
  const after = pdfWithDates(before, '2026-11-23');
  assert.equal(after.length, before.length);
  assert.equal(text(after).replace(/D:\d{14}/g, ''), text(before).replace(/D:\d{14}/g, ''));
  const startxref = Number(text(after).match(/startxref\n(\d+)/)![1]);
  assert.ok(text(after).startsWith('xref', startxref));
});

test('a Z time zone stays Z', () => {
  assert.match(text(pdfWithDates(pdf('/CreationDate (D:20261204173043Z)\n/ModDate (D:20261204173043Z)'), '2026-11-23')), /\(D:20261123000000Z\)/);
});

test('what cannot be rewritten safely is refused', () => {
  assert.throws(() => pdfWithDates(pdf(''), '2026-11-23'), /expected one \/CreationDate/);
  assert.throws(() => pdfWithDates(pdf("/CreationDate (D:2026120417)\n/ModDate (D:20261204173043+00'00')"), '2026-11-23'), /expected one \/CreationDate/);
  assert.throws(() => pdfWithDates(pdf("/CreationDate (D:20261204173043+00'00')\n/ModDate (D:20261204173043+00'00')\n/ID [<ab><cd>]"), '2026-11-23'), /\/ID/);
  assert.throws(() => pdfWithDates(printed('20261204173043'), 'today'), /expected YYYY-MM-DD/);
  assert.throws(() => pdfWithDates(Buffer.from('hello'), '2026-11-23'), /not a PDF/);
});
