import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Risk, RiskControl } from '../../../../../shared/domain/risks/risk';
import type { RiskMatrix } from '../../../../../shared/domain/risks/riskMatrix';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { useLanguage } from '../../../i18n/useLanguage';
import { formatAmount, formatPercent } from '../../../lib/numbers';
import { updateRisk } from '../riskCommands';
import { ControlDialog } from './ControlDialog';
import { riskInputOf } from './riskDetailFormat';
import { RowEditActions } from './RowEditActions';
import { useConfirmedChange } from './useConfirmedChange';
import { formatCalendarDate } from '../../../lib/dates';

/** Props of {@link ControlsEditor}. */
export type ControlsEditorProps = {
  risk: Risk;
  matrix: RiskMatrix;
  /** True for a risk in the recycle bin: shown, not changed. */
  isReadOnly: boolean;
};

/** Which dialog is open: a control being added (null) or edited. */
type Editing = { control: RiskControl | null };

/**
 * The controls and actions of a risk as a table (title, owner, due date, cost, effort,
 * effectiveness, status) with add, edit and remove. Each change saves the whole risk, so the
 * derived current and target scores follow at once on the page.
 */
export function ControlsEditor({ risk, matrix, isReadOnly }: ControlsEditorProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const headingId = useId();
  const [editing, setEditing] = useState<Editing | null>(null);
  const removal = useConfirmedChange(
    (control: RiskControl) =>
      updateRisk(risk.id, {
        ...riskInputOf(risk),
        controls: risk.controls.filter((candidate) => candidate.id !== control.id),
      }),
    (control) => ({
      kind: 'error',
      messageKey: 'risks.detail.controls.removeFailed',
      params: { title: control.title },
    }),
  );
  const notSet = t('risks.detail.notSet');

  return (
    <section aria-labelledby={headingId} className="panel risk-section">
      <h3 id={headingId}>{t('risks.fields.controls')}</h3>
      {risk.controls.length === 0 ? (
        <p>{t('risks.detail.controls.none')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table" aria-labelledby={headingId}>
            <thead>
              <tr>
                <th scope="col">{t('risks.detail.controls.title')}</th>
                <th scope="col">{t('risks.detail.controls.owner')}</th>
                <th scope="col">{t('risks.detail.controls.due')}</th>
                <th scope="col">{t('risks.detail.controls.cost')}</th>
                <th scope="col">{t('risks.detail.controls.effort')}</th>
                <th scope="col">{t('risks.detail.controls.effectiveness')}</th>
                <th scope="col">{t('risks.detail.controls.status')}</th>
                {!isReadOnly && <th scope="col">{t('risks.detail.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {risk.controls.map((control) => (
                <tr key={control.id}>
                  <th scope="row">{control.title}</th>
                  <td>{control.owner === '' ? notSet : control.owner}</td>
                  <td>
                    {control.dueDate === null
                      ? notSet
                      : formatCalendarDate(control.dueDate, language)}
                  </td>
                  <td>{control.cost === null ? notSet : formatAmount(control.cost, language)}</td>
                  <td>{control.effort === null ? notSet : t(`risks.effort.${control.effort}`)}</td>
                  <td>{formatPercent(control.effectiveness, language)}</td>
                  <td>{t(`risks.controlStatuses.${control.status}`)}</td>
                  {!isReadOnly && (
                    <td>
                      <RowEditActions
                        editLabel={t('risks.detail.controls.editFor', { title: control.title })}
                        removeLabel={t('risks.detail.controls.removeFor', { title: control.title })}
                        onEdit={() => setEditing({ control })}
                        onRemove={() => removal.ask(control)}
                      />
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {!isReadOnly && (
        <button type="button" onClick={() => setEditing({ control: null })}>
          {t('risks.detail.controls.add')}
        </button>
      )}
      {editing !== null && (
        <ControlDialog
          risk={risk}
          control={editing.control}
          matrix={matrix}
          onClose={() => setEditing(null)}
        />
      )}
      {removal.pending !== null && (
        <ConfirmDialog
          title={t('risks.detail.controls.removeTitle')}
          message={t('risks.detail.controls.removeMessage', { title: removal.pending.title })}
          confirmLabel={t('risks.detail.remove')}
          cancelLabel={t('risks.detail.form.cancel')}
          isDestructive
          isBusy={removal.isBusy}
          onConfirm={() => void removal.confirm()}
          onCancel={removal.cancel}
        />
      )}
    </section>
  );
}
