import type { SencoApi } from '../../shared/contract/client';

// What the page sees, for code that runs inside it through page.evaluate.
declare global {
  interface Window {
    readonly senco: SencoApi;
    /** The bridge's transport (the Playwright binding); the app itself only uses window.senco. */
    __sencoInvoke(channel: string, payload: unknown): Promise<unknown>;
    /** The bridge's way to deliver main's events to `senco.on` listeners. */
    __sencoEvent(event: string, payload: unknown): void;
  }
}

export {};
