import type { EventSourceLike } from '../../../renderer/src/ipc/webTransport';

type MessageListener = (event: MessageEvent) => void;

/**
 * An in-memory stand-in for the browser's EventSource (jsdom has none): records what the web
 * transport opens and lets a test push server-sent events into it.
 */
export class FakeEventSource implements EventSourceLike {
  /** Every instance created, oldest first. */
  static readonly opened: FakeEventSource[] = [];

  readonly url: string;
  isClosed = false;
  private readonly listeners = new Map<string, Set<MessageListener>>();

  constructor(url: string) {
    this.url = url;
    FakeEventSource.opened.push(this);
  }

  addEventListener(type: string, listener: MessageListener): void {
    const forType = this.listeners.get(type) ?? new Set<MessageListener>();
    forType.add(listener);
    this.listeners.set(type, forType);
  }

  removeEventListener(type: string, listener: MessageListener): void {
    this.listeners.get(type)?.delete(listener);
  }

  close(): void {
    this.isClosed = true;
  }

  /** How many listeners wait for events of `type`. */
  listenerCount(type: string): number {
    return this.listeners.get(type)?.size ?? 0;
  }

  /** Delivers a server-sent event with `event: type` and `data: data`. */
  emit(type: string, data: string): void {
    const event = new MessageEvent(type, { data });
    for (const listener of this.listeners.get(type) ?? []) {
      listener(event);
    }
  }
}
