import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { isSameSopContent, latestVersion } from '../../../../../shared/domain/sops/sopVersions';
import { useToday } from '../../../lib/useNow';
import { SopRunList } from '../runs/SopRunList';
import { StartRunButton } from '../runs/StartRunButton';
import { useSop, useSopVersions } from '../useSopData';
import { DeleteSopButton } from './DeleteSopButton';
import { SopChangeRequestsPanel } from '../../postmortems';
import { PublishSopDialog } from './PublishSopDialog';
import { SopContentView } from './SopContentView';
import { SopFactsSection } from './SopFactsSection';
import { SopNotFound } from './SopNotFound';
import { SopSettingsDialog } from './SopSettingsDialog';

/** Props of {@link SopPage}. */
export type SopPageProps = {
  sopId: string;
};

/** Which dialog of the page is open. */
type OpenDialog = 'publish' | 'settings' | null;

/**
 * One SOP (`#/sops/<id>`): what is in force, which is the latest published version (with a notice
 * when the draft has changed since), or the draft, labelled as not published, before the first
 * version. Around it: the facts and review state, and editing, publishing, versions, running,
 * settings and deleting, then the SOP's runs.
 */
export function SopPage({ sopId }: SopPageProps) {
  const { t } = useTranslation();
  const sop = useSop(sopId);
  const versions = useSopVersions(sopId);
  const today = useToday();
  const headingId = useId();
  const bodyHeadingId = useId();
  const [openDialog, setOpenDialog] = useState<OpenDialog>(null);

  const backLink = (
    <p>
      {/* Absolute: a nested link to '/' would address `#/sops/` with a trailing slash. */}
      <Link href="~/sops">{t('sops.library.page.back')}</Link>
    </p>
  );
  if (sop === undefined || versions === undefined) {
    return <p role="status">{t('sops.library.page.loading')}</p>;
  }
  if (sop === null) {
    return <SopNotFound />;
  }

  const latest = latestVersion(versions, sop.id);
  const content = latest?.content ?? sop.content;
  const hasUnpublishedChanges =
    latest !== undefined && !isSameSopContent(latest.content, sop.content);
  return (
    <article aria-labelledby={headingId} className="sop-page">
      {backLink}
      <h2 id={headingId} className="sop-page__heading">
        {content.title}
      </h2>
      {sop.isStarter && (
        <p className="sop-page__starter">
          <span className="sop-starter-badge">{t('sops.starterBadge')}</span>{' '}
          {t('sops.starterExplanation')}
        </p>
      )}
      <div
        className="button-row toolbar"
        role="group"
        aria-label={t('sops.library.page.actionsLabel')}
      >
        <Link href={`~/sops/${sop.id}/edit`} className="sop-link-button">
          {t('sops.library.page.editDraft')}
        </Link>
        <button type="button" onClick={() => setOpenDialog('publish')}>
          {t('sops.library.page.publish')}
        </button>
        <Link href={`~/sops/${sop.id}/versions`} className="sop-link-button">
          {t('sops.library.page.versions')}
        </Link>
        <button type="button" onClick={() => setOpenDialog('settings')}>
          {t('sops.library.page.settings')}
        </button>
        <DeleteSopButton sop={sop} />
      </div>
      {/* Its own line: the button carries an explanation paragraph under it. */}
      <div className="sop-page__run">
        <StartRunButton sopId={sop.id} />
      </div>
      <SopChangeRequestsPanel sopId={sop.id} />
      <SopFactsSection sop={sop} content={content} latest={latest} today={today} />
      <section aria-labelledby={bodyHeadingId} className="sop-page__body">
        <h3 id={bodyHeadingId}>
          {latest === undefined
            ? t('sops.library.page.body.draft')
            : t('sops.library.page.body.published', { version: latest.version })}
        </h3>
        {latest === undefined && (
          <p className="sop-page__draft-note">{t('sops.library.page.body.draftHint')}</p>
        )}
        {hasUnpublishedChanges && (
          <div className="sop-page__draft-note" role="note">
            <p>
              <strong>{t('sops.library.page.body.draftDiffers')}</strong>
            </p>
            <p>
              <Link href={`~/sops/${sop.id}/edit`}>{t('sops.library.page.body.editDraft')}</Link>
            </p>
          </div>
        )}
        <SopContentView content={content} />
      </section>
      <SopRunList sopId={sop.id} />
      {openDialog === 'publish' && (
        <PublishSopDialog sop={sop} latest={latest} onClose={() => setOpenDialog(null)} />
      )}
      {openDialog === 'settings' && (
        <SopSettingsDialog sop={sop} onClose={() => setOpenDialog(null)} />
      )}
    </article>
  );
}
