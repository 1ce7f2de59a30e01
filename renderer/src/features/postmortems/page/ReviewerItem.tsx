import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Postmortem, Reviewer } from '../../../../../shared/domain/postmortems/postmortem';
import { TextAreaField } from '../../../components/fields/TextAreaField';
import { useLanguage } from '../../../i18n/useLanguage';
import { formatDateTime } from '../../../lib/dates';
import { decideReview, postmortemIssueMessageKey } from '../postmortemCommands';

/** Props of {@link ReviewerItem}. */
export type ReviewerItemProps = {
  postmortem: Postmortem;
  reviewer: Reviewer;
  /** True while the list may change (draft or in review). */
  canRemove: boolean;
  onRemove: () => void;
};

/**
 * One reviewer, as a group named after them: their decision with its time and comment, and while
 * the postmortem is in review a comment field with "Approve" and "Request changes".
 */
export function ReviewerItem({ postmortem, reviewer, canRemove, onRemove }: ReviewerItemProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [comment, setComment] = useState(reviewer.comment);
  const [error, setError] = useState<string | undefined>(undefined);
  const [isSaving, setIsSaving] = useState(false);
  const decision = t(`postmortems.reviewerDecisions.${reviewer.decision}`);

  async function decide(choice: Reviewer['decision']) {
    setIsSaving(true);
    try {
      const result = await decideReview(postmortem.id, reviewer.id, choice, comment);
      setError(
        result.ok ? undefined : t(postmortemIssueMessageKey(result.issues[0]?.code ?? 'invalid')),
      );
    } finally {
      setIsSaving(false);
    }
  }

  return (
    <li className="postmortem-list__item">
      <div role="group" aria-label={reviewer.name} className="postmortem-reviewer">
        <p className="postmortem-reviewer__name">
          <strong>{reviewer.name}</strong>{' '}
          <span
            className={`postmortem-reviewer__decision postmortem-reviewer__decision--${reviewer.decision}`}
          >
            {reviewer.decidedAt === null
              ? decision
              : t('postmortems.page.decidedAt', {
                  decision,
                  time: formatDateTime(reviewer.decidedAt, language),
                })}
          </span>
        </p>
        {reviewer.comment !== '' && postmortem.status !== 'in-review' && (
          <p className="postmortem-reviewer__comment">{reviewer.comment}</p>
        )}
        {postmortem.status === 'in-review' && (
          <>
            <TextAreaField
              label={t('postmortems.page.comment')}
              error={error}
              rows={2}
              value={comment}
              onChange={setComment}
            />
            <div className="button-row">
              <button type="button" disabled={isSaving} onClick={() => void decide('approved')}>
                {t('postmortems.page.approve')}
              </button>
              <button
                type="button"
                disabled={isSaving}
                onClick={() => void decide('changes-requested')}
              >
                {t('postmortems.page.requestChanges')}
              </button>
            </div>
          </>
        )}
        {canRemove && (
          <button type="button" onClick={onRemove}>
            {t('postmortems.page.removeReviewer', { name: reviewer.name })}
          </button>
        )}
        {error !== undefined && postmortem.status !== 'in-review' && (
          <p role="alert" className="field__error">
            {error}
          </p>
        )}
      </div>
    </li>
  );
}
