import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SopStep } from '../../../../../shared/domain/sops/sop';
import { MarkdownText } from '../../../components/MarkdownText';
import { useRoleNameOf, useTargetText } from '../sopFormat';

/** Props of {@link SopStepItem}. */
export type SopStepItemProps = {
  step: SopStep;
  /** 1-based position in the SOP. */
  number: number;
};

/**
 * One step of an SOP as a list item: its title, owner role and target time after activation,
 * then its checklist, resources and Markdown notes when it has them. Resources are shown as the
 * text typed, never opened as links, since they may name a document or a room.
 */
export function SopStepItem({ step, number }: SopStepItemProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const roleNameOf = useRoleNameOf();
  const targetText = useTargetText();
  return (
    <li className="sop-step" aria-labelledby={headingId}>
      <h5 id={headingId} className="sop-step__title">
        {t('sops.library.page.content.stepHeading', { number, title: step.title })}
      </h5>
      <dl className="sop-step__facts">
        <div>
          <dt>{t('sops.library.page.content.owner')}</dt>
          <dd>{roleNameOf(step.ownerRoleId)}</dd>
        </div>
        <div>
          <dt>{t('sops.library.page.content.target')}</dt>
          <dd>{targetText(step.targetMinutes)}</dd>
        </div>
      </dl>
      {step.checklist.length > 0 && (
        <>
          <h6 className="sop-step__subheading">{t('sops.library.page.content.checklist')}</h6>
          <ul className="sop-step__checklist">
            {step.checklist.map((item) => (
              <li key={item.id}>{item.text}</li>
            ))}
          </ul>
        </>
      )}
      {step.resources.length > 0 && (
        <>
          <h6 className="sop-step__subheading">{t('sops.library.page.content.resources')}</h6>
          <ul className="sop-step__resources">
            {step.resources.map((resource, index) => (
              // Resources have no id and may repeat: the position keeps keys unique.
              <li key={`${index}:${resource}`}>{resource}</li>
            ))}
          </ul>
        </>
      )}
      {step.notes.trim() !== '' && (
        <>
          <h6 className="sop-step__subheading">{t('sops.library.page.content.notes')}</h6>
          <MarkdownText text={step.notes} />
        </>
      )}
    </li>
  );
}
