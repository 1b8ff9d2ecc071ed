import type { SourceReading } from './source-reading.ts';

// The 2015 web-page text is clean: one paragraph per line, nothing removed.
const reading: SourceReading = {
  report: 'fotn-2015',
  file: '000_8df55977683795a6.txt',
  wrapped: false,
  furniture: [],
  repairs: [],
  markerPattern: /\[\d+\]/g,
};

export default reading;
