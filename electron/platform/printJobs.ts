import { randomUUID } from 'node:crypto';

/**
 * Documents waiting to be shown (the print dialog's preview) or printed (the
 * hidden print window), held in memory for the moment a frame loads them:
 * records never go through a temporary file. Each is served once, at
 * `app://senco/__print/<id>`, with the document policy; one that is never
 * asked for is dropped after a minute, so no record lingers in main.
 *
 * This file must not import `electron`: the test bridge serves the same jobs.
 */
export const PRINT_PATH = '/__print/';
const UNCLAIMED_MS = 60_000;

export class PrintJobs {
  private readonly jobs = new Map<string, string>();

  put(id: string, html: string): void {
    this.jobs.set(id, html);
    setTimeout(() => this.jobs.delete(id), UNCLAIMED_MS).unref();
  }

  /** A new job; its path on the app origin. */
  add(html: string): string {
    const id = randomUUID();
    this.put(id, html);
    return `${PRINT_PATH}${id}`;
  }

  take(id: string): string | undefined {
    const html = this.jobs.get(id);
    this.jobs.delete(id);
    return html;
  }

  /** The job for a URL path on the app origin; undefined for any other path, or one already served. */
  takeByPath(pathname: string): string | undefined {
    return pathname.startsWith(PRINT_PATH) ? this.take(pathname.slice(PRINT_PATH.length)) : undefined;
  }

  clear(): void {
    this.jobs.clear();
  }
}
