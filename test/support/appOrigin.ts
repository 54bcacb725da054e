/**
 * Where the bridge serves the built renderer. A reserved `.test` name never
 * resolves, so even a request that slipped past the router could go nowhere.
 * (The app itself uses `app://senco`; the dispatcher is told which origin is ours.)
 */
export const APP_ORIGIN = 'http://senco.app.test';
export const APP_URL = `${APP_ORIGIN}/index.html`;

/** The policy the app protocol sends: one constant, shared with the Electron shell. */
export { CONTENT_SECURITY_POLICY } from '../../electron/platform/appAssets';
