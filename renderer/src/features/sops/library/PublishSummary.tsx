import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Sop } from '../../../../../shared/domain/sops/sop';
import { diffSopVersions } from '../../../../../shared/domain/sops/sopVersions';
import type { SopVersion } from '../../../../../shared/domain/sops/sopVersions';
import { useLanguage } from '../../../i18n/useLanguage';

/** Props of {@link PublishSummary}. */
export type PublishSummaryProps = {
  sop: Sop;
  /** The latest published version, or undefined before the first. */
  latest: SopVersion | undefined;
};

/**
 * What publishing would put in force, at a glance, so nobody publishes a draft they have not
 * looked at: for a first version its step count; otherwise which SOP details changed since the
 * latest version and how many steps were added, removed, moved and changed (or that nothing
 * changed), with a link to the full diff of the latest version and the draft on the versions page.
 */
export function PublishSummary({ sop, latest }: PublishSummaryProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const headingId = useId();
  const diff = useMemo(
    () => (latest === undefined ? null : diffSopVersions(latest.content, sop.content)),
    [latest, sop.content],
  );

  let body;
  if (latest === undefined || diff === null) {
    body = <p>{t('sops.library.publish.summary.first', { count: sop.content.steps.length })}</p>;
  } else if (!diff.hasChanges) {
    body = <p>{t('sops.library.publish.summary.same', { version: latest.version })}</p>;
  } else {
    const fields = diff.fields.map((change) => t(`sops.library.diff.fields.${change.field}`));
    body = (
      <>
        <p>{t('sops.library.publish.summary.since', { version: latest.version })}</p>
        <ul>
          {fields.length > 0 && (
            <li>
              {t('sops.library.publish.summary.fields', {
                fields: new Intl.ListFormat(language, { type: 'conjunction' }).format(fields),
              })}
            </li>
          )}
          <li>{t('sops.library.diff.summary', diff.summary)}</li>
        </ul>
      </>
    );
  }
  return (
    <section className="sop-publish-summary" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('sops.library.publish.summary.heading')}</h3>
      {body}
      {latest !== undefined && diff?.hasChanges === true && (
        <p>
          <Link href={`~/sops/${sop.id}/versions`}>{t('sops.library.publish.summary.review')}</Link>
        </p>
      )}
    </section>
  );
}
