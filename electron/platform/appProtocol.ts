import { type Session, protocol } from 'electron';
import { PRINT_PATH, type PrintJobs } from './printJobs';
import {
  APP_HOST,
  APP_SCHEME,
  documentHeaders,
  readAppAsset,
  securityHeaders,
} from './appAssets';

/** Must run before the app is ready: `app://` behaves like a secure, standard origin. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true } }]);
}

/** Serves the built renderer, and print jobs once each, on `app://senco/`. */
export function serveApp(session: Session, rendererDir: string, printJobs: PrintJobs): void {
  session.protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST || request.method !== 'GET') {
      return new Response('Not found', { status: 404, headers: securityHeaders() });
    }
    if (url.pathname.startsWith(PRINT_PATH)) {
      const html = printJobs.takeByPath(url.pathname);
      if (html === undefined) return new Response('Not found', { status: 404, headers: securityHeaders() });
      return new Response(html, { headers: documentHeaders() });
    }
    const asset = await readAppAsset(rendererDir, url.pathname);
    return new Response(new Uint8Array(asset.body), { status: asset.status, headers: asset.headers });
  });
}
