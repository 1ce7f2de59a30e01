import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseISO } from 'date-fns';
import { absenceReasons } from '../../../../../shared/domain/roster/person';
import type { AbsenceReason, Person } from '../../../../../shared/domain/roster/person';
import { DialogForm } from '../../../components/DialogForm';
import { SelectField } from '../../../components/fields/SelectField';
import { TextAreaField } from '../../../components/fields/TextAreaField';
import { issueTextAt, unplacedIssueMessages } from '../../../lib/fieldIssueText';
import { useIssueSubmit } from '../../../lib/useIssueSubmit';
import { markUnavailable, rosterIssueMessageKey } from '../rosterCommands';
import { personDisplayName } from '../rosterLabels';
import { DateTimeField } from './form/DateTimeField';

/** Props of {@link MarkUnavailableDialog}. */
export type MarkUnavailableDialogProps = {
  person: Person;
  onClose: () => void;
};

/** What the dialog holds while it is open: the until field stays as typed (device-local). */
type UnavailableDraft = { reason: AbsenceReason; until: string; note: string };

/** The fields the dialog shows issues beside. */
const placedPaths = ['reason', 'until', 'note'] as const;

/**
 * "Mark unavailable": records an absence starting now, with a reason, an optional end (a local
 * date and time on this device; empty means until someone marks them available) and a note.
 * The call tree and the coverage check skip the person from that moment.
 */
export function MarkUnavailableDialog({ person, onClose }: MarkUnavailableDialogProps) {
  const { t } = useTranslation();
  const form = useIssueSubmit();
  const [draft, setDraft] = useState<UnavailableDraft>({
    reason: 'unreachable',
    until: '',
    note: '',
  });
  const { issues } = form;
  const errorFor = (path: (typeof placedPaths)[number]) =>
    issueTextAt(issues, path, t, rosterIssueMessageKey);

  function change(update: Partial<UnavailableDraft>) {
    setDraft((current) => ({ ...current, ...update }));
  }

  async function save() {
    // `datetime-local` gives a wall-clock time without a zone, read in the device's zone.
    const until = draft.until === '' ? null : parseISO(draft.until).getTime();
    if (until !== null && Number.isNaN(until)) {
      form.showIssues([{ path: 'until', code: 'invalid' }]);
      return;
    }
    await form.submit(
      () => markUnavailable(person.id, { reason: draft.reason, note: draft.note, until }),
      onClose,
    );
  }

  return (
    <DialogForm
      title={t('roster.people.person.markUnavailable.title', { name: personDisplayName(person) })}
      onRequestClose={onClose}
      className="modal--narrow"
      form={form}
      onSubmit={save}
      otherErrors={unplacedIssueMessages(issues, placedPaths, t, rosterIssueMessageKey)}
      labels={{
        cancel: t('roster.people.person.markUnavailable.cancel'),
        save: t('roster.people.person.markUnavailable.confirm'),
        saving: t('roster.people.person.markUnavailable.saving'),
      }}
      formClassName="person-quick-form"
    >
      <SelectField
        label={t('roster.people.person.markUnavailable.reason')}
        error={errorFor('reason')}
        value={draft.reason}
        options={absenceReasons}
        optionLabel={(reason) => t(`roster.absenceReasons.${reason}`)}
        onChange={(reason) => change({ reason })}
      />
      <DateTimeField
        label={t('roster.people.person.markUnavailable.until')}
        hint={t('roster.people.person.markUnavailable.untilHint')}
        error={errorFor('until')}
        value={draft.until}
        onChange={(until) => change({ until })}
      />
      <TextAreaField
        label={t('roster.people.person.markUnavailable.note')}
        error={errorFor('note')}
        value={draft.note}
        rows={3}
        onChange={(note) => change({ note })}
      />
    </DialogForm>
  );
}
