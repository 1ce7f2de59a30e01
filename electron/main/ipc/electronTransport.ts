import { invokeChannels, type EventChannel } from '../../../shared/ipc/contract';
import { fail, type IpcResult } from '../../../shared/ipc/result';
import type { Logger } from '../lib';
import { isAppUrl } from '../security/appOrigin';
import { dispatchInvoke, type HandlerTable } from './dispatch';
import type { EventHub } from './eventHub';

/** The part of an `IpcMainInvokeEvent` the transport reads: the frame that sent the call. */
export interface InvokeEventLike {
  readonly senderFrame: { readonly url: string } | null;
}

/** The part of Electron's `ipcMain` the transport uses (a plain fake in tests). */
export interface IpcMainLike {
  handle(
    channel: string,
    listener: (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>,
  ): void;
  removeHandler(channel: string): void;
}

/** A renderer the transport can push events to (Electron's `WebContents`, or a fake). */
export interface EventTargetLike {
  isDestroyed(): boolean;
  getURL(): string;
  send(channel: EventChannel, payload: unknown): void;
}

/** Everything the Electron transport needs. */
export interface ElectronTransportOptions {
  ipcMain: IpcMainLike;
  handlers: HandlerTable;
  events: EventHub;
  /** The renderers that receive pushed events (the app's windows). */
  listTargets: () => readonly EventTargetLike[];
  logger: Logger;
}

/**
 * Binds every invoke channel of the contract to `ipcMain.handle` through one wrapper that refuses
 * calls whose sender frame is not on the app origin (a navigated, embedded or foreign page) and
 * then goes through `dispatchInvoke` (payload validation, handler, errors as values). Events from
 * the hub go only to windows still showing the app. Returns a function that unbinds everything.
 */
export function registerElectronTransport(options: ElectronTransportOptions): () => void {
  const { ipcMain, handlers, events, listTargets, logger } = options;
  for (const channel of invokeChannels) {
    ipcMain.handle(channel, async (event, ...args): Promise<IpcResult<unknown>> => {
      const senderUrl = event.senderFrame?.url;
      if (!isAppUrl(senderUrl)) {
        logger.warn(`refused ${channel} from a foreign sender: ${String(senderUrl).slice(0, 200)}`);
        return fail('forbidden', 'The sender is not the Crisis Room app');
      }
      if (args.length !== 1) {
        return fail('invalid-payload', `${channel} takes exactly one payload object`);
      }
      return dispatchInvoke(handlers, channel, args[0], { transport: 'electron' }, logger);
    });
  }
  const unsubscribe = events.subscribe((channel, payload) => {
    for (const target of listTargets()) {
      if (!target.isDestroyed() && isAppUrl(target.getURL())) target.send(channel, payload);
    }
  });
  return () => {
    unsubscribe();
    for (const channel of invokeChannels) ipcMain.removeHandler(channel);
  };
}
