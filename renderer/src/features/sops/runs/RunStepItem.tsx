import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SopStep } from '../../../../../shared/domain/sops/sop';
import { stepTiming } from '../../../../../shared/domain/sops/sopRuns';
import type { RunStep, SopRun } from '../../../../../shared/domain/sops/sopRuns';
import type { SopVersion } from '../../../../../shared/domain/sops/sopVersions';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { FactList } from '../../../components/FactList';
import type { Fact } from '../../../components/FactList';
import { MarkdownText } from '../../../components/MarkdownText';
import { StatusBadge } from '../../../components/StatusBadge';
import { useLanguage } from '../../../i18n/useLanguage';
import type { CommandResult } from '../../../lib/commandResult';
import { formatDateTime } from '../../../lib/dates';
import {
  completeRunStep,
  reopenRunStep,
  sopIssueMessageKey,
  toggleRunChecklistItem,
} from '../sopCommands';
import { useRoleNameOf, useTargetText } from '../sopFormat';
import { RunStepChecklist } from './RunStepChecklist';
import { SkipStepDialog } from './SkipStepDialog';
import { StepStatusBadge } from './StepStatusBadge';
import { useDurationText } from './useDurationText';

/** Props of {@link RunStepItem}. */
export type RunStepItemProps = {
  run: SopRun;
  /** The published version the run follows, which says what the step is. */
  version: SopVersion;
  step: SopStep;
  runStep: RunStep;
  /** The current time (epoch ms), ticking while the page is open. */
  now: number;
  /** Who is at the keyboard, recorded on what they do (blank = not recorded). */
  operatorName: string;
  /**
   * Runs an action that records the operator (done, skip, tick) at once, or holds it and asks
   * for their name first; true when it ran.
   */
  withOperator: (action: () => void) => boolean;
};

/**
 * What reopening a finished step erases, in words for its confirmation: who finished or skipped
 * it, when, and the skip reason.
 */
function useReopenMessage(): (runStep: RunStep) => string {
  const { t } = useTranslation();
  const language = useLanguage();
  return (runStep) => {
    if (runStep.doneAt === null || runStep.status === 'pending') {
      return t('sops.runs.reopen.noRecord');
    }
    const time = formatDateTime(runStep.doneAt, language);
    if (runStep.status === 'done') {
      return runStep.doneBy === null
        ? t('sops.runs.reopen.doneAt', { time })
        : t('sops.runs.reopen.doneBy', { name: runStep.doneBy, time });
    }
    const reason = runStep.skipReason ?? '';
    return runStep.doneBy === null
      ? t('sops.runs.reopen.skippedAt', { time, reason })
      : t('sops.runs.reopen.skippedBy', { name: runStep.doneBy, time, reason });
  };
}

/**
 * One step of a run, as a list item holding a region named by the step's title: its owner role,
 * target, status and live countdown (due soon and overdue said in words, overdue as a red badge
 * and a marked-out step), checklist, resources and notes, who finished it and when or why it was
 * skipped, and "Mark done", "Skip…" and "Reopen" while the run is open. Reopening erases who
 * finished the step, when and why it was skipped, so it asks first, saying what goes. After a
 * change of status focus moves to the step's heading, since the button that was pressed goes away.
 */
