import type { EventSink } from '../../electron/backend';
import type { Dispatcher } from './bridge';

/**
 * Lets a test hold a channel's calls until it says so, to see a "working…"
 * state for certain instead of racing a key derivation that may end first.
 */
export class GatedDispatcher implements Dispatcher {
  private readonly held = new Map<string, Promise<void>>();

  constructor(private readonly inner: Dispatcher) {}

  /** Calls on `channel` wait from now until the returned function is called. */
  hold(channel: string): () => void {
    let release = () => {};
    this.held.set(channel, new Promise<void>((resolve) => (release = resolve)));
    return () => {
      this.held.delete(channel);
      release();
    };
  }

  onEvent(sink: EventSink): () => void {
    return this.inner.onEvent(sink);
  }

  async dispatch(request: { senderUrl: string; channel: string; payload: unknown }): Promise<unknown> {
    await this.held.get(request.channel);
    return this.inner.dispatch(request);
  }
}
