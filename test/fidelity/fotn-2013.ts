import type { SourceReading } from './source-reading.ts';

/**
 * Freedom on the Net 2013, Kazakhstan (002_89529448eef30ae6.txt): a PDF extraction,
 * hard-wrapped, with the page-foot notes interleaved with the body. Lines holding only
 * spaces (the note-block separators, the paragraph and page breaks) are skipped by
 * readSource, so no furniture needs listing.
 */

/** The first line of every note (notes follow one another without blank lines). */
const noteStarts = [
  67, 68, 71, 74, 76, 110, 111, 113, 115, 117, 119, 121, 124, 163, 165, 167, 168, 169, 171, 208, 209, 211, 214, 216,
  219, 261, 262, 264, 295, 298, 300, 302, 309, 311, 313, 315, 352, 354, 355, 357, 359, 361, 399, 401, 403, 406, 408,
  410, 445, 447, 449, 451, 453, 455, 457, 459, 497, 500, 503, 505, 546, 548, 550, 590, 592, 594, 596, 630, 631, 633,
  636, 637, 638, 640, 642, 644, 668, 670, 672,
];

/** Body text that resumes straight after a note block's last line. */
const bodyResumes = [78, 126, 174, 221, 266, 317, 364, 412, 460, 507, 554, 598, 646];

const reading: SourceReading = {
  report: 'fotn-2013',
  file: '002_89529448eef30ae6.txt',
  wrapped: true,
  // Every line-end hyphen or dash in this file is a real one: compounds and ranges in the
  // body (late-2010, 2004–2005, in-country, blog-hosting, 2011–2012, denial-of-service,
  // self-censorship, co-organized, owner—about) and URL hyphens (U+2010) in the notes.
  keepLineEndHyphens: [
    72, 117, 122, 136, 165, 172, 219, 232, 240, 274, 298, 342, 355, 359, 362, 373, 404, 471, 479, 552, 576, 634,
  ],
  furniture: [],
  tabular: [
    { lines: [11, 23], reason: 'the score table, shown as a table built from the report data' },
    { lines: [27, 32], reason: 'the key-facts box, shown as a list of labels and values' },
  ],
  repairs: [
    { line: 60, from: '20114', to: '2011 4', reason: 'the year 2011 followed by note marker 4' },
    { line: 78, from: 'instigators6', to: 'instigators 6', reason: 'note marker 6 run into the word it follows' },
  ],
  // L33: the introduction runs on from the key-facts box without a blank line.
  blockBreaks: [33, ...noteStarts, ...bodyResumes].sort((a, b) => a - b),
};

export default reading;
