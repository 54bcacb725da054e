import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SessionInfo } from '../../shared/contract/vault';
import { londonDate } from '../../shared/rules/schoolDate';
import { activeStaffAccountByName } from '../db/repositories/staffAccounts';
import { type DemoBuilt, type DemoProgress, buildDemoDatabase } from '../demo/demoBuild';
import { AppFailure } from '../failure';
import { SCRYPT, randomKey } from '../vault/crypto';
import { makeRecoverySlot, wrapDataKey } from '../vault/slots';
import { Vault } from '../vault/vault';
import type { SessionService } from './session';
import { signIn } from './signIn';

/** Same seed, same school: every demo on every laptop holds the same made-up pupils. */
export const DEMO_SEED = 20_261_129;
/** The demo's own folder under the data dir: none of the school's own vault files is ever in it. */
export const DEMO_FOLDER = 'demo';
export const DEMO_KEY_FILE = 'demo.key';
export const DEMO_ACCOUNT = 'Demo SENCO';

export interface DemoSchoolOptions {
  dataDir: string;
  nativeBinding?: string | undefined;
  /** The bundled demo worker in Electron; the tests run the TypeScript source. */
  workerScript?: string | undefined;
  /** The reference school by default (DESIGN.md); tests may ask for the small one. */
  size?: 'reference' | 'small' | undefined;
  onProgress(progress: DemoProgress): void;
}

/**
 * "Try with a demo school": a separate vault in `<dataDir>/demo/`, holding a
 * synthetic school generated from DEMO_SEED, opened without a passphrase.
 *
 * Why no passphrase, and why that weakens nothing: the demo holds only
 * made-up records, so its protection is not secrecy but sameness (the same
 * encrypted database, wrapped keys and sessions as a real vault, so the demo
 * shows the real app). Its master key sits in the vault's recovery slot,
 * sealed with a random 256-bit "demo key" kept in demo.key beside it. It never
 * touches the OS keychain or the school's vault files: its Vault object has
 * its own folder and no keychain. It cannot receive real data: the MIS
 * imports are refused while it is open (electron/ipc/demoGuard.ts).
 */
export class DemoSchoolService {
  readonly vault: Vault;
  private readonly keyPath: string;

  constructor(
    private readonly session: SessionService,
    private readonly options: DemoSchoolOptions,
  ) {
    const dir = join(options.dataDir, DEMO_FOLDER);
    this.vault = new Vault(dir, null);
    this.keyPath = join(dir, DEMO_KEY_FILE);
  }

  exists(): boolean {
    return this.vault.exists() && existsSync(this.keyPath);
  }

  /** Opens the demo where it was left, building it first if there is none. */
  async open(): Promise<SessionInfo> {
    if (this.session.isUnlocked()) {
      if (this.session.isDemo()) return this.session.current();
      throw schoolUnlocked();
    }
    return this.enter(!this.exists());
  }

  /** Throws away the demo (whatever was changed in it) and builds it again from the seed. */
  async restart(): Promise<SessionInfo> {
    if (this.session.isUnlocked() && !this.session.isDemo()) throw schoolUnlocked();
    this.session.lock('demo-restarted');
    return this.enter(true);
  }

  /** Locks the demo (keys zeroed, as any lock) and points the session back at the school's own vault. */
  leave(): null {
    if (!this.session.isDemo()) return null;
    this.session.lock('demo-left');
    this.session.useDemoVault(null);
    return null;
  }

  private async enter(build: boolean): Promise<SessionInfo> {
    this.session.useDemoVault(this.vault);
    try {
      if (build) await this.build();
      return this.signIn();
    } catch (error) {
      if (!this.session.isUnlocked()) this.session.useDemoVault(null);
      throw error instanceof AppFailure
        ? error
        : new AppFailure('INTERNAL', `${error instanceof Error ? error.message : 'The demo school could not be opened.'} ${startAgain}`);
    }
  }

  private async build(): Promise<DemoBuilt> {
    const { session, vault } = this;
    rmSync(vault.dir, { recursive: true, force: true });
    mkdirSync(vault.dir, { recursive: true, mode: 0o700 });
    const now = session.now();
    const at = now.toISOString();
    const vaultId = randomUUID();
    const [masterKey, dataKey, demoKey] = [randomKey(), randomKey(), randomKey()];
    session.setBusy('SENCO Desk is building the demo school. This takes a few seconds.');
    try {
      const building = `${vault.databasePath}.creating`;
      const built = await buildDemoDatabase({
        file: building,
        dataKey,
        nativeBinding: this.options.nativeBinding,
        workerScript: this.options.workerScript,
        seed: DEMO_SEED,
        size: this.options.size ?? 'reference',
        today: londonDate(now),
        at,
        account: { id: randomUUID(), displayName: DEMO_ACCOUNT },
        onProgress: ({ threadId: _worker, ...progress }) => this.options.onProgress(progress),
      });
      writeFileSync(this.keyPath, `${demoKey.toString('base64')}\n`, { mode: 0o600 });
      vault.write({
        app: 'senco-desk',
        format: 1,
        vaultId,
        createdAt: at,
        // No passphrase slot at all, so nothing here is bound to this computer's keychain.
        binding: 'passphrase-only',
        passphraseKdf: { name: 'scrypt', ...SCRYPT, salt: randomBytes(32).toString('base64') },
        slots: [makeRecoverySlot(vaultId, demoKey, masterKey)],
        dataKey: wrapDataKey(vaultId, masterKey, dataKey),
        failedUnlocks: [],
      });
      renameSync(building, vault.databasePath);
      return built;
    } finally {
      session.setBusy(null);
      for (const key of [masterKey, dataKey, demoKey]) key.fill(0);
    }
  }

  private signIn(): SessionInfo {
    const { session } = this;
    const demoKey = Buffer.from(readFileSync(this.keyPath, 'utf8').trim(), 'base64');
    try {
      const { file, masterKey } = session.vault.openWithRecoveryKey(demoKey, session.now());
      signIn(
        session,
        file,
        masterKey,
        (db) => {
          const account = activeStaffAccountByName(db, DEMO_ACCOUNT);
          if (!account) throw new AppFailure('NOT_FOUND', `The demo school has no ${DEMO_ACCOUNT} account any more. ${startAgain}`);
          return account.id;
        },
        (audit) => audit({ action: 'vault.unlocked', detail: { demo: true } }),
      );
      return session.current();
    } finally {
      demoKey.fill(0);
    }
  }
}

const startAgain = 'Choose "Start the demo again" to build a fresh demo school.';

const schoolUnlocked = () =>
  new AppFailure('ALREADY_UNLOCKED', "Your school's vault is unlocked. Lock it before trying the demo school.");
