import os from 'node:os';
import type { HostEventKind } from '../../../../shared/monitoring/records';
import type { Clock, TimerHandle } from './clock';

/** A change of the host: sleep, wake, network lost or back, and when it happened (epoch ms). */
export interface HostEvent {
  kind: HostEventKind;
  at: number;
}

/** Receives host events. */
export type HostListener = (event: HostEvent) => void;

/** How often the plain-Node watcher looks at the clock and the network interfaces. */
export const hostPollIntervalMs = 15 * 1000;

/**
 * A tick arriving this much later than planned means the process was frozen: the machine slept.
 * Large enough that a busy event loop or a slow garbage collection is not mistaken for sleep.
 */
export const wakeDriftMs = 60 * 1000;

/**
 * True when the machine has a network interface that can reach beyond itself: not loopback and
 * not only an IPv6 link-local address (which exists on every cable, connected or not).
 */
export function hasExternalInterface(
  interfaces: ReturnType<typeof os.networkInterfaces> = os.networkInterfaces(),
): boolean {
  return Object.values(interfaces).some((addresses) =>
    (addresses ?? []).some(
      (address) =>
        !address.internal && !(address.family === 'IPv6' && /^fe80:/iu.test(address.address)),
    ),
  );
}

/** Options of {@link createHostWatcher}. */
export interface HostWatcherOptions {
  clock: Clock;
  /** Reachability check, polled each tick. */
  isOnline?: () => boolean;
  pollIntervalMs?: number;
  driftMs?: number;
}

/** Watches the host from plain Node. */
export interface HostWatcher {
  /** Starts watching with the first listener; stops with the last. Returns the unsubscribe. */
  watch(listener: HostListener): () => void;
  /** The reachability check, asked now. */
  isOnline(): boolean;
}

/**
 * Host events without Electron (the web transport's process): a periodic timer that fires much
 * later than planned means the machine slept (`suspend` dated at the last on-time tick, then
 * `resume`), and a change in {@link hasExternalInterface} means the network went or came back.
 * Only a best guess: an interface can be up without a route to the internet.
 */
export function createHostWatcher(options: HostWatcherOptions): HostWatcher {
  const { clock } = options;
  const isOnline = options.isOnline ?? (() => hasExternalInterface());
  const pollIntervalMs = options.pollIntervalMs ?? hostPollIntervalMs;
  const driftMs = options.driftMs ?? wakeDriftMs;
  const listeners = new Set<HostListener>();
  let timer: TimerHandle | null = null;
  let lastTickAt = 0;
  let wasOnline = true;

  const emit = (event: HostEvent) => {
    for (const listener of [...listeners]) listener(event);
  };

  function tick(): void {
    const now = clock.now();
    const gap = now - lastTickAt;
    // A clock set backwards also shows as a negative gap: not a sleep, just start counting anew.
    if (gap > pollIntervalMs + driftMs) {
      emit({ kind: 'suspend', at: lastTickAt });
      emit({ kind: 'resume', at: now });
    }
    lastTickAt = now;
    const online = isOnline();
    if (online !== wasOnline) {
      wasOnline = online;
      emit({ kind: online ? 'online' : 'offline', at: now });
    }
    if (listeners.size > 0) timer = clock.setTimeout(tick, pollIntervalMs);
  }

  return {
    watch(listener) {
      listeners.add(listener);
      if (timer === null) {
        lastTickAt = clock.now();
        wasOnline = isOnline();
        timer = clock.setTimeout(tick, pollIntervalMs);
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && timer !== null) {
          clock.clearTimeout(timer);
          timer = null;
        }
      };
    },
    isOnline,
  };
}
