import { z } from 'zod';
import { outboxRecordSchema, recordIdSchema } from '../monitoring/records';
import { sourcePreviewSchema } from '../monitoring/preview';
import { setRulesInputSchema } from '../monitoring/rules';
import { scheduledSourceSchema, sourceConfigSchema, sourceIdSchema } from '../monitoring/source';
import { monitoringStatusSchema } from '../monitoring/status';

/**
 * The IPC contract between the renderer and the main-process services.
 *
 * Two maps: invoke channels (renderer → main, one plain payload object in, one value out, always
 * wrapped in an `IpcResult`) and event channels (main → renderer pushes). Channel names are
 * `area:verb-noun`. Every payload has a zod schema here and every type is inferred from the
 * schemas, so the two sides cannot drift. Both transports (Electron IPC and the loopback web
 * server) validate against these schemas before a handler runs.
 */

/** Accepts only `{}`: channels that take no arguments still take one (empty) object. */
const noInput = z.object({}).strict();

/** Which transport the renderer is connected through. */
export const transportKinds = ['electron', 'web'] as const;

/** Facts about the running app, shown in Settings → Diagnostics. */
export const appInfoSchema = z
  .object({
    name: z.string(),
    version: z.string(),
    transport: z.enum(transportKinds),
    os: z.string(),
    versions: z
      .object({
        node: z.string(),
        electron: z.string().nullable(),
        chrome: z.string().nullable(),
      })
      .strict(),
    dataDirectory: z.string(),
    startedAt: z.iso.datetime(),
  })
  .strict();

/** Abilities that differ between Electron and the browser, so the UI offers only what works. */
export const capabilitiesSchema = z
  .object({
    transport: z.enum(transportKinds),
    /** A native "save as" dialog writes files; otherwise the browser downloads them. */
    saveDialog: z.boolean(),
    /** The main process opens external links; otherwise the browser opens them. */
    systemOpenExternal: z.boolean(),
    /** Native desktop notifications from the main process. */
    nativeNotifications: z.boolean(),
    /** Automatic updates through electron-updater. */
    autoUpdate: z.boolean(),
    /** Native print-to-PDF of an app page. */
    printToPdf: z.boolean(),
  })
  .strict();

