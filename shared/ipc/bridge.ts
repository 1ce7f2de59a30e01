import type {
  EventChannel,
  EventPayload,
  InvokeChannel,
  InvokeInput,
  InvokeOutput,
} from './contract';
import type { IpcResult } from './result';

/** Name under which the preload exposes the bridge on `window`. */
export const bridgeGlobalName = 'crisisRoom';

type CamelFromKebab<S extends string> = S extends `${infer Head}-${infer Tail}`
  ? `${Head}${Capitalize<CamelFromKebab<Tail>>}`
  : S;

/** Method name of an invoke channel: `app:get-info` → `appGetInfo`. */
export type InvokeMethodName<C extends string> = C extends `${infer Area}:${infer Rest}`
  ? `${Area}${Capitalize<CamelFromKebab<Rest>>}`
  : never;

/** Listener method name of an event channel: `updates:status` → `onUpdatesStatus`. */
export type EventMethodName<C extends string> = `on${Capitalize<InvokeMethodName<C>>}`;

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

/** Removes a listener added through the bridge. */
export type Unsubscribe = () => void;

/**
 * The object the renderer talks to: one named method per invoke channel and one `onX(listener)`
 * per event channel, derived from the contract so that a channel without a method (or a method
 * without a channel) does not type-check. There is deliberately no generic `invoke(channel)`.
 */
export type CrisisRoomBridge = {
  readonly [C in InvokeChannel as InvokeMethodName<C>]: (
    payload: InvokeInput<C>,
  ) => Promise<IpcResult<InvokeOutput<C>>>;
} & {
  readonly [C in EventChannel as EventMethodName<C>]: (
    listener: (payload: EventPayload<C>) => void,
  ) => Unsubscribe;
};

/** A transport's way to call one channel (kept private to the transport, never exposed). */
export type InvokeTransport = <C extends InvokeChannel>(
  channel: C,
  payload: InvokeInput<C>,
) => Promise<IpcResult<InvokeOutput<C>>>;

/** A transport's way to listen to one event channel (kept private to the transport). */
export type SubscribeTransport = <C extends EventChannel>(
  channel: C,
  listener: (payload: EventPayload<C>) => void,
) => Unsubscribe;

/**
 * Builds the frozen bridge object over a transport. The preload builds it over Electron IPC and
 * the renderer's web client over HTTP, so both expose exactly the same named methods.
 */
export function createBridge(
  invoke: InvokeTransport,
  subscribe: SubscribeTransport,
): CrisisRoomBridge {
  const bridge = {
    appGetInfo: (payload) => invoke('app:get-info', payload),
    platformGetCapabilities: (payload) => invoke('platform:get-capabilities', payload),
    filesSaveFile: (payload) => invoke('files:save-file', payload),
    shellOpenExternal: (payload) => invoke('shell:open-external', payload),
    reportsPrintToPdf: (payload) => invoke('reports:print-to-pdf', payload),
    notificationsShowNotification: (payload) => invoke('notifications:show-notification', payload),
    updatesGetStatus: (payload) => invoke('updates:get-status', payload),
    updatesCheckNow: (payload) => invoke('updates:check-now', payload),
    updatesInstallNow: (payload) => invoke('updates:install-now', payload),
    monitoringSetSources: (payload) => invoke('monitoring:set-sources', payload),
    monitoringSetRules: (payload) => invoke('monitoring:set-rules', payload),
    monitoringGetStatus: (payload) => invoke('monitoring:get-status', payload),
    monitoringRunNow: (payload) => invoke('monitoring:run-now', payload),
    monitoringTestSource: (payload) => invoke('monitoring:test-source', payload),
    monitoringGetPending: (payload) => invoke('monitoring:get-pending', payload),
    monitoringAckRecords: (payload) => invoke('monitoring:ack-records', payload),
    onUpdatesStatus: (listener) => subscribe('updates:status', listener),
    onMonitoringStatus: (listener) => subscribe('monitoring:status', listener),
    onMonitoringRecords: (listener) => subscribe('monitoring:records', listener),
  } satisfies CrisisRoomBridge;
  return Object.freeze(bridge);
}
