import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Statement } from '../../../../../shared/domain/sops/statements';
import { useLanguage } from '../../../i18n/useLanguage';
import { formatDateTime } from '../../../lib/dates';

/** Props of {@link StatementList}. */
export type StatementListProps = {
  /** The template's statements, newest first (undefined while loading). */
  statements: readonly Statement[] | undefined;
  /** The statement shown in the panel, which gets no "Open" button. */
  openId: string | null;
  onOpen: (statement: Statement) => void;
};

/**
 * The statements filled from a template, newest first: when each was saved, when it was released
 * (or that it was not), and who approved it when, each with "Open" to bring it back into the
 * panel. It is the record of what was said and who signed it off.
 */
export function StatementList({ statements, openId, onOpen }: StatementListProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const headingId = useId();

  function approval(name: string | null, at: number | null) {
    return name === null || at === null
      ? t('sops.templates.statements.notRecorded')
      : t('sops.templates.statements.approvedBy', { name, time: formatDateTime(at, language) });
  }

  return (
    <section aria-labelledby={headingId} className="panel statement-list">
      <h3 id={headingId}>{t('sops.templates.statements.heading')}</h3>
      {statements !== undefined && statements.length === 0 && (
        <p>{t('sops.templates.statements.none')}</p>
      )}
      {statements !== undefined && statements.length > 0 && (
        <div className="table-scroll">
          <table className="data-table" aria-label={t('sops.templates.statements.tableLabel')}>
            <thead>
              <tr>
                <th scope="col">{t('sops.templates.statements.columns.created')}</th>
                <th scope="col">{t('sops.templates.statements.columns.released')}</th>
                <th scope="col">{t('sops.templates.statements.columns.legal')}</th>
                <th scope="col">{t('sops.templates.statements.columns.spokesperson')}</th>
                <th scope="col">{t('sops.templates.statements.columns.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {statements.map((statement) => {
                const created = formatDateTime(statement.createdAt, language);
                return (
                  <tr key={statement.id}>
                    <th scope="row">{created}</th>
                    <td>
                      {statement.releasedAt === null
                        ? t('sops.templates.statements.notReleased')
                        : formatDateTime(statement.releasedAt, language)}
                    </td>
                    <td>{approval(statement.legalApprovedBy, statement.legalApprovedAt)}</td>
                    <td>
                      {approval(statement.spokespersonApprovedBy, statement.spokespersonApprovedAt)}
                    </td>
                    <td>
                      {statement.id === openId ? (
                        t('sops.templates.statements.isOpen')
                      ) : (
                        <button
                          type="button"
                          aria-label={t('sops.templates.statements.openLabel', { time: created })}
                          onClick={() => onOpen(statement)}
                        >
                          {t('sops.templates.statements.open')}
                        </button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
