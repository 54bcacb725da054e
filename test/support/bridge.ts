import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Page, Response, Route } from '@playwright/test';
import { listChannels } from '../../shared/contract/channels';
import { buildSencoApi } from '../../shared/contract/client';
import type { EventSink } from '../../electron/backend';
import { documentHeaders, readAppAsset, securityHeaders } from '../../electron/platform/appAssets';
import { PRINT_PATH, type PrintJobs } from '../../electron/platform/printJobs';
import { APP_ORIGIN, APP_URL } from './appOrigin';

/** What the bridge needs of the backend: the dispatcher main's IPC handler calls, and main's events. */
export interface Dispatcher {
  dispatch(request: { senderUrl: string; channel: string; payload: unknown }): Promise<unknown>;
  onEvent(sink: EventSink): () => void;
}

export interface BridgeTraffic {
  /** The response that carried index.html, for its headers. */
  document: Response;
  /** Every URL the page asked for, in order. */
  requests: string[];
  /** Requests for anything outside the app's origin: each was aborted and should never happen. */
  foreignRequests: string[];
  /** Every channel the page called through window.senco, in order (names only: payloads may hold passphrases). */
  calls: string[];
}

export const rendererDir = path.resolve(__dirname, '../../dist/renderer');

/**
 * Installs `window.senco` exactly as the preload does: the same builder, the
 * same channel list, calls going to the same dispatcher. Only the transport
 * differs (a Playwright binding instead of ipcRenderer.invoke).
 */
export function sencoInitScript(): string {
  const channelNames = listChannels().map((c) => c.name);
  return `(() => {
  const listeners = new Map();
  const subscribe = (event, listener) => {
    const set = listeners.get(event) ?? new Set();
    listeners.set(event, set.add(listener));
    return () => void set.delete(listener);
  };
  Object.defineProperty(window, '__sencoEvent', {
    value: (event, payload) => (listeners.get(event) ?? []).forEach((listener) => listener(payload)),
  });
  const api = (${buildSencoApi.toString()})(${JSON.stringify(channelNames)}, (c, p) => window.__sencoInvoke(c, p), subscribe);
  Object.defineProperty(window, 'senco', { value: api, writable: false, configurable: false, enumerable: true });
})();`;
}

/** Serves the built renderer at APP_ORIGIN, wires it to the backend and opens it. Nothing reaches the network. */
export async function openApp(page: Page, backend: Dispatcher, printJobs?: PrintJobs): Promise<BridgeTraffic> {
  if (!existsSync(path.join(rendererDir, 'index.html'))) {
    throw new Error(`No built renderer in ${rendererDir}: run \`npm run build:renderer\` first.`);
  }
  const requests: string[] = [];
  const foreignRequests: string[] = [];
  const calls: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.context().route('**/*', async (route) => {
    if (new URL(route.request().url()).origin === APP_ORIGIN) return serve(route, printJobs);
    foreignRequests.push(route.request().url());
    return route.abort('blockedbyclient');
  });
  await page.exposeBinding('__sencoInvoke', (source, channel: string, payload: unknown) => {
    calls.push(channel);
    return backend.dispatch({ senderUrl: source.frame.url(), channel, payload });
  });
  await page.addInitScript({ content: sencoInitScript() });
  // Main's events reach the page the way webContents.send reaches the preload.
  const stop = backend.onEvent((event, payload) => {
    if (!page.isClosed()) void page.evaluate(([e, p]) => window.__sencoEvent(e, p), [event, payload] as const).catch(() => undefined);
  });
  page.once('close', stop);
  const document = await page.goto(APP_URL);
  if (!document?.ok()) throw new Error(`The app page did not load (${document?.status() ?? 'no response'}).`);
  return { document, requests, foreignRequests, calls };
}

/** The same file rules and headers as the app:// protocol handler, print jobs included. */
async function serve(route: Route, printJobs: PrintJobs | undefined): Promise<void> {
  const { pathname } = new URL(route.request().url());
  if (pathname.startsWith(PRINT_PATH)) {
    const html = printJobs?.takeByPath(pathname);
    return html === undefined
      ? route.fulfill({ status: 404, headers: securityHeaders(), body: 'Not found' })
      : route.fulfill({ status: 200, headers: documentHeaders(), body: html });
  }
  const asset = await readAppAsset(rendererDir, pathname);
  return route.fulfill({ status: asset.status, headers: asset.headers, body: asset.body });
}
