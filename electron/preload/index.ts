import { contextBridge, ipcRenderer } from 'electron';
import {
  bridgeGlobalName,
  createBridge,
  type InvokeTransport,
  type SubscribeTransport,
} from '../../shared/ipc/bridge';
// Types only: the preload bundle stays free of zod and every other runtime module.
import type { IpcResult } from '../../shared/ipc/result';

/**
 * The preload: exposes one frozen object, `window.crisisRoom`, with one named method per channel of
 * the contract and nothing else. `ipcRenderer` itself, a generic invoke and `sendSync` are never
 * exposed; listeners receive only the payload, never Electron's event object.
 */
const invoke: InvokeTransport = (channel, payload) =>
  ipcRenderer.invoke(channel, payload).catch(
    // The main process answers with values; a rejection means no handler or a torn-down window.
    (error: unknown): IpcResult<never> => ({
      ok: false,
      error: {
        code: 'transport-unavailable',
        message: error instanceof Error ? error.message : String(error),
      },
    }),
  );

const subscribe: SubscribeTransport = (channel, listener) => {
  const forward = (_event: Electron.IpcRendererEvent, payload: Parameters<typeof listener>[0]) =>
    listener(payload);
  ipcRenderer.on(channel, forward);
  return () => {
    ipcRenderer.removeListener(channel, forward);
  };
};

contextBridge.exposeInMainWorld(bridgeGlobalName, createBridge(invoke, subscribe));
