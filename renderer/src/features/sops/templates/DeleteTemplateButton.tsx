import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { StoredStatementTemplate } from '../../../../../shared/domain/sops/statementTemplates';
import { ConfirmedDeleteButton } from '../../../components/ConfirmedDeleteButton';
import { useAppStore } from '../../../stores/appStore';
import { deleteTemplate, sopIssueMessageKey } from '../sopCommands';

/** Props of {@link DeleteTemplateButton}. */
export type DeleteTemplateButtonProps = {
  template: StoredStatementTemplate;
  /** How many statements filled from the template are not released (deleted with it). */
  unreleasedCount: number;
  /** How many statements from the template were released (kept as the record). */
  releasedCount: number;
};

/** The question's text: what is deleted with the template and what is kept. */
function useDeleteMessage(unreleasedCount: number, releasedCount: number): string {
  const { t } = useTranslation();
  if (releasedCount === 0) {
    return unreleasedCount === 0
      ? t('sops.templates.page.delete.message')
      : t('sops.templates.page.delete.messageWithStatements', { count: unreleasedCount });
  }
  return unreleasedCount === 0
    ? t('sops.templates.page.delete.messageKeepsReleased', { count: releasedCount })
    : t('sops.templates.page.delete.messageWithBoth', {
        count: releasedCount,
        unreleased: t('sops.templates.page.delete.unreleasedCount', { count: unreleasedCount }),
      });
}

/**
 * "Delete": asks first, saying how many unreleased statements go with the template and that
 * released ones are kept as the record of what was said, then deletes (the command offers Undo in
 * a notice) and goes back to the template list. A refusal is explained in a notice.
 */
export function DeleteTemplateButton({
  template,
  unreleasedCount,
  releasedCount,
}: DeleteTemplateButtonProps) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const message = useDeleteMessage(unreleasedCount, releasedCount);

  async function deleteAndLeave() {
    const result = await deleteTemplate(template.id);
    if (result.ok) {
      navigate('~/sops/templates');
      return;
    }
    useAppStore.getState().pushNotice({
      kind: 'error',
      messageKey: 'sops.templates.page.delete.failed',
      params: { reason: t(sopIssueMessageKey(result.issues[0]?.code ?? 'invalid')) },
    });
  }

  return (
    <ConfirmedDeleteButton
      buttonLabel={t('sops.templates.page.delete.button')}
      title={t('sops.templates.page.delete.title', { title: template.title })}
      message={message}
      confirmLabel={t('sops.templates.page.delete.confirm')}
      cancelLabel={t('sops.templates.page.delete.cancel')}
      onDelete={deleteAndLeave}
    />
  );
}
