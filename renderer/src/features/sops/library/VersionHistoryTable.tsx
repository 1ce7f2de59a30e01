import { useTranslation } from 'react-i18next';
import type { SopVersion } from '../../../../../shared/domain/sops/sopVersions';
import { useLanguage } from '../../../i18n/useLanguage';
import { formatDateTime } from '../../../lib/dates';

/** Props of {@link VersionHistoryTable}. */
export type VersionHistoryTableProps = {
  /** The SOP's versions, oldest first (as stored); shown newest first. */
  versions: readonly SopVersion[];
};

/** The published versions of an SOP, newest first: number, when, by whom and the change note. */
export function VersionHistoryTable({ versions }: VersionHistoryTableProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const newestFirst = [...versions].sort((left, right) => right.version - left.version);
  return (
    <div className="table-scroll">
      <table
        className="data-table sop-versions-table"
        aria-label={t('sops.library.versions.tableLabel')}
      >
        <thead>
          <tr>
            <th scope="col">{t('sops.library.versions.version')}</th>
            <th scope="col">{t('sops.library.versions.publishedAt')}</th>
            <th scope="col">{t('sops.library.versions.publishedBy')}</th>
            <th scope="col">{t('sops.library.versions.changeNote')}</th>
          </tr>
        </thead>
        <tbody>
          {newestFirst.map((version) => (
            <tr key={version.version}>
              <th scope="row">
                {t('sops.library.versions.versionNumber', { version: version.version })}
              </th>
              <td>
                <time dateTime={new Date(version.publishedAt).toISOString()}>
                  {formatDateTime(version.publishedAt, language)}
                </time>
              </td>
              <td>{version.publishedBy}</td>
              <td className="sop-versions-table__note">{version.changeNote}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
