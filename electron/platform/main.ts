import path from 'node:path';
import { type BrowserWindow, app, session } from 'electron';
import { type Backend, createBackend } from '../backend';
import { ipcEvent } from '../../shared/contract/events';
import { APP_ORIGIN } from './appAssets';
import { registerAppScheme, serveApp } from './appProtocol';
import { PrintJobs } from './printJobs';
import { createElectronPlatform } from './electronPlatform';
import { lockDownContents, lockDownSession } from './hardening';
import { connectIpc } from './ipcBridge';
import { createMainWindow } from './window';
import { keytarKeychain } from '../vault/keychain';
import { loadKeytar, sqliteNativeBinding } from './nativeModules';

/** The Electron entry point: the composition root wired to real windows, dialogs and IPC. */

registerAppScheme();
app.enableSandbox();
// An English school's dates: date fields read and show day/month/year whatever
// language the laptop's account is set to (a US-English laptop would show mm/dd).
app.commandLine.appendSwitch('lang', 'en-GB');

// Two copies of the app on one vault would fight over the database.
if (!app.requestSingleInstanceLock()) app.quit();

let mainWindow: BrowserWindow | null = null;
let backend: Backend | null = null;

app.on('web-contents-created', (_event, contents) => lockDownContents(contents));

app.on('second-instance', () => {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
});

app.on('window-all-closed', () => app.quit());

app.on('will-quit', () => {
  // Lock synchronously before exit so the audit log records why the vault closed.
  void backend?.shutdown();
  backend = null;
});

async function start(): Promise<void> {
  await app.whenReady();
  const printJobs = new PrintJobs();
  lockDownSession(session.defaultSession);
  serveApp(session.defaultSession, path.join(__dirname, '..', 'renderer'), printJobs);

  const platform = createElectronPlatform({
    dataDir: process.env.SENCO_DATA_DIR ?? path.join(app.getPath('userData'), 'vault'),
    printJobs,
    window: () => mainWindow,
  });
  const keytar = loadKeytar();
  backend = createBackend({
    platform,
    appOrigin: APP_ORIGIN,
    keychain: keytar ? keytarKeychain(keytar) : null,
    nativeBinding: sqliteNativeBinding(),
    rekeyWorkerScript: path.join(__dirname, 'rekeyWorker.js'),
    demoWorkerScript: path.join(__dirname, 'demoWorker.js'),
    importWorkerScript: path.join(__dirname, 'importWorker.js'),
    // Names only: an error's message could hold a value from a record.
    onUnexpected: (channel, error) => console.error(`Unexpected ${error instanceof Error ? error.name : 'error'} in ${channel}`),
  });
  connectIpc(backend.dispatch);
  backend.onEvent((event, payload) => mainWindow?.webContents.send(ipcEvent(event), payload));

  mainWindow = createMainWindow(platform.settings.get('windowBounds') ?? { width: 1200, height: 800 });
  mainWindow.on('close', () => {
    if (!mainWindow) return;
    const [width = 1200, height = 800] = mainWindow.getSize();
    platform.settings.set('windowBounds', { width, height });
  });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

start().catch((error: unknown) => {
  console.error('SENCO Desk could not start:', error instanceof Error ? error.message : error);
  app.exit(1);
});
