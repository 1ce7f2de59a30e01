import { contextBridge, ipcRenderer } from 'electron';
import {
  bridgeGlobalName,
  createBridge,
  type InvokeTransport,
  type SubscribeTransport,
} from '../../shared/ipc/bridge';

/**
 * The preload: exposes one frozen object, `window.crisisRoom`, with one named method per channel of
 * the contract and nothing else. `ipcRenderer` itself, a generic invoke and `sendSync` are never
 * exposed; listeners receive only the payload, never Electron's event object.
 */
const invoke: InvokeTransport = (channel, payload) => ipcRenderer.invoke(channel, payload);

const subscribe: SubscribeTransport = (channel, listener) => {
  const forward = (_event: Electron.IpcRendererEvent, payload: Parameters<typeof listener>[0]) =>
    listener(payload);
  ipcRenderer.on(channel, forward);
  return () => {
    ipcRenderer.removeListener(channel, forward);
  };
};

contextBridge.exposeInMainWorld(bridgeGlobalName, createBridge(invoke, subscribe));
