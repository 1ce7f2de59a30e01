import { z } from 'zod';

/**
 * Codes for failures that are expected and shown to the user. The renderer turns each code into a
 * sentence in the user's language (`errors.<code>` in the i18n resources); `message` is an
 * English detail for diagnostics and logs, never the only thing a user sees.
 */
export const ipcErrorCodes = [
  'invalid-payload',
  'unknown-channel',
  'forbidden',
  'internal',
  'unsupported',
  'blocked-url',
  'io-error',
  'offline',
  'transport-unavailable',
] as const;

/** One of {@link ipcErrorCodes}. */
export type IpcErrorCode = (typeof ipcErrorCodes)[number];

/** Schema of the error half of an {@link IpcResult}. */
export const ipcErrorSchema = z
  .object({
    code: z.enum(ipcErrorCodes),
    message: z.string(),
  })
  .strict();

/** An expected failure carried as a value. */
export type IpcError = z.infer<typeof ipcErrorSchema>;

/**
 * What every invoke channel returns: expected failures (offline, cancelled, refused) are values,
 * so callers must look at `ok` before using `value`. Throwing is kept for programmer errors.
 */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

/** Wraps a success value. */
export function ok<T>(value: T): IpcResult<T> {
  return { ok: true, value };
}

/** Builds an expected failure. */
export function fail<T = never>(code: IpcErrorCode, message: string): IpcResult<T> {
  return { ok: false, error: { code, message } };
}

/** Builds the schema of an {@link IpcResult} around a value schema (used on the wire). */
export function ipcResultSchema<T extends z.ZodType>(value: T) {
  return z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), value }).strict(),
    z.object({ ok: z.literal(false), error: ipcErrorSchema }).strict(),
  ]);
}
