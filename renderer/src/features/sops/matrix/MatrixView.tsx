import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { crisisTypes } from '../../../../../shared/domain/crisisTypes';
import type { CrisisType } from '../../../../../shared/domain/crisisTypes';
import { cellsForCrisisType } from '../../../../../shared/domain/sops/commMatrix';
import type { CommGroupKind } from '../sopCommands';
import { SelectField } from '../../../components/fields/SelectField';
import { useChannelName, useCrisisTypeName, useStakeholderName } from '../sopLabels';
import { useCommChannels, useCommMatrixCells, useCommStakeholders } from '../useSopData';
import { CommGroupsDialog } from './CommGroupsDialog';
import { MatrixCellDialog } from './MatrixCellDialog';
import { MatrixGrid } from './MatrixGrid';
import { cellKey } from './matrixCellDraft';

/** The dialog open over the matrix: a cell's, a list editor, or none. */
type MatrixDialog =
  | { mode: 'closed' }
  | { mode: 'cell'; stakeholderId: string; channelId: string }
  | { mode: 'groups'; kind: CommGroupKind };

/**
 * The communication matrix (`#/sops/matrix`): a crisis type chooser ("Every crisis type" first),
 * the grid of stakeholder groups by channels for that choice (a type's cells inherited from every
 * crisis type are marked), a dialog per cell, and editors of the stakeholder groups and channels.
 * With no cell at all it explains the matrix and points to the starter library.
 */
export function MatrixView() {
  const { t } = useTranslation();
  const headingId = useId();
  const cells = useCommMatrixCells();
  const stakeholders = useCommStakeholders();
  const channels = useCommChannels();
  const crisisTypeName = useCrisisTypeName();
  const stakeholderName = useStakeholderName();
  const channelName = useChannelName();
  const [choice, setChoice] = useState<CrisisType | ''>('');
  const [dialog, setDialog] = useState<MatrixDialog>({ mode: 'closed' });
  const crisisTypeId = choice === '' ? null : choice;
  const shown = useMemo(
    () => (cells === undefined ? [] : cellsForCrisisType(cells, crisisTypeId)),
    [cells, crisisTypeId],
  );
  const closeDialog = () => setDialog({ mode: 'closed' });

  const header = (
    <>
      <h2 id={headingId}>{t('sops.matrix.heading')}</h2>
      <p className="matrix-view__intro">{t('sops.matrix.intro')}</p>
    </>
  );
  if (cells === undefined || stakeholders === undefined || channels === undefined) {
    return (
      <section aria-labelledby={headingId} className="matrix-view">
        {header}
        <p role="status">{t('sops.matrix.loading')}</p>
      </section>
    );
  }
  const ownCount = shown.filter((cell) => cell.crisisTypeId === crisisTypeId).length;
  const chosenName = crisisTypeName(crisisTypeId);

  let dialogElement = null;
  if (dialog.mode === 'cell') {
    dialogElement = (
      <MatrixCellDialog
        key={`${crisisTypeId ?? '*'}|${dialog.stakeholderId}|${dialog.channelId}`}
        position={{
          crisisTypeId,
          stakeholderId: dialog.stakeholderId,
          channelId: dialog.channelId,
        }}
        cell={shown.find(
          (cell) =>
            cellKey(cell.stakeholderId, cell.channelId) ===
            cellKey(dialog.stakeholderId, dialog.channelId),
        )}
        names={{
          stakeholder: stakeholderName(dialog.stakeholderId, stakeholders),
          channel: channelName(dialog.channelId, channels),
          crisisType: chosenName,
        }}
        onClose={closeDialog}
      />
    );
  } else if (dialog.mode === 'groups') {
    dialogElement = (
      <CommGroupsDialog
        kind={dialog.kind}
        groups={dialog.kind === 'stakeholders' ? stakeholders : channels}
        cells={cells}
        onClose={closeDialog}
      />
    );
  }

  return (
    <section aria-labelledby={headingId} className="matrix-view">
      {header}
      {cells.length === 0 && (
        <section className="empty-state matrix-view__empty" aria-labelledby={`${headingId}-empty`}>
          <h3 id={`${headingId}-empty`} className="empty-state__heading">
            {t('sops.matrix.empty.heading')}
          </h3>
          <p className="empty-state__summary">{t('sops.matrix.empty.summary')}</p>
          <p>
            {/* Absolute: a nested link to '/' would address `#/sops/` with a trailing slash. */}
            <Link href="~/sops">{t('sops.matrix.empty.libraryLink')}</Link>
          </p>
        </section>
      )}
      <div className="matrix-view__controls">
        <SelectField
          label={t('sops.matrix.chooser.label')}
          hint={t('sops.matrix.chooser.hint')}
          error={undefined}
          value={choice}
          options={['', ...crisisTypes]}
          optionLabel={(id) => crisisTypeName(id === '' ? null : id)}
          onChange={setChoice}
        />
        <div className="button-row matrix-view__list-buttons">
          <button type="button" onClick={() => setDialog({ mode: 'groups', kind: 'stakeholders' })}>
            {t('sops.matrix.groups.editStakeholders')}
          </button>
          <button type="button" onClick={() => setDialog({ mode: 'groups', kind: 'channels' })}>
            {t('sops.matrix.groups.editChannels')}
          </button>
        </div>
      </div>
      {crisisTypeId !== null && (
        <p className="matrix-view__counts">
          {t('sops.matrix.typeCounts', {
            type: chosenName,
            own: ownCount,
            inherited: shown.length - ownCount,
          })}
        </p>
      )}
      <MatrixGrid
        crisisTypeId={crisisTypeId}
        crisisTypeName={chosenName}
        cells={shown}
        stakeholders={stakeholders}
        channels={channels}
        onEdit={(stakeholderId, channelId) => setDialog({ mode: 'cell', stakeholderId, channelId })}
      />
      {dialogElement}
    </section>
  );
}
