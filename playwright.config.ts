import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './test/support/chromium';

// Never let Playwright fetch a browser, whoever runs this.
process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD = '1';

export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results/playwright',
  fullyParallel: false,
  forbidOnly: true,
  workers: 1,
  retries: 0,
  // Creating a vault derives a key with scrypt (about a second each time on 2 cores).
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    browserName: 'chromium',
    headless: true,
    viewport: { width: 1280, height: 800 },
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    launchOptions: chromiumLaunchOptions(),
    trace: 'retain-on-failure',
  },
});
