import { randomUUID } from 'node:crypto';
import { type BrowserWindow, dialog, powerMonitor } from 'electron';
import Store from 'electron-store';
import { MAX_IDLE_MINUTES, MIN_IDLE_MINUTES } from '../../shared/domain/idleLock';
import { APP_ORIGIN } from './appAssets';
import { PRINT_PATH, type PrintJobs } from './appProtocol';
import { type AppSettings, defaultSettings, type Platform, type PowerEvent } from './platform';
import { createHardenedWindow } from './window';

export interface ElectronPlatformOptions {
  dataDir: string;
  printJobs: PrintJobs;
  /** The window dialogs belong to, if one is open. */
  window(): BrowserWindow | null;
}

export function createElectronPlatform(options: ElectronPlatformOptions): Platform {
  const store = new Store<AppSettings>({
    name: 'settings',
    defaults: defaultSettings,
    schema: {
      idleMinutes: { type: 'integer', minimum: MIN_IDLE_MINUTES, maximum: MAX_IDLE_MINUTES },
      windowBounds: {
        type: 'object',
        properties: { width: { type: 'integer', minimum: 800 }, height: { type: 'integer', minimum: 600 } },
      },
      importMappings: {
        type: 'array',
        maxItems: 20,
        items: {
          type: 'object',
          properties: { headerDigest: { type: 'string', pattern: '^[0-9a-f]{64}$' }, mapping: { type: 'object' } },
          required: ['headerDigest', 'mapping'],
        },
      },
    },
    clearInvalidConfig: true,
  });

  return {
    dataDir: options.dataDir,
    clock: {
      now: () => new Date(),
      every(milliseconds, task) {
        const timer = setInterval(task, milliseconds);
        timer.unref();
        return () => clearInterval(timer);
      },
    },
    settings: {
      get: (key) => store.get(key),
      set: (key, value) => {
        // Optional settings are cleared rather than stored as undefined.
        if (value === undefined) store.delete(key);
        else store.set({ [key]: value } as Partial<AppSettings>);
      },
    },
    dialogs: {
      async saveFile({ title, defaultFileName, filters }) {
        const parent = options.window();
        const settings = { title, defaultPath: defaultFileName, filters };
        const result = parent ? await dialog.showSaveDialog(parent, settings) : await dialog.showSaveDialog(settings);
        return result.canceled || !result.filePath ? null : result.filePath;
      },
      async openFile({ title, filters }) {
        const parent = options.window();
        const settings = { title, filters, properties: ['openFile' as const] };
        const result = parent ? await dialog.showOpenDialog(parent, settings) : await dialog.showOpenDialog(settings);
        return result.canceled ? null : (result.filePaths[0] ?? null);
      },
    },
    power: {
      on(event: PowerEvent, listener: () => void) {
        // Electron's typings overload per event name; both of ours take no arguments.
        const monitor = powerMonitor as unknown as NodeJS.EventEmitter;
        monitor.on(event, listener);
        return () => monitor.off(event, listener);
      },
    },
    async printToPdf(html, { landscape }) {
      return withPrintWindow(options.printJobs, html, async (window) => {
        const pdf = await window.webContents.printToPDF({
          pageSize: 'A4',
          landscape,
          printBackground: true,
          preferCSSPageSize: true,
        });
        return new Uint8Array(pdf);
      });
    },
    async print(html, { landscape }) {
      return withPrintWindow(options.printJobs, html, (window) => printWithDialog(window, landscape));
    },
  };
}

/** A hidden, script-less window holding one document, loaded from memory and destroyed after use. */
async function withPrintWindow<T>(printJobs: PrintJobs, html: string, use: (window: BrowserWindow) => Promise<T>): Promise<T> {
  const id = randomUUID();
  printJobs.put(id, html);
  const window = createHardenedWindow({ width: 794, height: 1123, show: false, javascript: false });
  try {
    await window.loadURL(`${APP_ORIGIN}${PRINT_PATH}${id}`);
    return await use(window);
  } finally {
    printJobs.take(id);
    window.destroy();
  }
}

// Electron's words for a dialog the person closed without printing (WebContents.print).
const CANCELLED = /cancel/i;

function printWithDialog(window: BrowserWindow, landscape: boolean): Promise<{ printed: boolean }> {
  return new Promise((resolve, reject) => {
    window.webContents.print({ silent: false, printBackground: true, landscape, pageSize: 'A4' }, (success, failureReason) => {
      if (success) resolve({ printed: true });
      else if (CANCELLED.test(failureReason)) resolve({ printed: false });
      else reject(new Error(`The document could not be printed: ${failureReason || 'the printer gave no reason'}.`));
    });
  });
}
