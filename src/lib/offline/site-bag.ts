import { makeBag } from './bagit.ts';
import { fixedZip } from './fixed-zip.ts';
import { pageForBundle, type BundleOptions } from './bundle.ts';

/**
 * The whole-site download: the built site, rewritten for file:// (src/lib/offline/bundle.ts),
 * as a BagIt bag (src/lib/offline/bagit.ts) in one folder named like the zip, zipped with fixed order,
 * times and permissions (src/lib/offline/fixed-zip.ts). Its bytes depend only on the site's files and
 * the edition: the same build gives the same zip.
 */

export interface SiteFile {
  /** Base-relative path with forward slashes, e.g. reports/x/index.html */
  path: string;
  bytes: Uint8Array;
}

export interface SiteBagOptions extends BundleOptions {
  /** The release date, YYYY-MM-DD (src/lib/release-date.ts): the bag's Bagging-Date and every entry's time. */
  releaseDate: string;
  /** The zip's file name, archive-<release date>.zip; its folder inside is the name without .zip. */
  zipName: string;
}

export const ARCHIVE_NAME = 'Kazakhstan Internet Freedom Archive';
export const ARCHIVE_LICENCE = "CC BY 4.0 for the archive's own work (pages, notes, data); the reports remain their publishers'";

/** What goes into the bag, in order, and what it holds; a caller can check a bag against it. */
export function siteBagFiles(site: readonly SiteFile[], options: SiteBagOptions) {
  const payload = site
    .filter((file) => !options.isLeftOut(file.path))
    .map((file) => ({
      path: file.path,
      bytes: file.path.endsWith('.html')
        ? new Uint8Array(Buffer.from(pageForBundle(Buffer.from(file.bytes).toString('utf8'), file.path, options), 'utf8'))
        : file.bytes,
    }));
  return makeBag(payload, {
    sourceOrganization: ARCHIVE_NAME,
    externalDescription: `The ${ARCHIVE_NAME}, edition of ${options.releaseDate}: every page of the site, the open data and the source texts, for reading offline. Open data/index.html in a browser.`,
    externalIdentifier: new URL(`downloads/${options.zipName}`, options.siteRoot).href,
    baggingDate: options.releaseDate,
    other: [['License', ARCHIVE_LICENCE]],
  });
}

export function siteBagZip(site: readonly SiteFile[], options: SiteBagOptions): Uint8Array {
  if (!/^archive-\d{4}-\d{2}-\d{2}\.zip$/.test(options.zipName)) throw new Error(`zip name "${options.zipName}": expected archive-YYYY-MM-DD.zip`);
  const folder = options.zipName.replace(/\.zip$/, '');
  const compressed = /\.(png|jpe?g|gif|webp|woff2?|zip|epub|pdf|gz)$/;
  return fixedZip(
    siteBagFiles(site, options).map((file) => ({ path: `${folder}/${file.path}`, bytes: file.bytes, store: compressed.test(file.path) })),
    options.releaseDate,
  );
}
