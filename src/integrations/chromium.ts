import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/**
 * Finds a Chromium for the offline PDFs, the browser tests and the bench. Playwright's own browser download does not
 * work on these machines, so Debian's Chromium is the usual one. Order: CHROMIUM_PATH,
 * then /usr/bin/chromium (Debian) and /usr/bin/chromium-browser, then Playwright's own.
 */
export function findChromium(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', safePlaywrightPath()];
  const found = candidates.find((path): path is string => !!path && existsSync(path));
  if (!found) {
    throw new Error(
      'No Chromium found for the end-to-end tests. Install one, then run npm test again:\n' +
        '  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium\n' +
        '  elsewhere:      npx playwright install chromium\n' +
        'or point CHROMIUM_PATH at an existing Chromium or Chrome binary.',
    );
  }
  return found;
}

function safePlaywrightPath(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

/** Flags that keep Chromium quiet on a closed network and usable as root in CI. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
