import type { Browser, Page } from '@playwright/test';
import {
  type AppSettings,
  type Clock,
  type Dialogs,
  defaultSettings,
  type OpenDialogOptions,
  type PdfOptions,
  type Platform,
  type Power,
  type PowerEvent,
  type SaveDialogOptions,
  type SettingsStore,
} from '../../electron/platform/platform';

/** A Browser (a fresh, script-less, offline context per PDF) or a function that hands out a page to use once. */
export type PdfPageSource = Browser | (() => Promise<Page>);

export interface TestPlatformOptions {
  dataDir: string;
  pdfPages?: PdfPageSource;
  settings?: Partial<AppSettings>;
  /** Answers a dialog the test queued nothing for; by default that is an error. */
  unqueuedDialog?(kind: DialogKind, options: SaveDialogOptions | OpenDialogOptions): string | null;
}

export type DialogKind = 'save' | 'open';

/**
 * The machine as a test sees it: dialogs answer with paths the test queued,
 * settings live in memory, power events and the time are the test's to set.
 * A dialog with no queued answer fails loudly rather than guessing.
 */
export class TestPlatform implements Platform {
  readonly dataDir: string;
  readonly dialogs: Dialogs;
  readonly settings: SettingsStore;
  readonly power: Power;
  readonly clock: Clock;
  /** Every dialog the backend opened, in order, so tests can check titles and file names. */
  readonly dialogCalls: { kind: DialogKind; title: string; defaultFileName?: string }[] = [];
  /** Every document sent to the printer, in order, whether the person then printed it or cancelled. */
  readonly printed: { html: string; landscape: boolean }[] = [];

  private readonly answers: Record<DialogKind, (string | null)[]> = { save: [], open: [] };
  private readonly printAnswers: boolean[] = [];
  private readonly listeners = new Map<PowerEvent, Set<() => void>>();
  private readonly pdfPages: PdfPageSource | undefined;
  private readonly unqueuedDialog: TestPlatformOptions['unqueuedDialog'];
  private fixedNow: Date | null = null;
  private readonly periodic = new Set<() => void>();

  constructor(options: TestPlatformOptions) {
    this.dataDir = options.dataDir;
    this.pdfPages = options.pdfPages;
    this.unqueuedDialog = options.unqueuedDialog;
    const values: AppSettings = { ...defaultSettings, ...options.settings };
    this.settings = {
      get: (key) => values[key],
      set: (key, value) => {
        values[key] = value;
      },
    };
    this.dialogs = {
      saveFile: async (o) => this.answer('save', o),
      openFile: async (o) => this.answer('open', o),
    };
    this.power = {
      on: (event, listener) => {
        const set = this.listeners.get(event) ?? new Set();
        this.listeners.set(event, set.add(listener));
        return () => set.delete(listener);
      },
    };
    this.clock = {
      now: () => (this.fixedNow ? new Date(this.fixedNow) : new Date()),
      // Periodic tasks run when the test moves the clock, never on their own: no race with the test.
      every: (_milliseconds, task) => {
        this.periodic.add(task);
        return () => void this.periodic.delete(task);
      },
    };
  }

  /** The path the next save (or open) dialog returns; null means the person cancelled. */
  queueSavePath(path: string | null): void {
    this.answers.save.push(path);
  }

  queueOpenPath(path: string | null): void {
    this.answers.open.push(path);
  }

  /** Whether the next print dialog prints (true) or is cancelled (false); with nothing queued, it prints. */
  queuePrintAnswer(printed: boolean): void {
    this.printAnswers.push(printed);
  }

  /** As if the OS locked the screen or went to sleep. */
  emit(event: PowerEvent): void {
    for (const listener of [...(this.listeners.get(event) ?? [])]) listener();
  }

  /** Stops the clock at a moment; null returns to real time. */
  setNow(now: Date | null): void {
    this.fixedNow = now ? new Date(now) : null;
  }

  /** Moves the clock on and runs every periodic task once, as the real timers would have by then. */
  advance(milliseconds: number): void {
    this.fixedNow = new Date(this.clock.now().getTime() + milliseconds);
    for (const task of [...this.periodic]) task();
  }

  async printToPdf(html: string, options: PdfOptions): Promise<Uint8Array> {
    if (!this.pdfPages) throw new Error('TestPlatform: no browser was given for printToPdf.');
    // A document is self-contained: no script runs and no request leaves, as in the app's hidden print window.
    const { page, done } = await this.pdfPage(this.pdfPages);
    try {
      await page.route('**/*', (route) => route.abort('blockedbyclient'));
      await page.setContent(html, { waitUntil: 'load' });
      const pdf = await page.pdf({ format: 'A4', landscape: options.landscape, printBackground: true, preferCSSPageSize: true });
      return new Uint8Array(pdf);
    } finally {
      await done();
    }
  }

  async print(html: string, options: PdfOptions): Promise<{ printed: boolean }> {
    this.printed.push({ html, landscape: options.landscape });
    return { printed: this.printAnswers.shift() ?? true };
  }

  private async pdfPage(source: PdfPageSource): Promise<{ page: Page; done(): Promise<void> }> {
    if (typeof source === 'function') {
      const page = await source();
      return { page, done: () => page.close() };
    }
    const context = await source.newContext({ javaScriptEnabled: false });
    return { page: await context.newPage(), done: () => context.close() };
  }

  private answer(kind: DialogKind, options: SaveDialogOptions | OpenDialogOptions): string | null {
    this.dialogCalls.push({ kind, title: options.title, ...('defaultFileName' in options ? { defaultFileName: options.defaultFileName } : {}) });
    const queued = this.answers[kind];
    if (queued.length > 0) return queued.shift() ?? null;
    if (this.unqueuedDialog) return this.unqueuedDialog(kind, options);
    throw new Error(`TestPlatform: a ${kind} dialog ("${options.title}") opened but the test queued no answer.`);
  }
}
