import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { EmptyState } from '../../../components/EmptyState';
import { ActionItemsSection } from '../actions/ActionItemsSection';
import { usePostmortem } from '../usePostmortemData';
import { IncidentRecordsSection } from './IncidentRecordsSection';
import { PostmortemEditor } from './PostmortemEditor';
import { PostmortemHeader } from './PostmortemHeader';
import { PostmortemReadView } from './PostmortemReadView';
import { ReviewersSection } from './ReviewersSection';

/** Props of {@link PostmortemPage}. */
export type PostmortemPageProps = {
  postmortemId: string;
};

/**
 * One postmortem (`#/postmortems/<id>`): its header with the review workflow, the content (an
 * editor while it is a draft, the text as written once it is in review or published), the
 * reviewers, its action items, and the incident's own records beside it (read-only).
 */
export function PostmortemPage({ postmortemId }: PostmortemPageProps) {
  const { t } = useTranslation();
  const postmortem = usePostmortem(postmortemId);
  const [hasUnsavedEdits, setHasUnsavedEdits] = useState(false);

  if (postmortem === undefined) {
    return <p role="status">{t('postmortems.page.loading')}</p>;
  }
  if (postmortem === null) {
    return (
      <>
        <EmptyState
          heading={t('postmortems.page.notFoundTitle')}
          summary={t('postmortems.page.notFoundMessage')}
          status={t('postmortems.page.notFoundStatus')}
        />
        <p>
          <Link href="~/postmortems">{t('postmortems.page.backToDatabase')}</Link>
        </p>
      </>
    );
  }
  const isDraft = postmortem.status === 'draft';
  return (
    <article className="postmortem-page">
      <PostmortemHeader postmortem={postmortem} hasUnsavedEdits={isDraft && hasUnsavedEdits} />
      <div className="postmortem-page__columns">
        <div className="postmortem-page__main">
          {isDraft ? (
            <PostmortemEditor postmortem={postmortem} onDirtyChange={setHasUnsavedEdits} />
          ) : (
            <PostmortemReadView postmortem={postmortem} />
          )}
          <ReviewersSection postmortem={postmortem} />
          <ActionItemsSection postmortemId={postmortem.id} />
        </div>
        <IncidentRecordsSection incidentId={postmortem.incidentId} />
      </div>
    </article>
  );
}
