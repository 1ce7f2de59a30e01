import type { TFunction } from 'i18next';
import type { MessageKey } from '../i18n/messageKeys';
import type { FieldIssue } from './commandResult';

/**
 * Turning a command's field issues into the messages a form shows, for any feature: each feature
 * passes the function that maps its issue codes to message keys.
 */

/**
 * The translated message of the first issue at `path` or below it (`inherent` also covers
 * `inherent.likelihood`), or undefined when that field has none. Forms show it under the field.
 */
export function issueTextAt(
  issues: readonly FieldIssue[],
  path: string,
  t: TFunction,
  messageKey: (code: string) => MessageKey,
): string | undefined {
  const issue = issues.find(
    (candidate) => candidate.path === path || candidate.path.startsWith(`${path}.`),
  );
  return issue === undefined ? undefined : t(messageKey(issue.code));
}

/**
 * The translated messages of issues no field of the form shows (a storage failure at path '',
 * or a field the form does not edit), each once, for the summary at the top of the form.
 */
export function unplacedIssueMessages(
  issues: readonly FieldIssue[],
  placedPaths: readonly string[],
  t: TFunction,
  messageKey: (code: string) => MessageKey,
): string[] {
  const texts = issues
    .filter(
      (issue) =>
        issue.path === '' ||
        !placedPaths.some((path) => issue.path === path || issue.path.startsWith(`${path}.`)),
    )
    .map((issue) => t(messageKey(issue.code)));
  return [...new Set(texts)];
}
