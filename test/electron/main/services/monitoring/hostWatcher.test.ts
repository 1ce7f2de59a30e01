import { describe, expect, it } from 'vitest';
import {
  createHostWatcher,
  hasExternalInterface,
  hostPollIntervalMs,
  wakeDriftMs,
  type HostEvent,
} from '../../../../../electron/main/services/monitoring/hostWatcher';
import { createFakeClock } from './fakeClock';

describe('hasExternalInterface', () => {
  it('counts only interfaces that reach beyond the machine', () => {
    const loopback = {
      address: '127.0.0.1',
      netmask: '255.0.0.0',
      family: 'IPv4' as const,
      mac: '00:00:00:00:00:00',
      internal: true,
      cidr: '127.0.0.1/8',
    };
    const linkLocal = {
      address: 'fe80::1',
      netmask: 'ffff:ffff:ffff:ffff::',
      family: 'IPv6' as const,
      mac: '02:00:00:00:00:01',
      internal: false,
      cidr: 'fe80::1/64',
      scopeid: 2,
    };
    const lan = { ...loopback, address: '192.168.1.20', internal: false, cidr: '192.168.1.20/24' };
    expect(hasExternalInterface({ lo: [loopback] })).toBe(false);
    expect(hasExternalInterface({ lo: [loopback], eth0: [linkLocal] })).toBe(false);
    expect(hasExternalInterface({ lo: [loopback], eth0: [linkLocal, lan] })).toBe(true);
    expect(hasExternalInterface({ eth0: undefined })).toBe(false);
  });
});

describe('createHostWatcher', () => {
  function setUp() {
    const clock = createFakeClock();
    let isOnline = true;
    const watcher = createHostWatcher({ clock, isOnline: () => isOnline });
    const events: HostEvent[] = [];
    return {
      clock,
      watcher,
      events,
      setOnline: (value: boolean) => {
        isOnline = value;
      },
    };
  }

  it('reports a sleep when its timer fires far later than planned', async () => {
    const { clock, watcher, events } = setUp();
    watcher.watch((event) => events.push(event));
    await clock.advance(hostPollIntervalMs);
    const lastOnTime = clock.now();
    // Asleep: no timer fired while the wall clock moved on by an hour.
    clock.jump(60 * 60 * 1000);
    const wokeAt = clock.now();
    await clock.advance(hostPollIntervalMs);
    expect(events).toEqual([
      { kind: 'suspend', at: lastOnTime },
      { kind: 'resume', at: wokeAt },
    ]);
  });

  it('does not mistake a late tick within the drift allowance for a sleep', async () => {
    const { clock, watcher, events } = setUp();
    watcher.watch((event) => events.push(event));
    clock.jump(wakeDriftMs - 1);
    await clock.advance(hostPollIntervalMs);
    expect(events).toEqual([]);
  });

  it('reports the network going away and coming back, once each', async () => {
    const { clock, watcher, events, setOnline } = setUp();
    watcher.watch((event) => events.push(event));
    setOnline(false);
    await clock.advance(hostPollIntervalMs * 3);
    setOnline(true);
    await clock.advance(hostPollIntervalMs);
    expect(events.map((event) => event.kind)).toEqual(['offline', 'online']);
    expect(watcher.isOnline()).toBe(true);
  });

  it('runs its timer only while someone watches', async () => {
    const { clock, watcher } = setUp();
    expect(clock.pendingTimers()).toBe(0);
    const stopFirst = watcher.watch(() => undefined);
    const stopSecond = watcher.watch(() => undefined);
    expect(clock.pendingTimers()).toBe(1);
    stopFirst();
    await clock.advance(hostPollIntervalMs);
    expect(clock.pendingTimers()).toBe(1);
    stopSecond();
    expect(clock.pendingTimers()).toBe(0);
  });
});
