import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  ChecklistItemDiff,
  SopStepDiff,
  SopStepFieldChange,
} from '../../../../../shared/domain/sops/sopVersions';
import { useRoleNameOf, useTargetText } from '../sopFormat';
import { DiffLine } from './DiffLine';
import { ValueChange } from './ValueChange';
import { TextDiffView } from './TextDiffView';

/** Props of {@link StepDiffItem}. */
export type StepDiffItemProps = {
  diff: SopStepDiff;
};

/** One checklist item of a changed checklist, labelled with what happened to it. */
function ChecklistItemDiffView({ item }: { item: ChecklistItemDiff }) {
  const { t } = useTranslation();
  if (item.kind === 'added') {
    return (
      <li className="sop-diff__item">
        <span className="sop-diff__tag">{t('sops.library.diff.itemAdded')}</span>
        <DiffLine kind="added">{item.item.text}</DiffLine>
      </li>
    );
  }
  if (item.kind === 'removed') {
    return (
      <li className="sop-diff__item">
        <span className="sop-diff__tag">{t('sops.library.diff.itemRemoved')}</span>
        <DiffLine kind="removed">{item.item.text}</DiffLine>
      </li>
    );
  }
  const tags = [
    ...(item.text === null ? [] : [t('sops.library.diff.itemChanged')]),
    ...(item.isMoved ? [t('sops.library.diff.itemMoved')] : []),
  ];
  return (
    <li className={tags.length === 0 ? 'sop-diff__item sop-diff__item--same' : 'sop-diff__item'}>
      <span className="sop-diff__tag">
        {tags.length === 0 ? t('sops.library.diff.itemSame') : tags.join(' · ')}
      </span>
      {item.text === null ? (
        <div className="sop-diff__context">{item.after.text}</div>
      ) : (
        <TextDiffView diff={item.text} />
      )}
    </li>
  );
}

/** One changed field of a step kept between the versions. */
function StepFieldChangeView({ change }: { change: SopStepFieldChange }) {
  const { t } = useTranslation();
  const roleNameOf = useRoleNameOf();
  const targetText = useTargetText();
  const headingId = useId();
  let body;
  switch (change.field) {
    case 'title':
    case 'notes':
      body = <TextDiffView diff={change.text} />;
      break;
    case 'ownerRoleId':
      body = <ValueChange before={roleNameOf(change.before)} after={roleNameOf(change.after)} />;
      break;
    case 'targetMinutes':
      body = <ValueChange before={targetText(change.before)} after={targetText(change.after)} />;
      break;
    case 'checklist':
      body = (
        <ul className="plain-list sop-diff__items">
          {change.items.map((item) => (
            <ChecklistItemDiffView
              key={item.kind === 'kept' ? item.itemId : `${item.kind}:${item.item.id}`}
              item={item}
            />
          ))}
        </ul>
      );
      break;
    case 'resources':
      body = change.parts.map((part, partIndex) =>
        part.values.map((value, valueIndex) => {
          // List parts have no identity beyond their position in this diff.
          const key = `${partIndex}:${valueIndex}`;
          return part.kind === 'same' ? (
            <div key={key} className="sop-diff__context">
              {value}
            </div>
          ) : (
            <DiffLine key={key} kind={part.kind}>
              {value}
            </DiffLine>
          );
        }),
      );
      break;
  }
  return (
    <div className="sop-diff__field" role="group" aria-labelledby={headingId}>
      <h6 id={headingId} className="sop-diff__field-name">
        {t(`sops.library.diff.stepFields.${change.field}`)}
      </h6>
      {body}
    </div>
  );
}

/**
 * One step of the diff: a new step with its content, a removed one with its title, or a kept one
 * with where it moved from and each changed field (title, owner, target, checklist items,
 * resources, notes) as old and new.
 */
export function StepDiffItem({ diff }: StepDiffItemProps) {
  const { t } = useTranslation();
  const roleNameOf = useRoleNameOf();
  const targetText = useTargetText();
  const headingId = useId();

  if (diff.kind === 'added') {
    const { step } = diff;
    return (
      <li className="sop-diff__step sop-diff__step--added" aria-labelledby={headingId}>
        <h5 id={headingId}>
          {t('sops.library.diff.stepAdded', { number: diff.toIndex + 1, title: step.title })}
        </h5>
        <DiffLine kind="added">{step.title}</DiffLine>
        <DiffLine kind="added">
          {t('sops.library.diff.stepFields.ownerRoleId')}: {roleNameOf(step.ownerRoleId)}
          {' · '}
          {t('sops.library.diff.stepFields.targetMinutes')}: {targetText(step.targetMinutes)}
        </DiffLine>
        {step.checklist.map((item) => (
          <DiffLine key={item.id} kind="added">
            {item.text}
          </DiffLine>
        ))}
      </li>
    );
  }
  if (diff.kind === 'removed') {
    const { step } = diff;
    return (
      <li className="sop-diff__step sop-diff__step--removed" aria-labelledby={headingId}>
        <h5 id={headingId}>
          {t('sops.library.diff.stepRemoved', { number: diff.fromIndex + 1, title: step.title })}
        </h5>
        <DiffLine kind="removed">{step.title}</DiffLine>
      </li>
    );
  }
  return (
    <li className="sop-diff__step" aria-labelledby={headingId}>
      <h5 id={headingId}>
        {t('sops.library.diff.stepKept', { number: diff.toIndex + 1, title: diff.after.title })}
      </h5>
      {diff.isMoved && (
        <p className="sop-diff__tag">
          {t('sops.library.diff.stepMoved', { from: diff.fromIndex + 1 })}
        </p>
      )}
      {diff.changes.map((change) => (
        <StepFieldChangeView key={change.field} change={change} />
      ))}
    </li>
  );
}
