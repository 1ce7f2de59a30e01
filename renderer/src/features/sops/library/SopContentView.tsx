import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SopContent } from '../../../../../shared/domain/sops/sop';
import { MarkdownText } from '../../../components/MarkdownText';
import { SopStepItem } from './SopStepItem';

/** Props of {@link SopContentView}. */
export type SopContentViewProps = {
  content: SopContent;
};

/** A Markdown field, or "Not written yet." when it is blank. */
function MarkdownOrBlank({ text }: { text: string }) {
  const { t } = useTranslation();
  return text.trim() === '' ? (
    <p className="sop-content__blank">{t('sops.library.page.content.notWritten')}</p>
  ) : (
    <MarkdownText text={text} />
  );
}

/**
 * The body of an SOP (a published version or the draft): purpose and trigger criteria rendered
 * as safe Markdown, then the ordered steps.
 */
export function SopContentView({ content }: SopContentViewProps) {
  const { t } = useTranslation();
  const idPrefix = useId();
  return (
    <div className="sop-content">
      <section aria-labelledby={`${idPrefix}-purpose`}>
        <h4 id={`${idPrefix}-purpose`}>{t('sops.library.page.content.purpose')}</h4>
        <MarkdownOrBlank text={content.purpose} />
      </section>
      <section aria-labelledby={`${idPrefix}-trigger`}>
        <h4 id={`${idPrefix}-trigger`}>{t('sops.library.page.content.triggerCriteria')}</h4>
        <MarkdownOrBlank text={content.triggerCriteria} />
      </section>
      <section aria-labelledby={`${idPrefix}-steps`}>
        <h4 id={`${idPrefix}-steps`}>{t('sops.library.page.content.steps')}</h4>
        <ol className="sop-steps">
          {content.steps.map((step, index) => (
            <SopStepItem key={step.id} step={step} number={index + 1} />
          ))}
        </ol>
      </section>
    </div>
  );
}
