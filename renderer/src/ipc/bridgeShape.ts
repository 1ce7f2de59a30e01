import type { CrisisRoomBridge } from '../../../shared/ipc/bridge';
import { eventChannels, invokeChannels } from '../../../shared/ipc/contract';

/** `get-info` → `GetInfo`: each kebab-case word capitalised and joined. */
function pascalFromKebab(text: string): string {
  return text
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');
}

/**
 * The method name of an invoke channel, computed at run time the way `InvokeMethodName` derives
 * it in types: `app:get-info` → `appGetInfo`.
 */
export function invokeMethodName(channel: string): string {
  const [area = '', action = ''] = channel.split(':');
  return `${area}${pascalFromKebab(action)}`;
}

/** The listener method name of an event channel: `updates:status` → `onUpdatesStatus`. */
export function eventMethodName(channel: string): string {
  return `on${pascalFromKebab(invokeMethodName(channel))}`;
}

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
