import { bridgeGlobalName, createBridge } from '../../../shared/ipc/bridge';
import type { CrisisRoomBridge } from '../../../shared/ipc/bridge';
import type { TransportKind } from '../../../shared/ipc/contract';
import { createWebInvoke, createWebSubscribe } from './webTransport';

declare global {
  interface Window {
    /** The bridge the Electron preload exposes; absent when the app runs in a browser. */
    readonly crisisRoom?: CrisisRoomBridge;
  }
}

type Connection = { readonly bridge: CrisisRoomBridge; readonly kind: TransportKind };

let connection: Connection | undefined;

/** Picks the transport once: the preload's bridge in Electron, else the loopback web server. */
function connect(): Connection {
  if (connection === undefined) {
    const preloaded = window[bridgeGlobalName];
    connection =
      preloaded === undefined
        ? { bridge: createBridge(createWebInvoke(), createWebSubscribe()), kind: 'web' }
        : { bridge: preloaded, kind: 'electron' };
  }
  return connection;
}

/**
 * The bridge to the main-process services, the same named methods whichever transport carries
 * them: `window.crisisRoom` from the Electron preload when present, else a bridge over the
 * loopback web server of `npm run web`. Chosen on first use and cached. The rest of the renderer
 * talks to the main process only through this.
 */
export function getBridge(): CrisisRoomBridge {
  return connect().bridge;
}

/**
 * Which transport {@link getBridge} uses, for diagnostics and for choosing browser fallbacks
 * (downloads instead of a save dialog) without knowing how the transport works.
 */
export function getTransportKind(): TransportKind {
  return connect().kind;
}
