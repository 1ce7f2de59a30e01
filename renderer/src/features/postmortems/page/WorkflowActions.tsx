import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { allowedPostmortemMoves } from '../../../../../shared/domain/postmortems/postmortem';
import type {
  Postmortem,
  PostmortemStatus,
} from '../../../../../shared/domain/postmortems/postmortem';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { postmortemsDomainEn } from '../../../i18n/resources/postmortems/postmortemsDomainMessages';
import { useOperatorName } from '../../../lib/useOperatorName';
import { movePostmortem, postmortemIssueMessageKey } from '../postmortemCommands';

/** Props of {@link WorkflowActions}. */
export type WorkflowActionsProps = {
  postmortem: Postmortem;
  /** True while the editor holds unsaved edits: the review must read the saved text. */
  hasUnsavedEdits: boolean;
};

/** The key of a move's button label under `postmortems.moves`. */
type MoveKey = keyof typeof postmortemsDomainEn.moves;

/** True when `key` names a move with a button label. */
function isMoveKey(key: string): key is MoveKey {
  return Object.hasOwn(postmortemsDomainEn.moves, key);
}

/** The moves allowed from `from`, each with its button label key. */
function offeredMoves(from: PostmortemStatus): { to: PostmortemStatus; labelKey: MoveKey }[] {
  return allowedPostmortemMoves(from).flatMap((to) => {
    const key = `${from}-${to}`;
    return isMoveKey(key) ? [{ to, labelKey: key }] : [];
  });
}

/** The moves that ask before they happen: publishing starts follow-ups, reopening resets reviews. */
type ConfirmedMove = 'publish' | 'reopen';

/**
 * The review workflow's buttons allowed from the current status ("Send for review", "Back to
 * draft", "Publish", "Reopen for correction"), acting as the operator. Publishing asks first,
 * saying that linked action items open SOP drafts and schedule risk reviews; reopening asks first
 * because every approval is reset. A refused move (no reviewers, no lessons, reviews pending)
 * says why beside the buttons.
 */
export function WorkflowActions({ postmortem, hasUnsavedEdits }: WorkflowActionsProps) {
  const { t } = useTranslation();
  const [operator] = useOperatorName();
  const [refusal, setRefusal] = useState<string | null>(null);
  const [asking, setAsking] = useState<ConfirmedMove | null>(null);
  const [isMoving, setIsMoving] = useState(false);
  const from = postmortem.status;

  async function move(to: PostmortemStatus) {
    setAsking(null);
    if (to === 'in-review' && hasUnsavedEdits) {
      setRefusal(t('postmortems.page.saveFirst'));
      return;
    }
    setIsMoving(true);
    try {
      const result = await movePostmortem(postmortem.id, to, operator);
      setRefusal(
        result.ok ? null : t(postmortemIssueMessageKey(result.issues[0]?.code ?? 'invalid')),
      );
    } finally {
      setIsMoving(false);
    }
  }

  function request(to: PostmortemStatus) {
    if (to === 'published') {
      setAsking('publish');
    } else if (from === 'published' && to === 'draft') {
      setAsking('reopen');
    } else {
      void move(to);
    }
  }

  return (
    <div className="postmortem-workflow">
      <div role="group" aria-label={t('postmortems.page.workflow')} className="button-row">
        {offeredMoves(from).map(({ to, labelKey }) => (
          <button
            key={to}
            type="button"
            className={to === 'published' || to === 'in-review' ? 'button--primary' : undefined}
            disabled={isMoving}
            onClick={() => request(to)}
          >
            {t(`postmortems.moves.${labelKey}`)}
          </button>
        ))}
      </div>
      {isMoving && <p role="status">{t('postmortems.page.moving')}</p>}
      {refusal !== null && (
        <p role="alert" className="field__error">
          {refusal}
        </p>
      )}
      {asking === 'publish' && (
        <ConfirmDialog
          title={t('postmortems.page.publishTitle')}
          message={t('postmortems.page.publishMessage')}
          confirmLabel={t('postmortems.page.publishConfirm')}
          cancelLabel={t('postmortems.page.cancel')}
          isBusy={isMoving}
          onConfirm={() => void move('published')}
          onCancel={() => setAsking(null)}
        />
      )}
      {asking === 'reopen' && (
        <ConfirmDialog
          title={t('postmortems.page.reopenTitle')}
          message={t('postmortems.page.reopenMessage')}
          confirmLabel={t('postmortems.page.reopenConfirm')}
          cancelLabel={t('postmortems.page.cancel')}
          isBusy={isMoving}
          onConfirm={() => void move('draft')}
          onCancel={() => setAsking(null)}
        />
      )}
    </div>
  );
}
