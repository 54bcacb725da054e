import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Backend, createBackend } from '../../electron/backend';
import { loadSyntheticSchool } from '../../electron/demo/loadSchool';
import { type SyntheticProvision, generateProvision } from '../../electron/demo/provision';
import { loadSyntheticProvision } from '../../electron/demo/provisionLoad';
import { generateSchool, type SyntheticSchool } from '../../electron/demo/syntheticSchool';
import { once } from './measure';
import { TestPlatform } from '../support/testPlatform';

export const ORIGIN = 'app://senco';
export const TODAY = '2026-11-29';
export const SEED = 20261129;

export interface ReferenceVault {
  backend: Backend;
  platform: TestPlatform;
  dir: string;
  school: SyntheticSchool;
  /** How long the one-transaction load of the whole school took, in ms. */
  loadMs: number;
  /** The school's provision (issue 6): six years of groups and memberships. */
  provision: SyntheticProvision;
  /** How long its one-transaction load took, in ms. */
  provisionLoadMs: number;
  call<T = unknown>(channel: string, payload?: unknown): Promise<T>;
  close(): Promise<void>;
}

/** The workers as the app runs them (bundled by `npm run build:main`), not the TypeScript sources the tests compile on the fly. */
function bundledWorkers() {
  const dir = path.resolve(__dirname, '../../dist/main');
  const script = (name: string) => {
    const file = path.join(dir, name);
    if (!existsSync(file)) throw new Error(`${file} is missing: run npm run build:main first (npm run bench does).`);
    return file;
  };
  return { rekeyWorkerScript: script('rekeyWorker.js'), importWorkerScript: script('importWorker.js'), demoWorkerScript: script('demoWorker.js') };
}

/**
 * A vault as the SENCO would have it, holding the reference school of DESIGN.md
 * from the demo generator. Passphrase-only, so the benchmark runs on a machine
 * without a keychain; the keychain changes unlocking, not reading or writing.
 */
export async function referenceVault(size: 'reference' | 'small'): Promise<ReferenceVault> {
  const dir = mkdtempSync(path.join(tmpdir(), 'senco-bench-'));
  const platform = new TestPlatform({ dataDir: dir });
  platform.setNow(new Date(`${TODAY}T10:00:00Z`));
  const backend = createBackend({ platform, appOrigin: ORIGIN, keychain: null, ...bundledWorkers() });
  const call = async <T,>(channel: string, payload?: unknown): Promise<T> => {
    const result = await backend.dispatch({ senderUrl: `${ORIGIN}/index.html`, channel, payload });
    if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
    return result.value as T;
  };
  const passphrase = 'violet tractor harbour minnow';
  await call('vault.create', { schoolName: 'Oakfield Primary School', sencoName: 'Priya Shah', passphrase, passphraseConfirm: passphrase, passphraseOnly: true });
  const school = generateSchool({ seed: SEED, size, today: TODAY });
  const recorded = { at: platform.clock.now().toISOString(), by: backend.session.current().user.id };
  const { ms: loadMs } = once(() => loadSyntheticSchool(backend.session.db(), school, recorded));
  const provision = generateProvision(school, SEED);
  const { ms: provisionLoadMs } = once(() => loadSyntheticProvision(backend.session.db(), provision, recorded));
  return {
    backend,
    platform,
    dir,
    school,
    loadMs,
    provision,
    provisionLoadMs,
    call,
    async close() {
      await backend.shutdown();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
