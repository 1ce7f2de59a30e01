import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Sop } from '../../../../../shared/domain/sops/sop';
import type { SopVersion } from '../../../../../shared/domain/sops/sopVersions';
import { DialogForm } from '../../../components/DialogForm';
import { TextAreaField } from '../../../components/fields/TextAreaField';
import { TextField } from '../../../components/fields/TextField';
import { issueTextAt, unplacedIssueMessages } from '../../../lib/fieldIssueText';
import { useIssueSubmit } from '../../../lib/useIssueSubmit';
import { useOperatorName } from '../../../lib/useOperatorName';
import { publishSop, sopIssueMessageKey } from '../sopCommands';
import { PublishSummary } from './PublishSummary';

/** Props of {@link PublishSopDialog}. */
export type PublishSopDialogProps = {
  sop: Sop;
  /** The latest published version (what the draft is compared with), undefined before the first. */
  latest: SopVersion | undefined;
  onClose: () => void;
};

/** The fields the dialog shows issues beside; "nothing changed" shows at the top. */
const placedPaths = ['changeNote', 'publishedBy'] as const;

/**
 * "Publish…": freezes the working draft as the next version with a change note (required) and
 * the publisher's name. It first sums up what is being published (the changes since the latest
 * version, with a link to the full diff), then asks for the note and the name (prefilled with the name remembered on this device, and remembered again
 * when publishing succeeds). A draft equal to the latest version is refused with a message
 * saying there is nothing to publish.
 */
export function PublishSopDialog({ sop, latest, onClose }: PublishSopDialogProps) {
  const { t } = useTranslation();
  const form = useIssueSubmit();
  const [operatorName, setOperatorName] = useOperatorName();
  const [changeNote, setChangeNote] = useState('');
  const [publishedBy, setPublishedBy] = useState(operatorName);
  const { issues } = form;
  const errorFor = (path: (typeof placedPaths)[number]) =>
    issueTextAt(issues, path, t, sopIssueMessageKey);

  async function publish() {
    await form.submit(
      () => publishSop(sop.id, changeNote, publishedBy),
      () => {
        setOperatorName(publishedBy);
        onClose();
      },
    );
  }

  return (
    <DialogForm
      title={t('sops.library.publish.title', { title: sop.content.title })}
      onRequestClose={onClose}
      form={form}
      onSubmit={publish}
      otherErrors={unplacedIssueMessages(issues, placedPaths, t, sopIssueMessageKey)}
      labels={{
        cancel: t('sops.library.publish.cancel'),
        save: t('sops.library.publish.publish'),
        saving: t('sops.library.publish.publishing'),
      }}
      formClassName="sop-publish-form"
    >
      <p>{t('sops.library.publish.intro')}</p>
      <PublishSummary sop={sop} latest={latest} />
      <TextAreaField
        label={t('sops.library.publish.changeNote')}
        hint={t('sops.library.publish.changeNoteHint')}
        error={errorFor('changeNote')}
        value={changeNote}
        rows={3}
        onChange={setChangeNote}
      />
      <TextField
        label={t('sops.library.publish.name')}
        hint={t('sops.library.publish.nameHint')}
        error={errorFor('publishedBy')}
        value={publishedBy}
        onChange={setPublishedBy}
      />
    </DialogForm>
  );
}
