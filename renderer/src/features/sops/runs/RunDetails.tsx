import { useEffect, useId, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SopRun } from '../../../../../shared/domain/sops/sopRuns';
import type { SopVersion } from '../../../../../shared/domain/sops/sopVersions';
import { TextField } from '../../../components/fields/TextField';
import { useNow } from '../../../lib/useNow';
import { useOperatorName } from '../../../lib/useOperatorName';
import { overdueStepIds } from './overdueSteps';
import { RunHeader } from './RunHeader';
import { RunStepItem } from './RunStepItem';

/** Props of {@link RunDetails}. */
export type RunDetailsProps = {
  run: SopRun;
  /** The published version the run follows. */
  version: SopVersion;
  /** The link back to the runs list, shown at the top. */
  backLink: ReactNode;
};

/** How often the countdowns move: every second while the page is open. */
const tickMs = 1000;

/**
 * A loaded run as a live checklist: the header, "You are" (the operator's name, remembered on
 * this device and recorded on what they tick and finish) while the run is open, and the steps in
 * the version's order, each with a countdown that moves every second.
 *
 * A run is the record of who did what, so marking a step done, skipping it or ticking an item
 * with no name typed does nothing at first: focus goes to the name field, which says why, and
 * beside it "Record without a name" does the action anyway (and lets later ones through on this
 * visit of the page). Typing a name instead drops the held action: the user repeats it, named.
 */
export function RunDetails({ run, version, backLink }: RunDetailsProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const now = useNow(tickMs);
  const [operatorName, setOperatorName] = useOperatorName();
  const nameFieldRef = useRef<HTMLDivElement>(null);
  const [heldAction, setHeldAction] = useState<(() => void) | null>(null);
  const [nameRequests, setNameRequests] = useState(0);
  const [isNamelessAllowed, setIsNamelessAllowed] = useState(false);
  const isClosed = run.closedAt !== null;
  const hasName = operatorName.trim() !== '';
  const isAskingForName = heldAction !== null && !hasName;

  useEffect(() => {
    // After the render that shows why, so the field is read out with its message.
    if (nameRequests > 0) {
      nameFieldRef.current?.querySelector('input')?.focus();
    }
  }, [nameRequests]);

  /** Runs `action` when it will be recorded with a name (or the user chose none), else asks. */
  function withOperator(action: () => void): boolean {
    if (hasName || isNamelessAllowed) {
      action();
      return true;
    }
    setHeldAction(() => action);
    setNameRequests((count) => count + 1);
    return false;
  }

  function changeName(name: string) {
    setOperatorName(name);
    if (name.trim() !== '') {
      setHeldAction(null);
    }
  }

  function recordWithoutName() {
    setIsNamelessAllowed(true);
    setHeldAction(null);
    heldAction?.();
  }

  const stepsById = new Map(version.content.steps.map((step) => [step.id, step]));

  return (
    <article aria-labelledby={headingId} className="run-page">
      {backLink}
      <RunHeader
        run={run}
        version={version}
        headingId={headingId}
        now={now}
        overdueCount={overdueStepIds(run, version, now).length}
      />
      {!isClosed && (
        <div className="run-page__operator" ref={nameFieldRef}>
          <TextField
            label={t('sops.runs.page.operator.label')}
            hint={t('sops.runs.page.operator.hint')}
            error={isAskingForName ? t('sops.runs.page.operator.required') : undefined}
            value={operatorName}
            onChange={changeName}
          />
          {isAskingForName && (
            <button type="button" onClick={recordWithoutName}>
              {t('sops.runs.page.operator.recordWithoutName')}
            </button>
          )}
        </div>
      )}
      <ol className="run-steps" aria-label={t('sops.runs.page.steps.heading')}>
        {run.steps.map((runStep) => {
          const step = stepsById.get(runStep.stepId);
          return step === undefined ? null : (
            <RunStepItem
              key={runStep.stepId}
              run={run}
              version={version}
              step={step}
              runStep={runStep}
              now={now}
              operatorName={operatorName}
              withOperator={withOperator}
            />
          );
        })}
      </ol>
    </article>
  );
}
