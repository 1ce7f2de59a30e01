import { useId } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { nistQuestions } from '../../../../../shared/domain/postmortems/postmortem';
import type { Postmortem } from '../../../../../shared/domain/postmortems/postmortem';
import { FactList } from '../../../components/FactList';
import { MarkdownText } from '../../../components/MarkdownText';
import { useLanguage } from '../../../i18n/useLanguage';
import { formatAmount } from '../../../lib/numbers';
import { impactNumberFields } from './postmortemEditorDraft';

/** Props of {@link PostmortemReadView}. */
export type PostmortemReadViewProps = {
  postmortem: Postmortem;
};

/**
 * A postmortem's content as written, read-only (in review or published): the sections rendered
 * as Markdown through the one audited component, unknown numbers said as "Unknown".
 */
export function PostmortemReadView({ postmortem }: PostmortemReadViewProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const headingId = useId();
  const { content } = postmortem;

  function text(markdown: string): ReactNode {
    return markdown.trim() === '' ? (
      <p className="postmortem-read__empty">{t('postmortems.page.notAnswered')}</p>
    ) : (
      <MarkdownText text={markdown} />
    );
  }

  function section(id: string, heading: string, body: ReactNode) {
    return (
      <section key={id} className="postmortem-read__section">
        <h4>{heading}</h4>
        {body}
      </section>
    );
  }

  return (
    <section className="postmortem-read" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('postmortems.page.content')}</h3>
      <p className="field__description">{t('postmortems.page.readOnlyNote')}</p>
      {section('summary', t('postmortems.page.summary'), text(content.summary))}
      {section(
        'impact',
        t('postmortems.page.impact'),
        <>
          <FactList
            facts={[
              ...impactNumberFields.map((field) => {
                const value = content.impact[field];
                const shown =
                  value === null
                    ? t('postmortems.page.unknown')
                    : `${formatAmount(value, language)}${field === 'negativeSentimentPeakPercent' ? ' %' : ''}${field === 'revenueLoss' ? ` ${content.impact.currency}` : ''}`;
                return { id: field, label: t(`postmortems.page.${field}`), value: shown };
              }),
            ]}
          />
          {content.impact.note.trim() !== '' && <MarkdownText text={content.impact.note} />}
        </>,
      )}
      {section('detection', t('postmortems.page.detection'), text(content.detection))}
      {section('trigger', t('postmortems.page.trigger'), text(content.trigger))}
      {section(
        'causes',
        t('postmortems.page.causes'),
        content.causes.length === 0 ? (
          <p>{t('postmortems.page.noCauses')}</p>
        ) : (
          <ul className="postmortem-list">
            {content.causes.map((cause) => (
              <li key={cause.id}>
                <strong>{t(`postmortems.causeKinds.${cause.kind}`)}</strong> ·{' '}
                {t(`postmortems.causeCategories.${cause.category}`)}: {cause.text}
              </li>
            ))}
          </ul>
        ),
      )}
      {content.whyChains.length > 0 &&
        section(
          'whys',
          t('postmortems.page.whys'),
          content.whyChains.map((chain) => (
            <ol key={chain.id} className="postmortem-why-chain__whys">
              <li>
                {t('postmortems.page.problem')}: {chain.problem}
              </li>
              {chain.whys.map((answer, index) => (
                // Answers never move, so their position is their identity.
                <li key={index}>
                  {t('postmortems.page.why', { number: index + 1 })} {answer}
                </li>
              ))}
            </ol>
          )),
        )}
      {section('wentWell', t('postmortems.page.wentWell'), text(content.wentWell))}
      {section('wentBadly', t('postmortems.page.wentBadly'), text(content.wentBadly))}
      {section('gotLucky', t('postmortems.page.gotLucky'), text(content.gotLucky))}
      {section(
        'nist',
        t('postmortems.page.nist'),
        nistQuestions.map((question) => (
          <div key={question} className="postmortem-read__question">
            <h5>{t(`postmortems.nistQuestions.${question}`)}</h5>
            {text(content.nist[question])}
          </div>
        )),
      )}
      {section('result', t('postmortems.page.result'), text(content.result))}
      {section(
        'lessons',
        t('postmortems.page.lessons'),
        content.lessons.length === 0 ? (
          <p>{t('postmortems.page.noLessons')}</p>
        ) : (
          <ol className="postmortem-list">
            {content.lessons.map((lesson) => (
              <li key={lesson.id}>{lesson.text}</li>
            ))}
          </ol>
        ),
      )}
      {section(
        'tags',
        t('postmortems.page.tags'),
        <p>{content.tags.length === 0 ? t('postmortems.page.noTags') : content.tags.join(', ')}</p>,
      )}
    </section>
  );
}
