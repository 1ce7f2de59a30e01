import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommGroup, CommMatrixCell } from '../../../../../shared/domain/sops/commMatrix';
import { useChannelName, useStakeholderName } from '../sopLabels';
import { MatrixCellButton } from './MatrixCellButton';
import { cellKey } from './matrixCellDraft';
import { useCellText } from './useCellText';

/** Props of {@link MatrixGrid}. */
export type MatrixGridProps = {
  /** The chosen crisis type; null for every crisis type. */
  crisisTypeId: string | null;
  /** Its translated name, for the caption. */
  crisisTypeName: string;
  /** The cells that apply to it (its own and the inherited ones). */
  cells: readonly CommMatrixCell[];
  stakeholders: readonly CommGroup[];
  channels: readonly CommGroup[];
  /** Opens the dialog of the cell at a stakeholder group and channel. */
  onEdit: (stakeholderId: string, channelId: string) => void;
};

/**
 * The matrix as a table: a row per stakeholder group (row headers) and a column per channel
 * (column headers), each cell a button saying who speaks, how soon and with which template, and
 * opening the cell's dialog. Scrolls sideways on narrow windows.
 */
export function MatrixGrid({
  crisisTypeId,
  crisisTypeName,
  cells,
  stakeholders,
  channels,
  onEdit,
}: MatrixGridProps) {
  const { t } = useTranslation();
  const stakeholderName = useStakeholderName();
  const channelName = useChannelName();
  const cellText = useCellText();
  const byKey = useMemo(
    () => new Map(cells.map((cell) => [cellKey(cell.stakeholderId, cell.channelId), cell])),
    [cells],
  );

  return (
    <div className="table-scroll matrix-grid__scroll">
      <table className="data-table matrix-grid">
        <caption className="matrix-grid__caption">
          {t('sops.matrix.grid.caption', { type: crisisTypeName })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('sops.matrix.grid.corner')}</th>
            {channels.map((channel) => (
              <th key={channel.id} scope="col">
                {channelName(channel.id, channels)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {stakeholders.map((stakeholder) => {
            const stakeholderText = stakeholderName(stakeholder.id, stakeholders);
            return (
              <tr key={stakeholder.id}>
                <th scope="row">{stakeholderText}</th>
                {channels.map((channel) => {
                  const cell = byKey.get(cellKey(stakeholder.id, channel.id));
                  return (
                    <td key={channel.id}>
                      <MatrixCellButton
                        cell={cell}
                        text={cell === undefined ? undefined : cellText(cell)}
                        isInherited={cell !== undefined && cell.crisisTypeId !== crisisTypeId}
                        label={t('sops.matrix.grid.cellLabel', {
                          stakeholder: stakeholderText,
                          channel: channelName(channel.id, channels),
                        })}
                        onEdit={() => onEdit(stakeholder.id, channel.id)}
                      />
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
