import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SopDiff, SopFieldChange } from '../../../../../shared/domain/sops/sopVersions';
import { useCrisisTypeName } from '../sopLabels';
import { DiffLine } from './DiffLine';
import { ValueChange } from './ValueChange';
import { StepDiffItem } from './StepDiffItem';
import { TextDiffView } from './TextDiffView';
import { useSeverityNameOf } from './useSeverityNameOf';

/** Props of {@link SopDiffView}. */
export type SopDiffViewProps = {
  diff: SopDiff;
};

/** One changed field of the SOP itself. */
function FieldChangeView({ change }: { change: SopFieldChange }) {
  const { t } = useTranslation();
  const crisisTypeName = useCrisisTypeName();
  const severityNameOf = useSeverityNameOf();
  const headingId = useId();
  let body;
  switch (change.field) {
    case 'title':
    case 'purpose':
    case 'triggerCriteria':
      body = <TextDiffView diff={change.text} />;
      break;
    case 'crisisTypeId':
      body = (
        <ValueChange before={crisisTypeName(change.before)} after={crisisTypeName(change.after)} />
      );
      break;
    case 'severityIds':
      body = (
        <>
          {change.removed.map((id) => (
            <DiffLine key={`removed:${id}`} kind="removed">
              {severityNameOf(id)}
            </DiffLine>
          ))}
          {change.added.map((id) => (
            <DiffLine key={`added:${id}`} kind="added">
              {severityNameOf(id)}
            </DiffLine>
          ))}
        </>
      );
      break;
  }
  return (
    <div className="sop-diff__field" role="group" aria-labelledby={headingId}>
      <h5 id={headingId} className="sop-diff__field-name">
        {t(`sops.library.diff.fields.${change.field}`)}
      </h5>
      {body}
    </div>
  );
}

/**
 * A readable diff of two contents: "These versions are the same" when nothing changed; otherwise
 * a count of step changes, the changed SOP fields, and each step that was added, removed, moved
 * or changed (unchanged steps are left out).
 */
export function SopDiffView({ diff }: SopDiffViewProps) {
  const { t } = useTranslation();
  const fieldsHeadingId = useId();
  const stepsHeadingId = useId();
  if (!diff.hasChanges) {
    return <p className="sop-diff__same">{t('sops.library.diff.same')}</p>;
  }
  const changedSteps = diff.steps.filter(
    (step) => step.kind !== 'kept' || step.isMoved || step.changes.length > 0,
  );
  return (
    <div className="sop-diff">
      <p className="sop-diff__summary">{t('sops.library.diff.summary', diff.summary)}</p>
      {diff.fields.length > 0 && (
        <section aria-labelledby={fieldsHeadingId}>
          <h4 id={fieldsHeadingId}>{t('sops.library.diff.fieldsHeading')}</h4>
          {diff.fields.map((change) => (
            <FieldChangeView key={change.field} change={change} />
          ))}
        </section>
      )}
      <section aria-labelledby={stepsHeadingId}>
        <h4 id={stepsHeadingId}>{t('sops.library.diff.stepsHeading')}</h4>
        {changedSteps.length === 0 ? (
          <p>{t('sops.library.diff.noStepChanges')}</p>
        ) : (
          <ol className="plain-list sop-diff__steps">
            {changedSteps.map((step) => (
              <StepDiffItem
                key={step.kind === 'kept' ? step.stepId : `${step.kind}:${step.step.id}`}
                diff={step}
              />
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
