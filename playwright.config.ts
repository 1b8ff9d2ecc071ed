import { defineConfig } from '@playwright/test';
import { chromiumArgs, findTestChromium } from './src/integrations/chromium.ts';

// The tests run against the built site (npm run build), served by `astro preview`. Test paths
// are relative to baseURL. The site under a sub-path (/archive/) is tested by node tests on the
// small fixture, not by a second full build here.
const port = Number(process.env.E2E_PORT ?? 4330);

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  workers: 3,
  retries: 0,
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath: findTestChromium(), args: chromiumArgs },
  },
  // One project; it keeps the name `root` so `--project=root` in scripts and notes still works.
  projects: [{ name: 'root', use: { baseURL: `http://127.0.0.1:${port}/` } }],
  webServer: {
    command: `astro preview --ignore-lock --host 127.0.0.1 --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
