import { afterEach } from 'vitest';
import { type Backend, createBackend } from '../../electron/backend';
import { forgetDeviceSecret, osKeychain } from './keychain';
import { PASSPHRASE, SCHOOL, SENCO, tempDir } from './tempVault';
import { type PdfPageSource, TestPlatform } from './testPlatform';

export const ORIGIN = 'app://senco';

export interface TestBackend {
  backend: Backend;
  platform: TestPlatform;
  dir: string;
  /** Calls a channel as the app's own page does; resolves to the Result. */
  call(channel: string, payload?: unknown): Promise<{ ok: boolean; value?: unknown; error?: { code: string; message: string } }>;
  /** Calls a channel and returns its value, failing the test with the error otherwise. */
  value<T = unknown>(channel: string, payload?: unknown): Promise<T>;
}

/** For a test file: `const start = testBackends()` composes a real backend per call, torn down after each test. */
export function testBackends(): (options?: {
  pdf?: TestPlatform['printToPdf'];
  demoSize?: 'reference' | 'small';
  /** Chromium for printToPdf, for the tests that make a PDF. */
  pdfPages?: PdfPageSource;
}) => TestBackend {
  const teardown: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const step of teardown.splice(0).reverse()) await step();
  });
  return (options = {}) => {
    const t = tempDir();
    const platform = new TestPlatform({ dataDir: t.dir, ...(options.pdfPages ? { pdfPages: options.pdfPages } : {}) });
    const backend = createBackend({ platform, appOrigin: ORIGIN, keychain: osKeychain(), demoSize: options.demoSize });
    teardown.push(t.cleanup, () => forgetDeviceSecret(t.dir).catch(() => undefined), () => backend.shutdown());
    const call: TestBackend['call'] = (channel, payload) =>
      backend.dispatch({ senderUrl: `${ORIGIN}/index.html`, channel, payload }) as ReturnType<TestBackend['call']>;
    const value = async <T,>(channel: string, payload?: unknown) => {
      const result = await call(channel, payload);
      if (!result.ok) throw new Error(`${channel} failed: ${result.error?.code} ${result.error?.message}`);
      return result.value as T;
    };
    return { backend, platform, dir: t.dir, call, value };
  };
}

export const createInput = { schoolName: SCHOOL, sencoName: SENCO, passphrase: PASSPHRASE, passphraseConfirm: PASSPHRASE, passphraseOnly: false };
