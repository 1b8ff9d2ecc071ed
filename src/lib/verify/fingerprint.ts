import { createHash } from 'node:crypto';
import { normaliseText } from './normalise.ts';

/** A passage's text as /data/paragraphs.json publishes it: as printed, each run of white space one space, trimmed. */
export function publishedText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A passage's fingerprint: the SHA-256 (lowercase hex) of its UTF-8 text after the stated normalisation (./normalise.ts). */
export function passageFingerprint(text: string): string {
  return createHash('sha256').update(normaliseText(text), 'utf8').digest('hex');
}