/** A file name the user may be offered: no folders, no control or reserved characters. */
const fileNameSchema = z
  .string()
  .min(1)
  .max(200)
  // eslint-disable-next-line no-control-regex -- refusing control characters is the point
  .regex(/^[^\\/:*?"<>|\u0000-\u001f]+$/u, 'must be a plain file name without folders')
  .refine((name) => name !== '.' && name !== '..', 'must be a plain file name');

/** Largest file the renderer may hand to the main process in one piece (64 MiB of text). */
export const maxSaveFileLength = 64 * 1024 * 1024;

/** Payload of `files:save-file`: the user picks where, the renderer supplies what. */
export const saveFileInputSchema = z
  .object({
    suggestedName: fileNameSchema,
    content: z.string().max(maxSaveFileLength),
    encoding: z.enum(['utf8', 'base64']),
    filters: z
      .array(
        z
          .object({
            name: z.string().min(1).max(100),
            extensions: z
              .array(z.string().regex(/^[a-z0-9]{1,10}$/iu))
              .min(1)
              .max(10),
          })
          .strict(),
      )
      .max(10),
  })
  .strict();

/** Result of `files:save-file`: saved with its path, or the user cancelled the dialog. */
export const saveFileOutputSchema = z.discriminatedUnion('saved', [
  z.object({ saved: z.literal(true), path: z.string() }).strict(),
  z.object({ saved: z.literal(false) }).strict(),
]);

/**
 * Payload of `reports:print-to-pdf`: the file name offered in the save dialog. The main process
 * prints the app's own window (the report page on screen), so the renderer sends no content.
 */
export const printToPdfInputSchema = z.object({ suggestedName: fileNameSchema }).strict();

/** Payload of `shell:open-external`. The main process decides whether the URL may be opened. */
export const openExternalInputSchema = z.object({ url: z.string().min(1).max(2048) }).strict();

/** Result of `shell:open-external`: the re-serialised URL and who opens it. */
export const openExternalOutputSchema = z
  .object({
    url: z.string(),
    /** `system`: already opened by the OS; `renderer`: the browser tab must open it itself. */
    openedBy: z.enum(['system', 'renderer']),
  })
  .strict();

/** Longest desktop notification title (the OS cuts longer ones anyway). */
export const maxNotificationTitleLength = 120;
/** Longest desktop notification body. */
export const maxNotificationBodyLength = 500;

/** Payload of `notifications:show-notification`: plain text only, a title without line breaks. */
export const showNotificationInputSchema = z
  .object({
    title: z
      .string()
      .trim()
      .min(1)
      .max(maxNotificationTitleLength)
      // eslint-disable-next-line no-control-regex -- a title is one line of plain text
      .regex(/^[^\u0000-\u001f\u007f]+$/u, 'must be one line of plain text'),
    body: z
      .string()
      .max(maxNotificationBodyLength)
      // eslint-disable-next-line no-control-regex -- line breaks are the only controls allowed
      .regex(/^[^\u0000-\u0009\u000b-\u001f\u007f]*$/u, 'must be plain text'),
  })
  .strict();

/**
 * Result of `notifications:show-notification`: `main` when the operating system showed it,
 * `renderer` when the browser tab has to (web transport, Notification API), `none` when
 * notifications are unavailable.
 */
export const showNotificationOutputSchema = z
  .object({ shownBy: z.enum(['main', 'renderer', 'none']) })
  .strict();

/** States of the update flow. The user decides when a downloaded update is installed. */
export const updateStates = [
  'unsupported',
  'idle',
  'checking',
  'up-to-date',
  'available',
  'downloading',
  'downloaded',
  'offline',
  'error',
] as const;

/** Where the updater stands, pushed on `updates:status` and returned by the update channels. */
export const updateStatusSchema = z
  .object({
    state: z.enum(updateStates),
    currentVersion: z.string(),
    availableVersion: z.string().nullable(),
    percent: z.number().min(0).max(100).nullable(),
    lastCheckedAt: z.iso.datetime().nullable(),
    errorMessage: z.string().nullable(),
  })
  .strict();

/** Most sources the scheduler accepts (a guard against a runaway import, not a product limit). */
export const maxScheduledSources = 2_000;

/** Payload of `monitoring:set-sources`: the complete list of sources; the scheduler follows it. */
export const setSourcesInputSchema = z
  .object({ sources: z.array(scheduledSourceSchema).max(maxScheduledSources) })
  .strict();

/**
 * Result of `monitoring:set-rules`: how many rules were compiled and how many of the user's
 * sentiment words were merged. Refused sets (a query that does not compile) are failures and leave
 * the previous set in force.
 */
export const setRulesOutputSchema = z
  .object({
    rules: z.number().int().nonnegative(),
    sentimentWords: z.number().int().nonnegative(),
  })
  .strict();

/** Payload of `monitoring:run-now`: one source, or every enabled source when `sourceId` is null. */
export const runNowInputSchema = z.object({ sourceId: sourceIdSchema.nullable() }).strict();

/** Result of `monitoring:run-now`: which sources were queued and which were already running. */
export const runNowOutputSchema = z
  .object({ queued: z.array(sourceIdSchema), alreadyRunning: z.array(sourceIdSchema) })
  .strict();

/** Payload of `monitoring:test-source`: a source as typed in the form, not saved yet. */
export const testSourceInputSchema = z.object({ source: sourceConfigSchema }).strict();

/** Most outbox records handed over in one `monitoring:get-pending` answer. */
export const maxPendingRecordsPerCall = 50;

/** Payload of `monitoring:get-pending`: records after `afterId` (null: from the oldest). */
export const getPendingInputSchema = z.object({ afterId: recordIdSchema.nullable() }).strict();

/** Result of `monitoring:get-pending`: unacknowledged records, oldest first. */
export const getPendingOutputSchema = z
  .object({
    records: z.array(outboxRecordSchema).max(maxPendingRecordsPerCall),
    hasMore: z.boolean(),
  })
  .strict();

/** Payload of `monitoring:ack-records`: ids the renderer has stored for good. */
export const ackRecordsInputSchema = z
  .object({ ids: z.array(recordIdSchema).min(1).max(1_000) })
  .strict();

/** Result of `monitoring:ack-records`: how many records are still waiting. */
export const ackRecordsOutputSchema = z
  .object({ pendingRecords: z.number().int().nonnegative() })
  .strict();

/** Event `monitoring:records`: new outbox records, pushed right after they were made durable. */
export const recordsEventSchema = z
  .object({ records: z.array(outboxRecordSchema).min(1) })
  .strict();

/** Renderer → main channels: payload schema in, value schema out. */
export const invokeContract = {
  'app:get-info': { input: noInput, output: appInfoSchema },
  'platform:get-capabilities': { input: noInput, output: capabilitiesSchema },
  'files:save-file': { input: saveFileInputSchema, output: saveFileOutputSchema },
  'shell:open-external': { input: openExternalInputSchema, output: openExternalOutputSchema },
  'reports:print-to-pdf': { input: printToPdfInputSchema, output: saveFileOutputSchema },
  'notifications:show-notification': {
    input: showNotificationInputSchema,
    output: showNotificationOutputSchema,
  },
  'updates:get-status': { input: noInput, output: updateStatusSchema },
  'updates:check-now': { input: noInput, output: updateStatusSchema },
  'updates:install-now': { input: noInput, output: updateStatusSchema },
  'monitoring:set-sources': { input: setSourcesInputSchema, output: monitoringStatusSchema },
  'monitoring:set-rules': { input: setRulesInputSchema, output: setRulesOutputSchema },
  'monitoring:get-status': { input: noInput, output: monitoringStatusSchema },
  'monitoring:run-now': { input: runNowInputSchema, output: runNowOutputSchema },
  'monitoring:test-source': { input: testSourceInputSchema, output: sourcePreviewSchema },
  'monitoring:get-pending': { input: getPendingInputSchema, output: getPendingOutputSchema },
  'monitoring:ack-records': { input: ackRecordsInputSchema, output: ackRecordsOutputSchema },
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;

/** Main → renderer pushes: one payload schema per channel. */
export const eventContract = {
  'updates:status': updateStatusSchema,
  'monitoring:status': monitoringStatusSchema,
  'monitoring:records': recordsEventSchema,
} as const satisfies Record<string, z.ZodType>;

/** Name of an invoke channel. */
export type InvokeChannel = keyof typeof invokeContract;
/** Name of an event channel. */
export type EventChannel = keyof typeof eventContract;
/** What a caller sends on channel `C` (before defaults are applied). */
export type InvokeInput<C extends InvokeChannel> = z.input<(typeof invokeContract)[C]['input']>;
/** What a handler receives on channel `C` (after validation). */
export type InvokeParsedInput<C extends InvokeChannel> = z.output<
  (typeof invokeContract)[C]['input']
>;
/** The value channel `C` returns on success. */
export type InvokeOutput<C extends InvokeChannel> = z.output<(typeof invokeContract)[C]['output']>;
/** The payload pushed on event channel `C`. */
export type EventPayload<C extends EventChannel> = z.output<(typeof eventContract)[C]>;

/** Facts about the running app. */
export type AppInfo = z.output<typeof appInfoSchema>;
/** Abilities of the current transport. */
export type Capabilities = z.output<typeof capabilitiesSchema>;
/** Where the updater stands. */
export type UpdateStatus = z.output<typeof updateStatusSchema>;
/** Result of `monitoring:set-rules`. */
export type SetRulesOutput = z.output<typeof setRulesOutputSchema>;
/** Payload of `files:save-file`. */
export type SaveFileInput = z.output<typeof saveFileInputSchema>;
/** Result of `files:save-file`. */
export type SaveFileOutput = z.output<typeof saveFileOutputSchema>;
/** Payload of `reports:print-to-pdf`. */
export type PrintToPdfInput = z.output<typeof printToPdfInputSchema>;
/** Payload of `notifications:show-notification`. */
export type ShowNotificationInput = z.output<typeof showNotificationInputSchema>;
/** Who showed a notification (see {@link showNotificationOutputSchema}). */
export type NotificationShownBy = z.output<typeof showNotificationOutputSchema>['shownBy'];
/** Which transport the renderer is connected through. */
export type TransportKind = (typeof transportKinds)[number];

/** Every invoke channel name, in contract order. */
export const invokeChannels = Object.keys(invokeContract) as InvokeChannel[];
/** Every event channel name, in contract order. */
export const eventChannels = Object.keys(eventContract) as EventChannel[];

/** True when `name` is an invoke channel of the contract (own keys only, so `__proto__` is not). */
export function isInvokeChannel(name: unknown): name is InvokeChannel {
  return typeof name === 'string' && Object.hasOwn(invokeContract, name);
}

/** True when `name` is an event channel of the contract (own keys only). */
export function isEventChannel(name: unknown): name is EventChannel {
  return typeof name === 'string' && Object.hasOwn(eventContract, name);
}
