import type { SourceReading } from './source-reading.ts';

// Web-page text, one paragraph per line. The last three paragraphs repeat earlier ones
// byte for byte and are published once, in their sections.
const reading: SourceReading = {
  report: 'profile-2013',
  file: '003_439498aceaeac484.txt',
  wrapped: false,
  furniture: [
    { lines: [19, 19], reason: 'duplicate of L9 (Access paragraph), byte for byte' },
    { lines: [21, 21], reason: 'duplicate of L13 (Control paragraph), byte for byte' },
    { lines: [23, 23], reason: 'duplicate of L17 (Activity paragraph), byte for byte' },
  ],
  repairs: [],
};

export default reading;
