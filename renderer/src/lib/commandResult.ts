import type { z } from 'zod';
import { toStorageWriteError } from '../db/writeErrors';
import type { MessageKey, MessageParams } from '../i18n/messageKeys';
import { useAppStore } from '../stores/appStore';
import type { NoticeAction, NoticeKind } from '../stores/slices/noticesSlice';

/**
 * The shape every feature's commands share: a command validates with the shared schemas, writes
 * through a repository, and answers with its value or the reasons nothing was written, as field
 * issues the forms show in the user's language.
 */

/**
 * One reason input was refused: the field as a dotted path (`title`, `phones.0.number`, `3.name`
 * for the fourth import entry; empty for the whole form) and a code.
 */
export type FieldIssue = { path: string; code: string };

/** What a command did: its value, or why nothing was written. */
export type CommandResult<T> = { ok: true; value: T } | { ok: false; issues: FieldIssue[] };

/** Codes of failed writes; their messages live under `errors.*`. */
export const storageCodes: ReadonlySet<string> = new Set([
  'storage-full',
  'write-failed',
  'invalid-value',
]);

/** The code of one zod issue: the schema's own message when it is a known code, else by kind. */
function zodIssueCode(issue: z.core.$ZodIssue, isKnownCode: (code: string) => boolean): string {
  if (isKnownCode(issue.message) || storageCodes.has(issue.message)) {
    return issue.message;
  }
  switch (issue.code) {
    case 'too_small':
      return issue.origin === 'string' || issue.origin === 'array' ? 'required' : 'invalid';
    case 'too_big':
      return issue.origin === 'array' ? 'too-many' : 'too-long';
    case 'invalid_value':
    case 'invalid_union':
      return 'unknown-value';
    case 'invalid_format':
      return 'date-format';
    default:
      return 'invalid';
  }
}

/**
 * A converter from zod issues to field issues (deduplicated, paths under `prefix`) for a feature
 * whose validation messages are the codes `isKnownCode` accepts.
 */
export function fieldIssueConverter(
  isKnownCode: (code: string) => boolean,
): (issues: readonly z.core.$ZodIssue[], prefix?: string) => FieldIssue[] {
  return (issues, prefix = '') => {
    const seen = new Set<string>();
    return issues.flatMap((issue) => {
      const path = [prefix, ...issue.path.map(String)].filter((part) => part !== '').join('.');
      const code = zodIssueCode(issue, isKnownCode);
      const key = `${path}\u0000${code}`;
      if (seen.has(key)) {
        return [];
      }
      seen.add(key);
      return [{ path, code }];
    });
  };
}

/** A failed result with one issue on the whole form. */
export function formFailure(code: string): { ok: false; issues: FieldIssue[] } {
  return { ok: false, issues: [{ path: '', code }] };
}

/** Runs a write, turning a thrown storage error into a failed result. */
export async function attemptWrite<T>(
  write: () => Promise<CommandResult<T>>,
): Promise<CommandResult<T>> {
  try {
    return await write();
  } catch (error: unknown) {
    return formFailure(toStorageWriteError(error).code);
  }
}

/** Shows a notice about what a command did, with an optional action (Undo). */
export function announce(
  kind: NoticeKind,
  messageKey: MessageKey,
  params: MessageParams,
  action?: NoticeAction,
): void {
  useAppStore
    .getState()
    .pushNotice({ kind, messageKey, params, ...(action === undefined ? {} : { action }) });
}
