import { parse } from 'node-html-parser';

/**
 * A built page with its references to a report's PDF taken out, for a build that could not
 * print the PDFs (no Chromium: src/integrations/offline.ts). The page keeps saying a PDF exists
 * otherwise: the "Read offline" link, the Highwire `citation_pdf_url` tag, and the JSON-LD
 * `encoding` that names the PDF. The link becomes plain words saying it was not made, so the
 * reader is told rather than sent to nothing.
 */
export function withoutPdfReferences(html: string, pdfPath: string): string {
  const root = parse(html, { comment: true });
  for (const link of root.querySelectorAll('a[href]')) {
    if (link.getAttribute('href')!.endsWith(pdfPath)) link.replaceWith(`${link.text} (not made in this build)`);
  }
  for (const meta of root.querySelectorAll('meta[name="citation_pdf_url"]')) meta.remove();
  for (const script of root.querySelectorAll('script[type="application/ld+json"]')) {
    const data = JSON.parse(script.rawText) as Record<string, unknown>;
    const encoding = data.encoding as { encodingFormat?: string } | undefined;
    if (encoding?.encodingFormat === 'application/pdf') {
      delete data.encoding;
      script.set_content(JSON.stringify(data));
    }
  }
  return root.toString();
}
