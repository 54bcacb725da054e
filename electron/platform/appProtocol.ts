import { type Session, protocol } from 'electron';
import {
  APP_HOST,
  APP_SCHEME,
  DOCUMENT_CONTENT_SECURITY_POLICY,
  readAppAsset,
  securityHeaders,
} from './appAssets';

/** Must run before the app is ready: `app://` behaves like a secure, standard origin. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true } }]);
}

/**
 * Documents waiting to be printed, held in memory for the moment the print
 * window loads them: records never go through a temporary file.
 */
export class PrintJobs {
  private readonly jobs = new Map<string, string>();
  put(id: string, html: string): void {
    this.jobs.set(id, html);
  }
  take(id: string): string | undefined {
    const html = this.jobs.get(id);
    this.jobs.delete(id);
    return html;
  }
}

export const PRINT_PATH = '/__print/';

/** Serves the built renderer, and print jobs once each, on `app://senco/`. */
export function serveApp(session: Session, rendererDir: string, printJobs: PrintJobs): void {
  session.protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST || request.method !== 'GET') {
      return new Response('Not found', { status: 404, headers: securityHeaders() });
    }
    if (url.pathname.startsWith(PRINT_PATH)) {
      const html = printJobs.take(url.pathname.slice(PRINT_PATH.length));
      if (html === undefined) return new Response('Not found', { status: 404, headers: securityHeaders() });
      return new Response(html, {
        headers: { ...securityHeaders(DOCUMENT_CONTENT_SECURITY_POLICY), 'content-type': 'text/html; charset=utf-8' },
      });
    }
    const asset = await readAppAsset(rendererDir, url.pathname);
    return new Response(new Uint8Array(asset.body), { status: asset.status, headers: asset.headers });
  });
}
