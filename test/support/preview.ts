/**
 * `npm run preview`: the built renderer and the real backend in a visible
 * Chromium window, through the same bridge as the end-to-end tests. For
 * looking at the UI without Electron; the vault lives in SENCO_DATA_DIR or
 * ~/.senco-desk-preview. Close the window (or press Ctrl+C) to stop.
 *
 * `--screenshot=<file.png>` saves the first screen and exits (to check the
 * preview on a machine without a display, under xvfb-run).
 *
 * `--demo` opens the demo school at once (`npm run preview -- --demo`), as
 * "Try with a demo school" on the first screen does: it needs no dialog. The
 * demo lives in `<vault folder>/demo/`, beside any vault of your own.
 */
import { mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { createBackend } from '../../electron/backend';
import { APP_ORIGIN } from './appOrigin';
import { openApp } from './bridge';
import { chromiumLaunchOptions } from './chromium';
import { osKeychain } from './keychain';
import { TestPlatform } from './testPlatform';

process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD = '1';

async function preview(): Promise<void> {
  const dataDir = path.resolve(process.env.SENCO_DATA_DIR ?? path.join(homedir(), '.senco-desk-preview'));
  const screenshot = process.argv.find((a) => a.startsWith('--screenshot='))?.slice('--screenshot='.length);
  const demo = process.argv.includes('--demo');
  const exportsDir = path.join(dataDir, 'exports');

  const launch = chromiumLaunchOptions();
  const browser = await chromium.launch({ ...launch, headless: false, args: [...(launch.args ?? []), '--window-size=1280,860'] });
  const platform = new TestPlatform({
    dataDir,
    pdfPages: browser,
    // There are no native dialogs here: saves go to a folder beside the vault, opening is cancelled.
    unqueuedDialog: (kind, options) => {
      if (kind === 'open' || !('defaultFileName' in options)) return null;
      mkdirSync(exportsDir, { recursive: true });
      return path.join(exportsDir, path.basename(options.defaultFileName));
    },
  });
  const backend = createBackend({ platform, appOrigin: APP_ORIGIN, keychain: osKeychain() });
  const stop = () => void browser.close().catch(() => undefined);
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

  try {
    const context = await browser.newContext({ viewport: null, locale: 'en-GB', timezoneId: 'Europe/London' });
    const page = await context.newPage();
    const closed = new Promise<void>((resolve) => {
      page.on('close', () => resolve());
      browser.on('disconnected', () => resolve());
    });
    await openApp(page, backend, platform.printJobs);
    console.log(`SENCO Desk preview — vault folder: ${dataDir}\nClose the window or press Ctrl+C to stop.`);
    if (demo) {
      // Through the screen, as a person would: the same button, the same progress.
      await page.getByRole('button', { name: 'Try with a demo school' }).click();
      await page.getByRole('heading', { level: 1, name: 'SEND register' }).waitFor({ timeout: 120_000 });
    }
    if (screenshot) {
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.screenshot({ path: screenshot });
      console.log(`Saved ${screenshot}`);
      stop();
    }
    await closed;
  } finally {
    // Locks the vault: the data key does not outlive the window.
    await backend.shutdown();
    await browser.close().catch(() => undefined);
  }
}

preview().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
