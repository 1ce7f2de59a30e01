import { describe, expect, it } from 'vitest';
import { createBridge, eventMethodName, invokeMethodName } from '../../../shared/ipc/bridge';
import { fail } from '../../../shared/ipc/result';
import { bridgeMethodNames, isCrisisRoomBridge } from '../../../renderer/src/ipc/bridgeShape';

/** A real bridge, built the way the preload builds it. */
function realBridge() {
  return createBridge(
    (channel) => Promise.resolve(fail('unsupported', channel)),
    () => () => {},
  );
}

describe('bridge shape', () => {
  it('derives method names the way the bridge type does', () => {
    expect(invokeMethodName('app:get-info')).toBe('appGetInfo');
    expect(invokeMethodName('platform:get-capabilities')).toBe('platformGetCapabilities');
    expect(eventMethodName('updates:status')).toBe('onUpdatesStatus');
  });

  it('expects exactly the methods createBridge builds from the contract', () => {
    expect([...bridgeMethodNames].sort()).toEqual(Object.keys(realBridge()).sort());
  });

  it('accepts a real bridge and refuses anything else', () => {
    expect(isCrisisRoomBridge(realBridge())).toBe(true);
    expect(isCrisisRoomBridge(undefined)).toBe(false);
    expect(isCrisisRoomBridge(null)).toBe(false);
    expect(isCrisisRoomBridge(document.createElement('div'))).toBe(false);
    expect(isCrisisRoomBridge({ ...realBridge(), appGetInfo: 1 })).toBe(false);
    const { shellOpenExternal: _missing, ...partial } = realBridge();
    expect(isCrisisRoomBridge(partial)).toBe(false);
  });
});
