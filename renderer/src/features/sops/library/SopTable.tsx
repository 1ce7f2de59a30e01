import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { StatusBadge } from '../../../components/StatusBadge';
import { useLanguage } from '../../../i18n/useLanguage';
import { formatCalendarDate } from '../../../lib/dates';
import { useRoleNameOf } from '../sopFormat';
import { useCrisisTypeName } from '../sopLabels';
import type { LibraryRow } from './libraryRows';

/** Props of {@link SopTable}. */
export type SopTableProps = {
  /** The rows to show, in title order (A → Z in the UI language). */
  rows: readonly LibraryRow[];
};

/**
 * The SOPs as a table, sortable by title: each title (of the version in force) links to its SOP
 * (with the starter badge when it came from the starter library), then its crisis type, owner
 * role, published version ("Not published" for an SOP only drafted so far) with a flag when the
 * draft has unpublished changes, and the next review date with a flag when the review is overdue.
 * Flags are words, not colours alone.
 */
export function SopTable({ rows }: SopTableProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const crisisTypeName = useCrisisTypeName();
  const roleNameOf = useRoleNameOf();
  const [isDescending, setIsDescending] = useState(false);
  const ordered = isDescending ? [...rows].reverse() : rows;

  return (
    <div className="table-scroll">
      <table className="data-table sop-table" aria-label={t('sops.library.table.label')}>
        <thead>
          <tr>
            <th scope="col" aria-sort={isDescending ? 'descending' : 'ascending'}>
              <button
                type="button"
                className="sop-table__sort"
                onClick={() => setIsDescending((current) => !current)}
              >
                {t('sops.library.table.title')}
                <span aria-hidden="true">{isDescending ? ' ▼' : ' ▲'}</span>
              </button>
            </th>
            <th scope="col">{t('sops.library.table.crisisType')}</th>
            <th scope="col">{t('sops.library.table.owner')}</th>
            <th scope="col">{t('sops.library.table.published')}</th>
            <th scope="col">{t('sops.library.table.review')}</th>
          </tr>
        </thead>
        <tbody>
          {ordered.map(({ sop, content, version, review, hasUnpublishedChanges }) => (
            <tr key={sop.id}>
              <th scope="row" className="sop-table__title">
                <Link href={`~/sops/${sop.id}`}>{content.title}</Link>
                {sop.isStarter && (
                  <span className="sop-starter-badge">{t('sops.starterBadge')}</span>
                )}
              </th>
              <td>{crisisTypeName(content.crisisTypeId)}</td>
              <td>{roleNameOf(sop.ownerRoleId)}</td>
              <td>
                <span className="sop-table__version">
                  {version === null
                    ? t('sops.library.table.notPublished')
                    : t('sops.library.table.version', { version })}
                </span>
                {hasUnpublishedChanges && (
                  <StatusBadge tone="warning">
                    {t('sops.library.table.unpublishedChanges')}
                  </StatusBadge>
                )}
              </td>
              <td>
                <time dateTime={review.nextReviewOn}>
                  {formatCalendarDate(review.nextReviewOn, language)}
                </time>
                {review.isStale && (
                  <StatusBadge tone="danger">{t('sops.review.stale')}</StatusBadge>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
