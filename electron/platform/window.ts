import path from 'node:path';
import { BrowserWindow, app } from 'electron';
import { APP_ORIGIN } from './appAssets';

export interface WindowOptions {
  preload?: string;
  width: number;
  height: number;
  show: boolean;
  /** Printing windows run documents, which are pure HTML and CSS. */
  javascript: boolean;
}

/** The one place a window is made, so every window has the same locks. */
export function createHardenedWindow(options: WindowOptions): BrowserWindow {
  return new BrowserWindow({
    width: options.width,
    height: options.height,
    minWidth: 800,
    minHeight: 600,
    show: options.show,
    title: 'SENCO Desk',
    backgroundColor: '#ffffff',
    webPreferences: {
      ...(options.preload ? { preload: options.preload } : {}),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      // A middle click would otherwise open a link in a new window, past the will-navigate guard.
      disableBlinkFeatures: 'Auxclick',
      javascript: options.javascript,
      devTools: !app.isPackaged,
    },
  });
}

export function createMainWindow(bounds: { width: number; height: number }): BrowserWindow {
  const window = createHardenedWindow({
    preload: path.join(__dirname, 'preload.js'),
    width: bounds.width,
    height: bounds.height,
    show: false,
    javascript: true,
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(`${APP_ORIGIN}/index.html`);
  return window;
}
