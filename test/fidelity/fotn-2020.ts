import type { SourceReading } from './source-reading.ts';

/**
 * Freedom on the Net 2020, Kazakhstan (001_68fc197d098c464d.txt): web-page text, one
 * paragraph per line (only L365–371 is hard-wrapped; each line is compared as a block,
 * so the rejoined paragraphs need no entry here). Note markers are superscript or plain
 * digits, which words() ignores. Every entry is also told to readers in the report's
 * editorialNotes.
 */
const reading: SourceReading = {
  report: 'fotn-2020',
  file: '001_68fc197d098c464d.txt',
  wrapped: false,
  furniture: [
    { lines: [3, 3], reason: 'garbled title line "Kazakhstanie NET 2020"; the title is given as "Freedom on the Net 2020: Kazakhstan" (editorial note)' },
    { lines: [502, 511], reason: 'web page furniture after the report: "On Kazakhstan", "See all data, scores & information on this country or territory.", "See More >"' },
    { lines: [546, 567], reason: 'web page furniture: "In Other Reports" / "Other Years" links, newsletter form, address, "@2021 FreedomHouse"' },
  ],
  repairs: [
    { line: 77, from: '\\$', to: '$', reason: 'markdown escape residue' },
    { line: 179, from: '*Daily Mail*', to: 'Daily Mail', reason: 'markdown emphasis residue; the name is shown in italics' },
    { line: 205, from: '\\$', to: '$', reason: 'markdown escape residue' },
    { line: 247, from: 'selfcensor', to: 'self-censor', reason: 'hyphen lost in extraction' },
    { line: 273, from: '\\$', to: '$', reason: 'markdown escape residue' },
    { line: 273, from: '\\$', to: '$', reason: 'markdown escape residue' },
    { line: 275, from: 'foreignowned', to: 'foreign-owned', reason: 'hyphen lost in extraction' },
    { line: 347, from: '\\$', to: '$', reason: 'markdown escape residue' },
    { line: 347, from: '\\$', to: '$', reason: 'markdown escape residue' },
    { line: 347, from: '\\$', to: '$', reason: 'markdown escape residue' },
    { line: 347, from: '\\$', to: '$', reason: 'markdown escape residue' },
    { line: 347, from: '\\$', to: '$', reason: 'markdown escape residue' },
    { line: 347, from: '\\$', to: '$', reason: 'markdown escape residue' },
    { line: 362, from: 'oneyear', to: 'one-year', reason: 'hyphen lost in extraction' },
    { line: 410, from: '\\$', to: '$', reason: 'markdown escape residue' },
    { line: 410, from: '\\$', to: '$', reason: 'markdown escape residue' },
    { line: 444, from: 'Chinastyle', to: 'China-style', reason: 'hyphen lost in extraction' },
  ],
};

export default reading;
