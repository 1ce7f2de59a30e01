import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { sopReviewState } from '../../../../../shared/domain/sops/sop';
import type { Sop, SopContent } from '../../../../../shared/domain/sops/sop';
import type { SopVersion } from '../../../../../shared/domain/sops/sopVersions';
import { FactList } from '../../../components/FactList';
import { StatusBadge } from '../../../components/StatusBadge';
import { useLanguage } from '../../../i18n/useLanguage';
import { formatCalendarDate, formatDateTime } from '../../../lib/dates';
import { markSopReviewed } from '../sopCommands';
import { useRoleNameOf } from '../sopFormat';
import { useCrisisTypeName } from '../sopLabels';
import { noticeOfFailure } from './sopCommandFailure';
import { useSeverityNameOf } from './useSeverityNameOf';

/** Props of {@link SopFactsSection}. */
export type SopFactsSectionProps = {
  sop: Sop;
  /** The content the page shows: the latest published version's, or the draft before one. */
  content: SopContent;
  latest: SopVersion | undefined;
  /** Today (`YYYY-MM-DD`), for the stale flag. */
  today: string;
};

/**
 * The facts of an SOP: crisis type (linking to its page), the severity levels it applies to, the
 * owner role, the review schedule with the stale flag and "Mark reviewed", the drill that last
 * validated it, and the published version.
 */
export function SopFactsSection({ sop, content, latest, today }: SopFactsSectionProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const headingId = useId();
  const crisisTypeName = useCrisisTypeName();
  const roleNameOf = useRoleNameOf();
  const severityNameOf = useSeverityNameOf();
  const [isMarking, setIsMarking] = useState(false);
  const review = sopReviewState(sop, today);

  async function markReviewed() {
    setIsMarking(true);
    try {
      noticeOfFailure(await markSopReviewed(sop.id));
    } finally {
      setIsMarking(false);
    }
  }

  const { crisisTypeId } = content;
  return (
    <section aria-labelledby={headingId} className="sop-facts">
      <h3 id={headingId}>{t('sops.library.page.facts.heading')}</h3>
      <FactList
        facts={[
          {
            id: 'crisisType',
            label: t('sops.library.page.facts.crisisType'),
            value:
              crisisTypeId === null ? (
                crisisTypeName(null)
              ) : (
                <Link href={`~/sops/types/${crisisTypeId}`}>{crisisTypeName(crisisTypeId)}</Link>
              ),
          },
          {
            id: 'severity',
            label: t('sops.library.page.facts.severity'),
            value:
              content.severityIds.length === 0 ? (
                t('sops.library.page.facts.noSeverity')
              ) : (
                <ul className="tag-list">
                  {content.severityIds.map((id) => (
                    <li key={id} className="tag">
                      {severityNameOf(id)}
                    </li>
                  ))}
                </ul>
              ),
          },
          {
            id: 'owner',
            label: t('sops.library.page.facts.owner'),
            value: roleNameOf(sop.ownerRoleId),
          },
          {
            id: 'review',
            label: t('sops.library.page.facts.review'),
            value: (
              <div className="sop-facts__review">
                <p>
                  {t('sops.library.page.facts.reviewEvery', { count: sop.reviewIntervalDays })}
                  {' · '}
                  {sop.lastReviewedOn === null
                    ? t('sops.library.page.facts.neverReviewed')
                    : t('sops.library.page.facts.lastReviewed', {
                        date: formatCalendarDate(sop.lastReviewedOn, language),
                      })}
                </p>
                <p>
                  {t('sops.review.nextReview', {
                    date: formatCalendarDate(review.nextReviewOn, language),
                  })}{' '}
                  {review.isStale && (
                    <StatusBadge tone="danger">{t('sops.review.stale')}</StatusBadge>
                  )}
                </p>
                <button type="button" disabled={isMarking} onClick={() => void markReviewed()}>
                  {isMarking
                    ? t('sops.library.page.facts.markingReviewed')
                    : t('sops.library.page.facts.markReviewed')}
                </button>
              </div>
            ),
          },
          {
            id: 'drill',
            label: t('sops.library.page.facts.drill'),
            value:
              sop.lastValidatedByDrillId === null
                ? t('sops.review.notValidated')
                : t('sops.review.validatedByDrill', { drill: sop.lastValidatedByDrillId }),
          },
          {
            id: 'published',
            label: t('sops.library.page.facts.published'),
            value:
              latest === undefined
                ? t('sops.library.page.facts.notPublished')
                : t('sops.library.page.facts.publishedValue', {
                    version: latest.version,
                    date: formatDateTime(latest.publishedAt, language),
                    name: latest.publishedBy,
                  }),
          },
        ]}
      />
    </section>
  );
}
