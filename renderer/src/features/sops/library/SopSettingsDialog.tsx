import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { maxReviewIntervalDays } from '../../../../../shared/domain/sops/sop';
import type { Sop } from '../../../../../shared/domain/sops/sop';
import { DialogForm } from '../../../components/DialogForm';
import { SelectField } from '../../../components/fields/SelectField';
import { WholeNumberField } from '../../../components/fields/WholeNumberField';
import { issueTextAt, unplacedIssueMessages } from '../../../lib/fieldIssueText';
import { useIssueSubmit } from '../../../lib/useIssueSubmit';
import { useRoles } from '../../roster';
import { sopIssueMessageKey, updateSopSettings } from '../sopCommands';
import { useRoleNameOf } from '../sopFormat';

/** Props of {@link SopSettingsDialog}. */
export type SopSettingsDialogProps = {
  sop: Sop;
  onClose: () => void;
};

/** The fields the dialog shows issues beside. */
const placedPaths = ['ownerRoleId', 'reviewIntervalDays'] as const;

/** The select's value for "no owner role" (role ids are never empty). */
const noOwnerValue = '';

/**
 * "Owner and review…": the SOP's owner role (any crisis role, or none) and how many days pass
 * between reviews. The interval stays as typed, so an unreadable entry is refused, not lost.
 */
export function SopSettingsDialog({ sop, onClose }: SopSettingsDialogProps) {
  const { t } = useTranslation();
  const form = useIssueSubmit();
  const roles = useRoles();
  const roleNameOf = useRoleNameOf();
  const [ownerRoleId, setOwnerRoleId] = useState(sop.ownerRoleId ?? noOwnerValue);
  const [intervalText, setIntervalText] = useState(String(sop.reviewIntervalDays));
  const { issues } = form;
  const errorFor = (path: (typeof placedPaths)[number]) =>
    issueTextAt(issues, path, t, sopIssueMessageKey);
  const roleOptions = useMemo(() => {
    const ids = (roles ?? []).map(({ id }) => id);
    // A role removed since it was chosen stays selectable, so opening the dialog changes nothing.
    const current = sop.ownerRoleId;
    return [noOwnerValue, ...(current === null || ids.includes(current) ? [] : [current]), ...ids];
  }, [roles, sop.ownerRoleId]);

  async function save() {
    const reviewIntervalDays = Number(intervalText.trim());
    if (intervalText.trim() === '' || !Number.isInteger(reviewIntervalDays)) {
      form.showIssues([{ path: 'reviewIntervalDays', code: 'interval-range' }]);
      return;
    }
    await form.submit(
      () =>
        updateSopSettings(sop.id, {
          ownerRoleId: ownerRoleId === noOwnerValue ? null : ownerRoleId,
          reviewIntervalDays,
        }),
      onClose,
    );
  }

  return (
    <DialogForm
      title={t('sops.library.settings.title', { title: sop.content.title })}
      onRequestClose={onClose}
      className="modal--narrow"
      form={form}
      onSubmit={save}
      otherErrors={unplacedIssueMessages(issues, placedPaths, t, sopIssueMessageKey)}
      labels={{
        cancel: t('sops.library.settings.cancel'),
        save: t('sops.library.settings.save'),
        saving: t('sops.library.settings.saving'),
      }}
      formClassName="sop-settings-form"
    >
      <SelectField
        label={t('sops.library.settings.owner')}
        error={errorFor('ownerRoleId')}
        value={ownerRoleId}
        options={roleOptions}
        optionLabel={(id) => roleNameOf(id === noOwnerValue ? null : id)}
        onChange={setOwnerRoleId}
      />
      <WholeNumberField
        label={t('sops.library.settings.interval')}
        hint={t('sops.library.settings.intervalHint')}
        error={errorFor('reviewIntervalDays')}
        value={intervalText}
        onChange={setIntervalText}
        min={1}
        max={maxReviewIntervalDays}
      />
    </DialogForm>
  );
}
