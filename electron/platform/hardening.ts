import { type Session, type WebContents, app } from 'electron';
import { APP_SCHEME } from './appAssets';

/**
 * Nothing leaves the app over the network: every request that is not for the
 * app's own protocol is cancelled at the session, whatever asked for it.
 */
export function lockDownSession(session: Session): void {
  session.webRequest.onBeforeRequest((details, callback) => {
    const scheme = details.url.slice(0, details.url.indexOf(':'));
    const allowed = scheme === APP_SCHEME || (scheme === 'devtools' && !app.isPackaged);
    callback({ cancel: !allowed });
  });
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.on('will-download', (event) => event.preventDefault());
  // Electron's spellchecker would fetch dictionaries from a CDN.
  session.setSpellCheckerEnabled(false);
}

/** Every web contents, whoever made it: no navigation, no new windows, no webviews. */
export function lockDownContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
