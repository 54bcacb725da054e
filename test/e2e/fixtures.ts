import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test as base, type Page } from '@playwright/test';
import { type Backend, createBackend } from '../../electron/backend';
import { APP_ORIGIN } from '../support/appOrigin';
import { type BridgeTraffic, openApp } from '../support/bridge';
import { GatedDispatcher } from '../support/gate';
import { forgetDeviceSecret, osKeychain } from '../support/keychain';
import { TestPlatform } from '../support/testPlatform';

export interface TestApp extends BridgeTraffic {
  page: Page;
  backend: Backend;
  platform: TestPlatform;
  dataDir: string;
  /** Console errors and uncaught exceptions from the page; a healthy journey has none. */
  pageErrors: string[];
  /** Holds the page's calls on a channel until the returned function is called. */
  hold(channel: string): () => void;
  /** Deletes this vault's device secret from the OS keychain: the vault now looks as it would on a new laptop. */
  forgetDeviceSecret(): Promise<void>;
}

/** Each test gets its own vault folder, backend and page: nothing carries over between tests. */
export const test = base.extend<{ app: TestApp }>({
  app: async ({ page, browser }, use) => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'senco-e2e-'));
    const platform = new TestPlatform({ dataDir, pdfPages: browser });
    const backend = createBackend({ platform, appOrigin: APP_ORIGIN, keychain: osKeychain() });
    const pageErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    try {
      const gate = new GatedDispatcher(backend);
      const traffic = await openApp(page, gate, platform.printJobs);
      const forget = () => forgetDeviceSecret(dataDir);
      await use({ page, backend, platform, dataDir, pageErrors, hold: (c) => gate.hold(c), forgetDeviceSecret: forget, ...traffic });
    } finally {
      await backend.shutdown();
      await forgetDeviceSecret(dataDir).catch(() => undefined);
      await rm(dataDir, { recursive: true, force: true });
    }
  },
});

export { expect } from '@playwright/test';