export function RunStepItem({
  run,
  version,
  step,
  runStep,
  now,
  operatorName,
  withOperator,
}: RunStepItemProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const shouldFocusHeading = useRef(false);
  const roleNameOf = useRoleNameOf();
  const targetText = useTargetText();
  const durationText = useDurationText();
  const isChangingStatus = useRef(false);
  const reopenMessage = useReopenMessage();
  const [isSkipping, setIsSkipping] = useState(false);
  const [isConfirmingReopen, setIsConfirmingReopen] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const isClosed = run.closedAt !== null;
  const timing = stepTiming(run, version, step.id, now);

  useEffect(() => {
    if (shouldFocusHeading.current) {
      shouldFocusHeading.current = false;
      headingRef.current?.focus();
    }
  }, [runStep.status]);

  /**
   * Runs a change of the run, showing a refusal in the step. A status change (done, reopened)
   * is ignored while another is saving, so a double click does not send "done" twice; checklist
   * ticks always go through, in order. Resolves true when the change was saved.
   */
  async function perform(
    change: () => Promise<CommandResult<SopRun>>,
    kind: 'status' | 'checklist',
  ): Promise<boolean> {
    if (kind === 'status') {
      if (isChangingStatus.current) {
        return false;
      }
      isChangingStatus.current = true;
    }
    try {
      const result = await change();
      if (result.ok) {
        setFailure(null);
        shouldFocusHeading.current = kind === 'status';
        return true;
      }
      setFailure(
        t('sops.runs.step.failed', {
          reason: t(sopIssueMessageKey(result.issues[0]?.code ?? 'invalid')),
        }),
      );
      return false;
    } finally {
      if (kind === 'status') {
        isChangingStatus.current = false;
      }
    }
  }

  const dueAtText =
    timing?.dueAt === null || timing === null
      ? null
      : t('sops.runs.step.dueAt', { time: formatDateTime(timing.dueAt, language) });
  const facts: Fact[] = [
    {
      id: 'owner',
      label: t('sops.runs.step.owner'),
      value: step.ownerRoleId === null ? t('sops.runs.step.noOwner') : roleNameOf(step.ownerRoleId),
    },
    {
      id: 'target',
      label: t('sops.runs.step.target'),
      value:
        dueAtText === null
          ? targetText(step.targetMinutes)
          : `${targetText(step.targetMinutes)} · ${dueAtText}`,
    },
    {
      id: 'status',
      label: t('sops.runs.step.status'),
      value: <StepStatusBadge status={runStep.status} isClosed={isClosed} />,
    },
  ];
  const remainingMs = timing?.remainingMs ?? null;
  if (runStep.status === 'pending' && remainingMs !== null && timing !== null) {
    const time = durationText(remainingMs);
    let countdown;
    if (timing.state === 'overdue') {
      countdown = (
        <StatusBadge tone="danger">
          <span aria-hidden="true" className="run-step__alert-mark">
            !
          </span>{' '}
          {isClosed
            ? t('sops.runs.step.overdueAtClose', { time })
            : t('sops.stepTiming.overdue', { time })}
        </StatusBadge>
      );
    } else if (!isClosed && timing.state === 'due-soon') {
      countdown = (
        <StatusBadge tone="warning">{t('sops.stepTiming.due-soon', { time })}</StatusBadge>
      );
    } else if (!isClosed) {
      countdown = t('sops.stepTiming.upcoming', { time });
    }
    if (countdown !== undefined) {
      facts.push({ id: 'timing', label: t('sops.runs.step.timing'), value: countdown });
    }
  }

  const finishedAt = runStep.doneAt === null ? null : formatDateTime(runStep.doneAt, language);
  const lateMs =
    runStep.doneAt !== null && timing?.dueAt !== null && timing !== null
      ? runStep.doneAt - timing.dueAt
      : 0;
  return (
    <li
      className={`run-step run-step--${isClosed && runStep.status === 'pending' ? 'not-done' : (timing?.state ?? runStep.status)}`}
    >
      <section aria-labelledby={headingId} className="run-step__body">
        <h3 id={headingId} ref={headingRef} tabIndex={-1} className="run-step__title">
          {step.title}
        </h3>
        <FactList facts={facts} />
        {runStep.status === 'done' && finishedAt !== null && (
          <p className="run-step__record">
            {runStep.doneBy === null
              ? t('sops.runs.step.doneAt', { time: finishedAt })
              : t('sops.runs.step.doneBy', { name: runStep.doneBy, time: finishedAt })}
            {lateMs > 0 && ` (${t('sops.runs.step.late', { time: durationText(lateMs) })})`}
          </p>
        )}
        {runStep.status === 'skipped' && finishedAt !== null && (
          <>
            <p className="run-step__record">
              {runStep.doneBy === null
                ? t('sops.runs.step.skippedAt', { time: finishedAt })
                : t('sops.runs.step.skippedBy', { name: runStep.doneBy, time: finishedAt })}
            </p>
            <p className="run-step__reason">
              {t('sops.runs.step.skipReason', { reason: runStep.skipReason ?? '' })}
            </p>
          </>
        )}
        {step.checklist.length > 0 && (
          <RunStepChecklist
            step={step}
            runStep={runStep}
            isReadOnly={isClosed}
            onToggle={(itemId, isTicking) => {
              const toggle = () =>
                perform(
                  () => toggleRunChecklistItem(run.id, step.id, itemId, operatorName),
                  'checklist',
                );
              if (!isTicking) {
                // Unticking records nobody: it only takes the earlier tick back.
                return toggle();
              }
              let saved = Promise.resolve(false);
              withOperator(() => {
                saved = toggle();
              });
              return saved;
            }}
          />
        )}
        {step.resources.length > 0 && (
          <>
            <h4 className="run-step__subheading">{t('sops.runs.step.resources')}</h4>
            <ul className="run-step__resources">
              {step.resources.map((resource, index) => (
                // Resources may repeat; their position is their identity in a frozen version.
                <li key={index}>{resource}</li>
              ))}
            </ul>
          </>
        )}
        {step.notes !== '' && (
          <>
            <h4 className="run-step__subheading">{t('sops.runs.step.notes')}</h4>
            <MarkdownText text={step.notes} className="run-step__notes" />
          </>
        )}
        {!isClosed && (
          <div className="button-row button-row--compact run-step__actions">
            {runStep.status === 'pending' ? (
              <>
                <button
                  type="button"
                  className="button--primary"
                  aria-describedby={headingId}
                  onClick={() =>
                    withOperator(
                      () =>
                        void perform(
                          () => completeRunStep(run.id, step.id, operatorName),
                          'status',
                        ),
                    )
                  }
                >
                  {t('sops.runs.step.markDone')}
                </button>
                <button
                  type="button"
                  aria-describedby={headingId}
                  onClick={() => withOperator(() => setIsSkipping(true))}
                >
                  {t('sops.runs.step.skip')}
                </button>
              </>
            ) : (
              <button
                type="button"
                aria-describedby={headingId}
                onClick={() => setIsConfirmingReopen(true)}
              >
                {t('sops.runs.step.reopen')}
              </button>
            )}
          </div>
        )}
        <div role="alert">{failure !== null && <p className="field__error">{failure}</p>}</div>
      </section>
      {isConfirmingReopen && (
        <ConfirmDialog
          title={t('sops.runs.reopen.title', { step: step.title })}
          message={reopenMessage(runStep)}
          confirmLabel={t('sops.runs.reopen.confirm')}
          cancelLabel={t('sops.runs.reopen.cancel')}
          isDestructive
          onConfirm={() => {
            // Closed first, so focus returns to "Reopen" and then moves on to the heading.
            setIsConfirmingReopen(false);
            void perform(() => reopenRunStep(run.id, step.id), 'status');
          }}
          onCancel={() => setIsConfirmingReopen(false)}
        />
      )}
      {isSkipping && (
        <SkipStepDialog
          runId={run.id}
          step={step}
          operatorName={operatorName}
          onClose={() => setIsSkipping(false)}
          onSkipped={() => {
            shouldFocusHeading.current = true;
            setIsSkipping(false);
          }}
        />
      )}
    </li>
  );
}
