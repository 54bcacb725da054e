/**
 * Everything the backend needs from the machine it runs on. The Electron
 * implementation lives beside this file (electronPlatform.ts); the test
 * implementation in test/support/testPlatform.ts. Services take a Platform and
 * never import `electron`, so the same backend runs in the app and under the
 * test bridge.
 *
 * This file must not import `electron`: tests import it.
 */
import { DEFAULT_IDLE_MINUTES } from '../../shared/domain/idleLock';

export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface SaveDialogOptions {
  title: string;
  defaultFileName: string;
  filters: FileFilter[];
}

export interface OpenDialogOptions {
  title: string;
  filters: FileFilter[];
}

export interface Dialogs {
  /** The chosen path, or null when the person cancelled. */
  saveFile(options: SaveDialogOptions): Promise<string | null>;
  openFile(options: OpenDialogOptions): Promise<string | null>;
}

export interface PdfOptions {
  landscape: boolean;
}

/** Moments after which the vault must lock (DESIGN.md, Storage and keys). */
export type PowerEvent = 'lock-screen' | 'suspend';

export interface Power {
  /** Returns a function that stops listening. */
  on(event: PowerEvent, listener: () => void): () => void;
}

/**
 * Settings that are not personal data: window size, idle minutes, last vault
 * location. Never pupil, staff or school details.
 */
export interface AppSettings {
  idleMinutes: number;
  windowBounds?: { width: number; height: number };
  /**
   * The column mapping the SENCO confirmed for a CSV header row, newest first:
   * the row is kept only as a SHA-256 digest (a file without a header row has
   * a pupil in its first row), the mapping as column numbers.
   */
  importMappings?: { headerDigest: string; mapping: Record<string, number | null> }[];
}

export const defaultSettings: AppSettings = { idleMinutes: DEFAULT_IDLE_MINUTES };

export interface SettingsStore {
  get<K extends keyof AppSettings>(key: K): AppSettings[K];
  set<K extends keyof AppSettings>(key: K, value: AppSettings[K]): void;
}

export interface Clock {
  now(): Date;
  /**
   * Runs `task` every `milliseconds` of real time until the returned function
   * is called. Tasks read the time from `now()`, so a test can move the clock
   * and run them at once (TestPlatform.advance).
   */
  every(milliseconds: number, task: () => void): () => void;
}

export interface Platform {
  /** Folder that holds the vault file and the encrypted database. */
  dataDir: string;
  dialogs: Dialogs;
  /** Renders self-contained HTML to a PDF in Chromium, from memory, never via a temp file. */
  printToPdf(html: string, options: PdfOptions): Promise<Uint8Array>;
  /**
   * Sends self-contained HTML to a printer through the system's print dialog.
   * A person who cancels the dialog is not an error: `printed` is false, so
   * the caller records no disclosure that did not happen.
   */
  print(html: string, options: PdfOptions): Promise<{ printed: boolean }>;
  settings: SettingsStore;
  power: Power;
  clock: Clock;
}
