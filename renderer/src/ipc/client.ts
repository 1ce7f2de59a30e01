import { bridgeGlobalName, createBridge } from '../../../shared/ipc/bridge';
import type { CrisisRoomBridge } from '../../../shared/ipc/bridge';
import { isCrisisRoomBridge } from './bridgeShape';
import { createWebInvoke, createWebSubscribe } from './webTransport';

declare global {
  interface Window {
    /**
     * The bridge the Electron preload exposes; absent when the app runs in a browser. Typed
     * `unknown` because any page content can shadow a global: the client checks its shape.
     */
    readonly crisisRoom?: unknown;
  }
}

let bridge: CrisisRoomBridge | undefined;

/**
 * The bridge to the main-process services, the same named methods whichever transport carries
 * them: `window.crisisRoom` from the Electron preload when it has every method of the contract,
 * else a bridge over the loopback web server of `npm run web`. Chosen on first use and cached.
 * The rest of the renderer talks to the main process only through this and never learns which
 * transport it got; what differs between them is reported by the main process itself
 * (`appGetInfo`, `platformGetCapabilities`).
 */
export function getBridge(): CrisisRoomBridge {
  if (bridge !== undefined) {
    return bridge;
  }
  const preloaded = window[bridgeGlobalName];
  if (isCrisisRoomBridge(preloaded)) {
    bridge = preloaded;
    return bridge;
  }
  if (preloaded !== undefined) {
    // Something else holds the name (a stale preload, an element with that id): using it would
    // fail on the first call, so say why and talk to the web server instead.
    console.warn(
      `window.${bridgeGlobalName} is not a Crisis Room bridge; using the web transport.`,
    );
  }
  bridge = createBridge(createWebInvoke(), createWebSubscribe());
  return bridge;
}
