import type { AstroIntegration } from 'astro';
import { placeholderWarning, type SiteAddress } from '../lib/site-address.ts';

/**
 * Says once, when a build starts (after the content is read, before any page is built), that
 * the site is being built without its address (src/lib/site-address.ts), so every absolute URL
 * carries the placeholder host. Silent when SITE_URL is set, and outside `astro build`.
 */
export function siteAddressWarning(address: SiteAddress): AstroIntegration {
  return {
    name: 'archive-site-address',
    hooks: {
      'astro:build:start': ({ logger }) => {
        if (address.placeholder) logger.warn(placeholderWarning(address));
      },
    },
  };
}
