import type { TFunction } from 'i18next';
import type { IncidentInput } from '../../../../../shared/domain/incidents/incident';
import { changedFactFields } from './incidentFactsDraft';
import type { FactField } from './incidentFactsDraft';

/** How a change summary names values that are data rather than messages. */
export type FactValueNames = {
  /** The name of a severity level id in the UI language. */
  severity: (severityId: string) => string;
  /** The name of a crisis type id; null is "not known yet". */
  crisisType: (crisisTypeId: string | null) => string;
};

/** Fields the summary words on their own ("Severity SEV 2 → SEV 1"); the rest are only named. */
const describedFields: ReadonlySet<FactField> = new Set([
  'title',
  'severityId',
  'priority',
  'crisisTypeId',
  'visibility',
  'isExercise',
]);

/**
 * The timeline text of an edit of an incident's facts, in the UI language: the notable changes
 * worded ("Severity SEV 2 · Major → SEV 1 · Critical; Priority P2 — today → P1 — now"), then the
 * other changed fields named ("Also changed: tags, affected audiences"). Empty when nothing
 * changed, so no entry is written.
 */
export function factChangeSummary(
  before: IncidentInput,
  after: IncidentInput,
  t: TFunction,
  names: FactValueNames,
): string {
  const changed = changedFactFields(before, after);
  const parts: string[] = [];
  for (const field of changed) {
    switch (field) {
      case 'title':
        parts.push(t('incidents.page.edit.changes.title', { to: after.title.trim() }));
        break;
      case 'severityId':
        parts.push(
          t('incidents.page.edit.changes.severity', {
            from: names.severity(before.severityId),
            to: names.severity(after.severityId),
          }),
        );
        break;
      case 'priority':
        parts.push(
          t('incidents.page.edit.changes.priority', {
            from: t(`incidents.priorities.${before.priority}`),
            to: t(`incidents.priorities.${after.priority}`),
          }),
        );
        break;
      case 'crisisTypeId':
        parts.push(
          t('incidents.page.edit.changes.crisisType', {
            from: names.crisisType(before.crisisTypeId),
            to: names.crisisType(after.crisisTypeId),
          }),
        );
        break;
      case 'visibility':
        parts.push(
          t('incidents.page.edit.changes.visibility', {
            from: t(`incidents.visibilities.${before.visibility}`),
            to: t(`incidents.visibilities.${after.visibility}`),
          }),
        );
        break;
      case 'isExercise':
        parts.push(
          t(
            after.isExercise
              ? 'incidents.page.edit.changes.exerciseOn'
              : 'incidents.page.edit.changes.exerciseOff',
          ),
        );
        break;
      default:
        break;
    }
  }
  const others = changed.filter((field) => !describedFields.has(field));
  if (others.length > 0) {
    parts.push(
      t('incidents.page.edit.changes.other', {
        fields: others
          .map((field) => t(`incidents.page.edit.fields.${field}`))
          .join(t('incidents.page.edit.changes.listSeparator')),
      }),
    );
  }
  return parts.join(t('incidents.page.edit.changes.separator'));
}
