import type { z } from 'zod';
import type { InvokeOutput } from '../../../../shared/ipc/contract';
import type { IpcResult } from '../../../../shared/ipc/result';
import { defaultIntervalMinutes, sourceConfigSchema } from '../../../../shared/monitoring/source';
import type { SourceConfig } from '../../../../shared/monitoring/source';
import { getDatabase } from '../../db/database';
import type { CrisisRoomDatabase } from '../../db/database';
import {
  deleteSourceAndData,
  putSourceConfig,
  updateSourceEnabled,
} from '../../db/repositories/monitoringSourceRepository';
import { toStorageWriteError } from '../../db/writeErrors';
import { getBridge } from '../../ipc/client';

/**
 * Codes the shared source schema puts in its own messages; the form shows
 * `monitoring.sourceIssues.<code>` for each.
 */
export const sourceIssueCodes = [
  'source-url-invalid',
  'source-url-credentials',
  'json-mapping-required',
  'json-path-syntax',
  'json-path-forbidden',
  'header-name-syntax',
  'header-name-reserved',
  'header-value-syntax',
  'required',
  'too-small',
  'too-big',
  'invalid-value',
  'invalid-format',
  'invalid-type',
  'unrecognized-keys',
  'invalid',
  'storage-full',
  'write-failed',
] as const;

/** One of {@link sourceIssueCodes}. */
export type SourceIssueCode = (typeof sourceIssueCodes)[number];

/**
 * One reason a source cannot be saved: the field it is about as a dotted path (`url`,
 * `headers.0.name`, `jsonMapping.title`; empty for the whole form, as for a failed write) and a
 * code the form translates.
 */
export type SourceIssue = { path: string; code: SourceIssueCode };

/** Result of {@link saveSource}. */
export type SaveSourceResult =
  { ok: true; source: SourceConfig } | { ok: false; issues: SourceIssue[] };

/** A code for one zod issue: the schema's own message when it is a code, else by issue kind. */
function issueCode(issue: z.core.$ZodIssue): SourceIssueCode {
  const ownCode = sourceIssueCodes.find((code) => code === issue.message);
  if (ownCode !== undefined) {
    return ownCode;
  }
  switch (issue.code) {
    case 'too_small':
      return issue.origin === 'string' && Number(issue.minimum) === 1 ? 'required' : 'too-small';
    case 'too_big':
      return 'too-big';
    case 'invalid_value':
      return 'invalid-value';
    case 'invalid_format':
      return 'invalid-format';
    case 'invalid_type':
      return 'invalid-type';
    case 'unrecognized_keys':
      return 'unrecognized-keys';
    default:
      return 'invalid';
  }
}

/** Maps zod issues to field paths and codes, one per path and code. */
function toSourceIssues(issues: readonly z.core.$ZodIssue[]): SourceIssue[] {
  const seen = new Set<string>();
  const result: SourceIssue[] = [];
  for (const issue of issues) {
    const mapped = { path: issue.path.map(String).join('.'), code: issueCode(issue) };
    const key = `${mapped.path}\n${mapped.code}`;
    if (!seen.has(key)) {
      seen.add(key);
      result.push(mapped);
    }
  }
  return result;
}

/** A fresh id for a new source, valid for `sourceIdSchema`. */
function newSourceId(): string {
  return crypto.randomUUID();
}

/**
 * A new, unsaved source for the "Add source" form: a fresh id, an RSS feed scanned hourly,
 * enabled, no tags, headers, charset override or JSON mapping. Name and URL are empty, so it
 * does not validate until the user fills them in.
 */
export function newSourceDraft(): SourceConfig {
  return {
    id: newSourceId(),
    name: '',
    url: '',
    kind: 'rss',
    intervalMinutes: defaultIntervalMinutes,
    enabled: true,
    tags: [],
    charset: null,
    headers: [],
    jsonMapping: null,
  };
}

/**
 * Validates and saves a source from the form (new or edited). Invalid input comes back as field
 * issues and nothing is stored; a failed write comes back as one issue with an empty path and
 * code `storage-full` or `write-failed`. Changing the URL, kind, charset, headers or mapping
 * drops the stored ETag/Last-Modified so the next fetch reads the feed whole. The sync sends the
 * changed list to the main process by itself. Never rejects.
 */
export async function saveSource(
  input: unknown,
  db: CrisisRoomDatabase = getDatabase(),
  now: () => number = Date.now,
): Promise<SaveSourceResult> {
  const parsed = sourceConfigSchema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, issues: toSourceIssues(parsed.error.issues) };
  }
  try {
    await putSourceConfig(parsed.data, now(), db);
    return { ok: true, source: parsed.data };
  } catch (error: unknown) {
    const failure = toStorageWriteError(error);
    const code: SourceIssueCode = failure.code === 'storage-full' ? 'storage-full' : 'write-failed';
    return { ok: false, issues: [{ path: '', code }] };
  }
}

/**
 * Deletes a source with its items, fetch log and coverage in one transaction and says how many
 * items went with it. Its records still in the outbox are acknowledged without being stored.
 * Rejects with a StorageWriteError when the delete fails (then nothing was deleted).
 */
export async function deleteSource(
  id: string,
  db: CrisisRoomDatabase = getDatabase(),
): Promise<{ removedItems: number }> {
  const { removedItems } = await deleteSourceAndData(id, db);
  return { removedItems };
}

/**
 * Turns scheduled fetching of a source on or off; resolves false when the source does not exist.
 * Rejects with a StorageWriteError when the write fails.
 */
export function setSourceEnabled(
  id: string,
  isEnabled: boolean,
  db: CrisisRoomDatabase = getDatabase(),
  now: () => number = Date.now,
): Promise<boolean> {
  return updateSourceEnabled(id, isEnabled, now(), db);
}

/**
 * Asks the main process to fetch one source now, or every enabled source when `sourceId` is
 * null. The results arrive as records like any scheduled fetch.
 */
export function runNow(
  sourceId: string | null,
): Promise<IpcResult<InvokeOutput<'monitoring:run-now'>>> {
  return getBridge().monitoringRunNow({ sourceId });
}

/**
 * Fetches a source as typed in the form, without saving or scheduling it, and returns a preview
 * of what it would find. The configuration must already be valid (see {@link saveSource}'s
 * checks); an invalid one comes back as `invalid-payload`.
 */
export function testSource(
  config: SourceConfig,
): Promise<IpcResult<InvokeOutput<'monitoring:test-source'>>> {
  return getBridge().monitoringTestSource({ source: config });
}

/**
 * Validates a source as typed without saving it: the same issues {@link saveSource} would
 * return, or the parsed configuration (trimmed) ready for {@link testSource}.
 */
export function validateSource(input: unknown): SaveSourceResult {
  const parsed = sourceConfigSchema.safeParse(input);
  return parsed.success
    ? { ok: true, source: parsed.data }
    : { ok: false, issues: toSourceIssues(parsed.error.issues) };
}
