import type { SourceReading } from './source-reading.ts';

// Two-column PDF text, hard-wrapped about every 45 characters: the lines of a block are
// joined, and a hyphen at a line end is soft (removed) unless listed below.
const reading: SourceReading = {
  report: 'oni-2007',
  file: '004_fb1a63cdec6a24fa.txt',
  wrapped: true,
  keepLineEndHyphens: [
    282, // "state-" / "controlled ISP"
    344, // note 6: "next-" / "generation network"
  ],
  furniture: [{ lines: [219, 219], reason: 'page number "3", printed between "identi-" (L217) and "fication" (L223)' }],
  tabular: [{ lines: [103, 123], reason: 'the Key Indicators box, with dot leaders, shown as a table built from the report data' }],
  noteList: { lines: [314, 364], numberPattern: /^\s*\d+\.\s/ },
  repairs: [
    // The page number and the blank lines around it split one word across two blocks.
    { line: 217, from: 'identi-', to: 'identification', reason: 'word split by the page number (L219): first half, rejoined' },
    { line: 223, from: 'fication number', to: 'number', reason: 'word split by the page number (L219): second half, joined to L217' },
  ],
  blockBreaks: [
    // Headings sit directly above their text: the heading is a block of its own.
    22, 23, // Background
    48, 49, // Internet in Kazakhstan
    97, 98, // Legal and regulatory frameworks
    249, 250, // ONI testing results
    297, 298, // Conclusion
    312, // NOTES (L313 is blank)
    // The Key Indicators box (L103–123, shown in the report's keyIndicators) ends directly above the
    // second half of the sentence it interrupts.
    124,
    // Note 12 follows note 11 with no blank line.
    363,
  ],
};

export default reading;
