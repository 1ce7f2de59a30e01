import { createConsoleLogger, describeError, type Logger } from '../lib';
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
  readonly #logger: Logger;

  constructor(logger: Logger = createConsoleLogger()) {
    this.#logger = logger;
  }

  /** Adds a transport's sink; returns the function that removes it. */
  subscribe(sink: EventSink): () => void {
    this.#sinks.add(sink);
    return () => this.#sinks.delete(sink);
  }

  /**
   * Validates and pushes one event to every connected transport. Never throws: it is called from
   * inside other emitters (electron-updater), where an exception would surface as a crash dialog.
   * An invalid payload is logged and dropped.
   */
  emit<C extends EventChannel>(channel: C, payload: EventPayload<C>): void {
    const checked = eventContract[channel].safeParse(payload);
    if (!checked.success) {
      this.#logger.error(
        `dropped an invalid ${channel} event: ${checked.error.message.slice(0, 300)}`,
      );
      return;
    }
    for (const sink of this.#sinks) {
      try {
        sink(channel, checked.data);
      } catch (error) {
        this.#logger.error(`a ${channel} sink failed: ${describeError(error)}`);
      }
    }
  }
}
