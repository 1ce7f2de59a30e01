import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { FieldIssue } from '../../../lib/commandResult';
import { sopIssueMessageKey, startSopRun } from '../sopCommands';
import { useSop } from '../useSopData';

/** Props of {@link StartRunButton}. */
export type StartRunButtonProps = {
  sopId: string;
};

/**
 * "Start a run": starts a standalone tabletop read-through of the SOP's latest published version
 * now and opens the run's page. Before the first version is published the button is disabled and
 * the sentence beside it says why (a run always follows a published version). A refusal is shown
 * beside the button in words.
 */
export function StartRunButton({ sopId }: StartRunButtonProps) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const explanationId = useId();
  const sop = useSop(sopId);
  const [isStarting, setIsStarting] = useState(false);
  const [issues, setIssues] = useState<FieldIssue[]>([]);

  if (sop === null) {
    return null;
  }
  const publishedVersion = sop?.publishedVersion ?? null;
  const canStart = sop !== undefined && publishedVersion !== null;

  async function start() {
    setIsStarting(true);
    setIssues([]);
    try {
      const result = await startSopRun(sopId);
      if (result.ok) {
        // Absolute: the run lives under `#/sops/runs`, whatever router this button sits in.
        navigate(`~/sops/runs/${result.value.id}`);
        return;
      }
      setIssues(result.issues);
    } finally {
      setIsStarting(false);
    }
  }

  const reasons = [...new Set(issues.map((issue) => t(sopIssueMessageKey(issue.code))))];
  return (
    <div className="start-run">
      <button
        type="button"
        className="button--primary"
        disabled={!canStart || isStarting}
        aria-describedby={sop === undefined ? undefined : explanationId}
        onClick={() => void start()}
      >
        {isStarting ? t('sops.runs.start.starting') : t('sops.runs.start.button')}
      </button>
      {sop !== undefined && (
        <p id={explanationId} className="start-run__explanation">
          {publishedVersion === null
            ? t('sops.runs.start.notPublished')
            : t('sops.runs.start.explanation', { version: publishedVersion })}
        </p>
      )}
      <div role="alert" className="start-run__issues">
        {reasons.map((reason) => (
          <p key={reason} className="field__error">
            {t('sops.runs.start.failed', { reason })}
          </p>
        ))}
      </div>
    </div>
  );
}
