import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { sopReviewState } from '../../../../../shared/domain/sops/sop';
import { StatusBadge } from '../../../components/StatusBadge';
import { useToday } from '../../../lib/useNow';
import type { PublishedSop } from '../useSopData';

/**
 * The SOPs filed under a crisis type, by title, as in force: each links to its page with the
 * title of its latest published version and its number (or the draft's title and "Not published
 * yet") and the review-overdue flag; with none, a link to write one.
 */
export function CrisisTypeSops({ sops }: { sops: readonly PublishedSop[] }) {
  const { t } = useTranslation();
  const headingId = useId();
  const today = useToday();
  return (
    <section aria-labelledby={headingId} className="panel crisis-type-page__section">
      <h3 id={headingId}>{t('sops.matrix.typePage.sops.heading')}</h3>
      {sops.length === 0 ? (
        <>
          <p>{t('sops.matrix.typePage.sops.empty')}</p>
          <p>
            <Link href="~/sops/new">{t('sops.matrix.typePage.sops.newSop')}</Link>
          </p>
        </>
      ) : (
        <ul className="plain-list crisis-type-page__list">
          {sops.map(({ sop, content, version }) => (
            <li key={sop.id}>
              <Link href={`~/sops/${sop.id}`}>{content.title}</Link>{' '}
              <span className="crisis-type-page__meta">
                {version === null
                  ? t('sops.matrix.typePage.sops.notPublished')
                  : t('sops.matrix.typePage.sops.version', { version })}
              </span>{' '}
              {sop.isStarter && <StatusBadge tone="neutral">{t('sops.starterBadge')}</StatusBadge>}{' '}
              {sopReviewState(sop, today).isStale && (
                <StatusBadge tone="danger">{t('sops.review.stale')}</StatusBadge>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
