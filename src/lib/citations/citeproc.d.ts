// citeproc-js ships no type declarations: the little of its API that render.ts uses.
declare module 'citeproc' {
  interface CitationItem {
    id: string;
    locator?: string;
    label?: string;
  }
  interface Sys {
    retrieveLocale(lang: string): string;
    retrieveItem(id: string): unknown;
  }
  export class Engine {
    constructor(sys: Sys, style: string, lang?: string, forceLang?: boolean);
    setOutputFormat(format: 'html' | 'text'): void;
    updateItems(ids: string[]): void;
    makeBibliography(): [unknown, string[]] | false;
    previewCitationCluster(
      citation: { citationItems: CitationItem[]; properties: { noteIndex: number } },
      pre: unknown[],
      post: unknown[],
      format: 'html' | 'text',
    ): string;
  }
  const CSL: { Engine: typeof Engine };
  export default CSL;
}
