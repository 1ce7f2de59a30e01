import {
  eventMethodName,
  invokeMethodName,
  type CrisisRoomBridge,
} from '../../../shared/ipc/bridge';
import { eventChannels, invokeChannels } from '../../../shared/ipc/contract';

/**
 * Every method a bridge must have, derived from the contract's channel lists so that a channel
 * added to the contract is checked without anyone remembering to list it here.
 */
export const bridgeMethodNames: readonly string[] = [
  ...invokeChannels.map(invokeMethodName),
  ...eventChannels.map(eventMethodName),
];

/**
 * True when `value` looks like the bridge the preload exposes: an object whose every expected
 * method is a function. `window.crisisRoom` is a global anyone can shadow (an element with
 * `id="crisisRoom"` becomes `window.crisisRoom` in a browser, a stale preload may lack newer
 * channels), so the client checks its shape before trusting it.
 */
export function isCrisisRoomBridge(value: unknown): value is CrisisRoomBridge {
  if (typeof value !== 'object' || value === null) {
    return false;
  }
  return bridgeMethodNames.every((name) => typeof Reflect.get(value, name) === 'function');
}
