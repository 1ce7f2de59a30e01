import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { CommGroup, CommMatrixCell } from '../../../../../shared/domain/sops/commMatrix';
import { useChannelName, useStakeholderName } from '../sopLabels';
import { cellsInMatrixOrder } from './matrixOrder';
import { useCellText } from './useCellText';

/** Props of {@link CrisisTypeMatrixRow}. */
export type CrisisTypeMatrixRowProps = {
  crisisTypeId: string;
  /** The cells that apply to the type (its own and those inherited from every crisis type). */
  cells: readonly CommMatrixCell[];
  stakeholders: readonly CommGroup[];
  channels: readonly CommGroup[];
};

/**
 * A crisis type's row of the communication matrix as a compact list in matrix order, one line per
 * cell: "Customers · Website — Customer service, within 1 h — Holding statement", marked when it
 * comes from every crisis type; with a link to the matrix itself.
 */
export function CrisisTypeMatrixRow({
  crisisTypeId,
  cells,
  stakeholders,
  channels,
}: CrisisTypeMatrixRowProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const stakeholderName = useStakeholderName();
  const channelName = useChannelName();
  const cellText = useCellText();
  const separator = t('sops.matrix.typePage.matrix.separator');
  const ordered = cellsInMatrixOrder(cells, stakeholders, channels);
  return (
    <section aria-labelledby={headingId} className="panel crisis-type-page__section">
      <h3 id={headingId}>{t('sops.matrix.typePage.matrix.heading')}</h3>
      <p className="crisis-type-page__intro">{t('sops.matrix.typePage.matrix.intro')}</p>
      {ordered.length === 0 ? (
        <p>{t('sops.matrix.typePage.matrix.empty')}</p>
      ) : (
        <ul className="plain-list crisis-type-page__list crisis-type-page__matrix">
          {ordered.map((cell) => {
            const text = cellText(cell);
            const details = [
              text.timing === ''
                ? text.owner
                : t('sops.matrix.typePage.matrix.ownerAndTiming', {
                    owner: text.owner,
                    timing: text.timing,
                  }),
              ...(text.stage === null ? [] : [text.stage]),
            ];
            return (
              <li key={cell.id}>
                <strong>
                  {t('sops.matrix.typePage.matrix.route', {
                    stakeholder: stakeholderName(cell.stakeholderId, stakeholders),
                    channel: channelName(cell.channelId, channels),
                  })}
                </strong>
                {separator}
                {details.join(separator)}
                {cell.crisisTypeId !== crisisTypeId && (
                  <>
                    {' '}
                    <span className="crisis-type-page__meta">
                      {t('sops.matrix.grid.inherited')}
                    </span>
                  </>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <p>
        <Link href="~/sops/matrix">{t('sops.matrix.typePage.matrix.openMatrix')}</Link>
      </p>
    </section>
  );
}
