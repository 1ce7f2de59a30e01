import { z } from 'zod';
import { sourceIdSchema } from './source';

/** What the scheduler is doing with one source right now (transient, never stored). */
export const sourceRuntimeSchema = z
  .object({
    sourceId: sourceIdSchema,
    isRunning: z.boolean(),
    isQueued: z.boolean(),
    /** Epoch ms of the next scheduled fetch, or null when disabled. */
    nextRunAt: z.number().int().nullable(),
    consecutiveFailures: z.number().int().nonnegative(),
    /** True while backing off after failures (the next run is later than the interval). */
    isBackingOff: z.boolean(),
  })
  .strict();

/** What the scheduler is doing with one source. */
export type SourceRuntime = z.output<typeof sourceRuntimeSchema>;

/** The monitoring engine at a glance: pushed on `monitoring:status` and returned on request. */
export const monitoringStatusSchema = z
  .object({
    isOnline: z.boolean(),
    isSuspended: z.boolean(),
    runningCount: z.number().int().nonnegative(),
    /** Outbox records not yet acknowledged by the renderer. */
    pendingRecords: z.number().int().nonnegative(),
    sources: z.array(sourceRuntimeSchema),
  })
  .strict();

/** The monitoring engine at a glance. */
export type MonitoringStatus = z.output<typeof monitoringStatusSchema>;
