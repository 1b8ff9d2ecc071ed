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

/**
 * The browser for the end-to-end tests: Debian's old headless shell (chromium-headless-shell,
 * the build Playwright itself runs headless tests in) where installed, else findChromium(). Same
 * engine and version as Debian's Chromium, without the desktop browser's compositor: the tests
 * take about half the CPU. CHROMIUM_PATH still wins. PDFs, Lighthouse and the bench keep the
 * full browser, as readers use it.
 */
export function findTestChromium(): string {
  const shell = '/usr/bin/chromium-headless-shell';
  return !process.env.CHROMIUM_PATH && existsSync(shell) ? shell : findChromium();
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
