import { eventContract, type EventChannel, type EventPayload } from '../../../shared/ipc/contract';

/** Receives every event pushed to renderers; a transport forwards it to its windows or streams. */
export type EventSink = (channel: EventChannel, payload: unknown) => void;

/**
 * Fan-out point for main → renderer events. Services call `emit`; each transport subscribes once
 * and forwards to its clients (Electron windows, Server-Sent Events streams). Payloads are
 * checked against the contract before they leave, so a service bug cannot push a malformed value.
 */
export class EventHub {
  readonly #sinks = new Set<EventSink>();

  /** Adds a transport's sink; returns the function that removes it. */
  subscribe(sink: EventSink): () => void {
    this.#sinks.add(sink);
    return () => this.#sinks.delete(sink);
  }

  /** Validates and pushes one event to every connected transport. */
  emit<C extends EventChannel>(channel: C, payload: EventPayload<C>): void {
    const checked = eventContract[channel].parse(payload);
    for (const sink of this.#sinks) sink(channel, checked);
  }
}
