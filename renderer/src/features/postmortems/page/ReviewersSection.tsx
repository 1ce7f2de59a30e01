import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Postmortem, Reviewer } from '../../../../../shared/domain/postmortems/postmortem';
import { TextField } from '../../../components/fields/TextField';
import { announce } from '../../../lib/commandResult';
import { issueTextAt } from '../../../lib/fieldIssueText';
import { personDisplayName, usePeople } from '../../roster';
import { postmortemIssueMessageKey, restoreReviewer, saveReviewers } from '../postmortemCommands';
import { ReviewerItem } from './ReviewerItem';

/** Props of {@link ReviewersSection}. */
export type ReviewersSectionProps = {
  postmortem: Postmortem;
  /** Makes the id of a new reviewer. */
  newId?: () => string;
};

/** A new random id. */
function randomId(): string {
  return crypto.randomUUID();
}

/**
 * The reviewers: added from the roster (the name field suggests the roster's people; a name that
 * matches one is linked to that person) or as a typed name, and removed with Undo (which puts
 * back only that reviewer, pending, beside whoever is listed by then), while the postmortem is a
 * draft or in review. While it is in review, each reviewer approves or requests
 * changes with a comment; each decision shows with its time.
 */
export function ReviewersSection({ postmortem, newId = randomId }: ReviewersSectionProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const people = usePeople();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const canChangeList = postmortem.status !== 'published';
  const names = (people ?? []).map((person) => personDisplayName(person));

  async function add() {
    const typed = name.trim();
    if (typed === '') {
      return;
    }
    const isListed = postmortem.reviewers.some(
      (reviewer) => reviewer.name.toLocaleLowerCase() === typed.toLocaleLowerCase(),
    );
    if (isListed) {
      setError(t('postmortems.page.reviewerExists'));
      return;
    }
    const person = (people ?? []).find((candidate) => personDisplayName(candidate) === typed);
    const reviewer: Reviewer = {
      id: newId(),
      personId: person?.id ?? null,
      name: typed,
      decision: 'pending',
      comment: '',
      decidedAt: null,
    };
    const result = await saveReviewers(postmortem.id, [...postmortem.reviewers, reviewer]);
    if (result.ok) {
      setName('');
      setError(undefined);
      return;
    }
    setError(
      issueTextAt(result.issues, '', t, postmortemIssueMessageKey) ??
        t(postmortemIssueMessageKey(result.issues[0]?.code ?? 'invalid')),
    );
  }

  async function remove(reviewer: Reviewer) {
    const result = await saveReviewers(
      postmortem.id,
      postmortem.reviewers.filter(({ id }) => id !== reviewer.id),
    );
    if (!result.ok) {
      setError(t(postmortemIssueMessageKey(result.issues[0]?.code ?? 'invalid')));
      return;
    }
    announce(
      'info',
      'postmortems.page.reviewerRemoved',
      { name: reviewer.name },
      {
        labelKey: 'notices.undo',
        run: () => {
          // Only the removed reviewer comes back: the list and decisions may have changed since.
          restoreReviewer(postmortem.id, reviewer).then(
            (undone) => {
              if (undone.ok) {
                announce('success', 'postmortems.page.reviewerRestored', { name: reviewer.name });
              } else {
                announce('error', 'postmortems.page.undoFailed', {
                  reason: t(postmortemIssueMessageKey(undone.issues[0]?.code ?? 'invalid')),
                });
              }
            },
            () => announce('error', 'postmortems.page.undoFailed', { reason: '' }),
          );
        },
      },
    );
  }

  return (
    <section className="postmortem-reviewers" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('postmortems.page.reviewers')}</h3>
      {postmortem.reviewers.length === 0 ? (
        <p>{t('postmortems.page.noReviewers')}</p>
      ) : (
        <ul className="postmortem-list">
          {postmortem.reviewers.map((reviewer) => (
            <ReviewerItem
              key={reviewer.id}
              postmortem={postmortem}
              reviewer={reviewer}
              canRemove={canChangeList}
              onRemove={() => void remove(reviewer)}
            />
          ))}
        </ul>
      )}
      {canChangeList && (
        <form
          className="postmortem-reviewers__add"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void add();
          }}
        >
          <TextField
            label={t('postmortems.page.reviewerName')}
            hint={t('postmortems.page.reviewerHint')}
            error={error}
            suggestions={names}
            value={name}
            onChange={(value) => {
              setName(value);
              setError(undefined);
            }}
          />
          <button type="submit" disabled={name.trim() === ''}>
            {t('postmortems.page.addReviewer')}
          </button>
        </form>
      )}
    </section>
  );
}
