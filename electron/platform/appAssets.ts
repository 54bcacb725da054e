import { readFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * How the app's own pages are served: by the `app://` protocol in Electron
 * and by the test bridge in Chromium. No `electron` import here, so both use
 * the very same policy and file rules.
 */

/** The origin of the app's pages. The dispatcher answers no one else. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'senco';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** No remote origins, no inline script, no eval: the UI can run only what shipped with it. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'none'",
  // The print dialog previews the document from the app's own print jobs (electron/platform/printJobs.ts).
  "frame-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

/**
 * Printed documents are self-contained HTML with their CSS inline and no
 * script at all (the print window also runs with JavaScript off).
 */
export const DOCUMENT_CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const mimeTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

export interface AssetResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

export const securityHeaders = (policy = CONTENT_SECURITY_POLICY): Record<string, string> => ({
  'content-security-policy': policy,
  'x-content-type-options': 'nosniff',
  'cache-control': 'no-store',
});

/** A printed document as the app serves it: its own policy, no script. */
export const documentHeaders = (): Record<string, string> => ({
  ...securityHeaders(DOCUMENT_CONTENT_SECURITY_POLICY),
  'content-type': 'text/html; charset=utf-8',
});

/** A file of the built renderer by URL path; never anything outside that folder. */
export async function readAppAsset(rendererDir: string, pathname: string): Promise<AssetResponse> {
  const root = path.resolve(rendererDir);
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname === '/' ? '/index.html' : pathname);
  } catch {
    decoded = '';
  }
  const file = path.resolve(root, `.${decoded}`);
  const body = decoded && file.startsWith(root + path.sep) ? await readFile(file).catch(() => null) : null;
  if (!body) {
    return { status: 404, headers: { ...securityHeaders(), 'content-type': 'text/plain' }, body: Buffer.from('Not found') };
  }
  const type = mimeTypes[path.extname(file)] ?? 'application/octet-stream';
  return { status: 200, headers: { ...securityHeaders(), 'content-type': type }, body };
}
