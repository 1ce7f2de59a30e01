import type { TFunction } from 'i18next';
import { fieldIssueMessageKey } from '../riskCommands';
import type { FieldIssue } from '../riskCommands';
import { issueTextAt, unplacedIssueMessages } from '../../../lib/fieldIssueText';

/**
 * The translated message of the first issue at `path` or below it (`inherent` also covers
 * `inherent.likelihood`), or undefined when that field has none. Forms show it under the field.
 */
export function fieldIssueText(
  issues: readonly FieldIssue[],
  path: string,
  t: TFunction,
): string | undefined {
  return issueTextAt(issues, path, t, fieldIssueMessageKey);
}

/**
 * The translated messages of issues no field of the form shows (a storage failure at path '',
 * or a field the form does not edit), each once, for the summary at the top of the form.
 */
export function unplacedIssueTexts(
  issues: readonly FieldIssue[],
  placedPaths: readonly string[],
  t: TFunction,
): string[] {
  return unplacedIssueMessages(issues, placedPaths, t, fieldIssueMessageKey);
}

/** A number field that could not be read, reported like the schema would (`number-format`). */
export function numberIssues(fields: Readonly<Record<string, number | null>>): FieldIssue[] {
  return Object.entries(fields).flatMap(([path, value]) =>
    value !== null && !Number.isFinite(value) ? [{ path, code: 'number-format' }] : [],
  );
}
