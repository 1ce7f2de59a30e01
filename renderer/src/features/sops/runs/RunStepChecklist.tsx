import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SopStep } from '../../../../../shared/domain/sops/sop';
import type { RunChecklistItem, RunStep } from '../../../../../shared/domain/sops/sopRuns';
import { useLanguage } from '../../../i18n/useLanguage';
import { formatDateTime } from '../../../lib/dates';

/** Props of {@link RunStepChecklist}. */
export type RunStepChecklistProps = {
  /** The step as the run's version wrote it (the items' texts). */
  step: SopStep;
  /** The step in the run (which items are ticked, by whom and when). */
  runStep: RunStep;
  /** True when the run is closed: the boxes show what was ticked but no longer change. */
  isReadOnly: boolean;
  /**
   * Ticks (`isTicking`) or unticks an item; resolves true when the change was saved, false when
   * it was refused or not made.
   */
  onToggle: (itemId: string, isTicking: boolean) => Promise<boolean>;
};

/**
 * A tick shown before storage has it: the stored item it was made on, and the wanted state. It
 * shows only while the stored item is still that same object; the live query hands over a new
 * object once the write lands, and then storage speaks again.
 */
type PendingTick = { stored: RunChecklistItem | undefined; isChecked: boolean };

/**
 * A step's checklist as checkboxes named by their item text, each ticked item followed by who
 * ticked it and when. Items can be ticked in any step status while the run is open, because
 * people tick items as they go and sometimes late.
 */
export function RunStepChecklist({ step, runStep, isReadOnly, onToggle }: RunStepChecklistProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [pendingTicks, setPendingTicks] = useState<ReadonlyMap<string, PendingTick>>(new Map());

  /** Shows the new state at once (a box that springs back until storage answers confuses). */
  async function toggle(itemId: string, stored: RunChecklistItem | undefined, isChecked: boolean) {
    setPendingTicks((current) => new Map(current).set(itemId, { stored, isChecked }));
    if (!(await onToggle(itemId, isChecked))) {
      setPendingTicks((current) => {
        const next = new Map(current);
        next.delete(itemId);
        return next;
      });
    }
  }

  return (
    <fieldset className="run-checklist">
      <legend>{t('sops.runs.step.checklist')}</legend>
      <ul className="plain-list">
        {step.checklist.map((item) => {
          const state = runStep.checklist.find((candidate) => candidate.itemId === item.id);
          const checkedAt = state?.checkedAt ?? null;
          const checkedBy = state?.checkedBy ?? null;
          const pending = pendingTicks.get(item.id);
          const isChecked =
            pending !== undefined && pending.stored === state
              ? pending.isChecked
              : (state?.isChecked ?? false);
          return (
            <li key={item.id} className="run-checklist__item">
              <label className="choice">
                <input
                  type="checkbox"
                  checked={isChecked}
                  disabled={isReadOnly || state === undefined}
                  onChange={() => void toggle(item.id, state, !isChecked)}
                />
                {item.text}
              </label>
              {state?.isChecked === true && checkedAt !== null && (
                <span className="run-checklist__who">
                  {checkedBy === null
                    ? t('sops.runs.step.checkedAt', { time: formatDateTime(checkedAt, language) })
                    : t('sops.runs.step.checkedBy', {
                        name: checkedBy,
                        time: formatDateTime(checkedAt, language),
                      })}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
