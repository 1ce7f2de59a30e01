import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { CoverageIssue } from '../../../../../shared/domain/roster/coverage';
import type { AvailabilityAt } from '../../../../../shared/domain/roster/availability';
import { useLanguage } from '../../../i18n/useLanguage';
import { formatCalendarDate, formatDateTime } from '../../../lib/dates';
import { personDisplayName, usePositionLabel, useQualificationName } from '../rosterLabels';
import { usePeopleById } from '../useRosterData';

/**
 * A coverage issue as one sentence in the UI language ("Ana Lee (Primary) is unavailable: On
 * leave, back at …"), shared by the roles page, the coverage check and the Dashboard card so the
 * same problem reads the same everywhere.
 */
export function useCoverageIssueText(): (issue: CoverageIssue) => string {
  const { t } = useTranslation();
  const language = useLanguage();
  const peopleById = usePeopleById();
  const positionLabel = usePositionLabel();
  const qualificationName = useQualificationName();

  const nameOf = useCallback(
    (personId: string) => {
      const person = peopleById?.get(personId);
      return person === undefined ? t('roster.roles.unknownPerson') : personDisplayName(person);
    },
    [peopleById, t],
  );

  const reasonOf = useCallback(
    (availability: AvailabilityAt) => {
      if (availability.reason === 'outside-hours') {
        return t('roster.availability.outside-hours');
      }
      const absenceReason = availability.absence?.reason;
      return absenceReason === undefined
        ? t('roster.availability.away')
        : t(`roster.absenceReasons.${absenceReason}`);
    },
    [t],
  );

  return useCallback(
    (issue: CoverageIssue) => {
      switch (issue.kind) {
        case 'no-primary':
        case 'no-backup':
        case 'nobody-available':
          return t(`roster.coverageIssues.${issue.kind}`);
        case 'holder-unavailable': {
          const sentence = t('roster.coverageIssues.holder-unavailable', {
            name: nameOf(issue.personId),
            position: positionLabel(issue.position),
          });
          const reason = reasonOf(issue.availability);
          return issue.availability.until === null
            ? t('roster.roles.issues.unavailableFor', { issue: sentence, reason })
            : t('roster.roles.issues.unavailableUntil', {
                issue: sentence,
                reason,
                time: formatDateTime(issue.availability.until, language),
              });
        }
        case 'qualification-missing':
        case 'qualification-expired':
        case 'qualification-expiring':
          return t(`roster.coverageIssues.${issue.kind}`, {
            name: nameOf(issue.personId),
            position: positionLabel(issue.position),
            qualification: qualificationName(issue.qualificationTypeId),
            date: issue.expiresOn === null ? '' : formatCalendarDate(issue.expiresOn, language),
          });
      }
    },
    [t, language, nameOf, reasonOf, positionLabel, qualificationName],
  );
}
