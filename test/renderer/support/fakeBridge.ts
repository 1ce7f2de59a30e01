import { bridgeGlobalName, createBridge } from '../../../shared/ipc/bridge';
import type {
  CrisisRoomBridge,
  InvokeTransport,
  SubscribeTransport,
} from '../../../shared/ipc/bridge';
import { invokeContract } from '../../../shared/ipc/contract';
import type {
  AppInfo,
  EventChannel,
  EventPayload,
  InvokeChannel,
  InvokeInput,
  InvokeOutput,
  UpdateStatus,
} from '../../../shared/ipc/contract';
import { electronCapabilities } from '../../../electron/main/platform/capabilities';
import { fail, ok } from '../../../shared/ipc/result';
import type { MonitoringStatus } from '../../../shared/monitoring/status';
import type { IpcResult } from '../../../shared/ipc/result';

/** How the fake main process answers each invoke channel. */
export type FakeResponders = {
  [C in InvokeChannel]: (payload: InvokeInput<C>) => IpcResult<InvokeOutput<C>>;
};

/** App information as an Electron main process on Linux would report it. */
export const fakeAppInfo: AppInfo = {
  name: 'Crisis Room',
  version: '0.1.0',
  transport: 'electron',
  os: 'Linux 6.1.0 x64',
  versions: { node: '22.20.0', electron: '45.4.1', chrome: '142.0.7444.52' },
  dataDirectory: '/home/lin/.config/Crisis Room',
  startedAt: '2026-11-22T08:00:00.000Z',
};

/** An updater that checked and found nothing newer. */
export const upToDateStatus: UpdateStatus = {
  state: 'up-to-date',
  currentVersion: '0.1.0',
  availableVersion: null,
  percent: null,
  lastCheckedAt: '2026-11-22T08:00:00.000Z',
  errorMessage: null,
};

/** A monitoring engine with no sources, online and awake. */
export const idleMonitoringStatus: MonitoringStatus = {
  isOnline: true,
  isSuspended: false,
  runningCount: 0,
  pendingRecords: 0,
  sources: [],
};

/** Canned answers of a healthy Electron main process. */
export function defaultResponders(): FakeResponders {
  return {
    'app:get-info': () => ok(fakeAppInfo),
    'platform:get-capabilities': () => ok(electronCapabilities),
    'files:save-file': () => ok({ saved: false }),
    'shell:open-external': (payload) => ok({ url: payload.url, openedBy: 'system' }),
    'reports:print-to-pdf': () => ok({ saved: false }),
    'notifications:show-notification': () => ok({ shownBy: 'main' }),
    'updates:get-status': () => ok(upToDateStatus),
    'updates:check-now': () => ok(upToDateStatus),
    'updates:install-now': () => ok(upToDateStatus),
    'monitoring:set-sources': () => ok(idleMonitoringStatus),
    'monitoring:set-rules': (payload) =>
      ok({ rules: payload.rules.length, sentimentWords: payload.sentimentWords.length }),
    'monitoring:get-status': () => ok(idleMonitoringStatus),
    'monitoring:run-now': () => ok({ queued: [], alreadyRunning: [] }),
    'monitoring:test-source': () => fail('offline', 'The fake main process has no network'),
    'monitoring:get-pending': () => ok({ records: [], hasMore: false }),
    'monitoring:ack-records': () => ok({ pendingRecords: 0 }),
  };
}

/** The fake main process behind `window.crisisRoom`, with hooks for tests to steer it. */
export type FakeMainProcess = {
  readonly bridge: CrisisRoomBridge;
  /** Answers, replaceable per test; reset by {@link FakeMainProcess.reset}. */
  responders: FakeResponders;
  /** Every invoke so far, in order. */
  readonly calls: { channel: InvokeChannel; payload: unknown }[];
  /** Pushes an event to every renderer listener, as the main process would. */
  emit: <C extends EventChannel>(channel: C, payload: EventPayload<C>) => void;
  /** Restores the default answers and forgets calls (listeners stay: the app keeps them). */
  reset: () => void;
};

let installed: FakeMainProcess | undefined;

/**
 * Puts a fake Electron preload bridge on `window.crisisRoom`, built with the real `createBridge`
 * so it has exactly the production methods. The app picks its transport once per module
 * instance, so one fake per test file is installed and then steered through `responders`.
 * Every canned answer is checked against the contract's output schema, so fakes cannot drift.
 */
export function installFakeMainProcess(): FakeMainProcess {
  if (installed !== undefined) {
    return installed;
  }
  const listeners: { [C in EventChannel]: Set<(payload: EventPayload<C>) => void> } = {
    'updates:status': new Set(),
    'monitoring:status': new Set(),
    'monitoring:records': new Set(),
  };
  const calls: { channel: InvokeChannel; payload: unknown }[] = [];

  const invoke: InvokeTransport = async (channel, payload) => {
    calls.push({ channel, payload });
    const result = fake.responders[channel](payload);
    if (result.ok) {
      invokeContract[channel].output.parse(result.value);
    }
    return result;
  };

  const subscribe: SubscribeTransport = (channel, listener) => {
    listeners[channel].add(listener);
    return () => {
      listeners[channel].delete(listener);
    };
  };

  const fake: FakeMainProcess = {
    bridge: createBridge(invoke, subscribe),
    responders: defaultResponders(),
    calls,
    emit: (channel, payload) => {
      for (const listener of listeners[channel]) {
        listener(payload);
      }
    },
    reset: () => {
      fake.responders = defaultResponders();
      calls.length = 0;
    },
  };

  Object.defineProperty(window, bridgeGlobalName, {
    value: fake.bridge,
    configurable: true,
  });
  installed = fake;
  return fake;
}
