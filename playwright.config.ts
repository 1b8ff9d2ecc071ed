import { defineConfig } from '@playwright/test';
import { chromiumArgs, findChromium } from './e2e/chromium.ts';

// The tests run against the built site (npm run build), served by `astro preview`. The
// reading, note and search tests run a second time against the sub-path build
// (npm run build:subpath → dist-subpath, served under /archive/), so links that forget the
// base are caught in a browser too. Test paths are relative to baseURL for that reason.
const port = Number(process.env.E2E_PORT ?? 4330);
const subpathPort = port + 1;

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath: findChromium(), args: chromiumArgs },
  },
  projects: [
    { name: 'root', use: { baseURL: `http://127.0.0.1:${port}/` } },
    { name: 'sub-path', testMatch: /(reading|search)\.spec\.ts$/, use: { baseURL: `http://127.0.0.1:${subpathPort}/archive/` } },
  ],
  webServer: [
    {
      // --ignore-lock: two preview servers of one project run side by side.
      command: `astro preview --ignore-lock --host 127.0.0.1 --port ${port}`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `astro preview --ignore-lock --host 127.0.0.1 --port ${subpathPort}`,
      env: { ...process.env, SITE_BASE: '/archive/', OUT_DIR: 'dist-subpath' } as Record<string, string>,
      url: `http://127.0.0.1:${subpathPort}/archive/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
