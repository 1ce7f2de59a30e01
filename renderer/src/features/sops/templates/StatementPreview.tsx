import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  fillTemplate,
  placeholderNames,
} from '../../../../../shared/domain/sops/statementTemplates';
import type {
  PlaceholderContext,
  StatementTemplate,
} from '../../../../../shared/domain/sops/statementTemplates';
import { useLanguage } from '../../../i18n/useLanguage';

/** Props of {@link StatementPreview}. */
export type StatementPreviewProps = {
  template: Pick<StatementTemplate, 'body' | 'requiredPlaceholders' | 'language'>;
  context: PlaceholderContext;
};

/**
 * The filled statement as it will be sent, as plain text with its line breaks, in the template's
 * language. Never a preview with blanks: while a value is missing it lists what to fill in (by
 * the field's name), and it names placeholders the app does not know and says when the
 * template's braces are broken, since both need the template fixed.
 */
export function StatementPreview({ template, context }: StatementPreviewProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const headingId = useId();
  const filled = useMemo(() => fillTemplate(template, context), [template, context]);
  const listFormat = new Intl.ListFormat(language, { type: 'conjunction' });
  return (
    <section aria-labelledby={headingId} className="statement-preview">
      <h4 id={headingId}>{t('sops.templates.panel.previewHeading')}</h4>
      {filled.ok ? (
        <div className="statement-text" lang={template.language}>
          {filled.text}
        </div>
      ) : (
        <div className="statement-preview__blocked">
          <p>{t('sops.templates.panel.previewBlocked')}</p>
          <ul className="plain-list">
            {filled.missing.length > 0 && (
              <li>
                {t('sops.templates.panel.fillIn', {
                  // In the order of the fields above, not of first use in the text.
                  names: listFormat.format(
                    placeholderNames
                      .filter((name) => filled.missing.includes(name))
                      .map((name) => t(`sops.placeholders.${name}`)),
                  ),
                })}
              </li>
            )}
            {filled.unknown.length > 0 && (
              <li className="text-danger">
                {t('sops.templates.panel.unknownPlaceholders', {
                  names: listFormat.format(filled.unknown.map((name) => `{{${name}}}`)),
                })}
              </li>
            )}
            {filled.malformed.length > 0 && (
              <li className="text-danger">{t('sops.templates.panel.malformedPlaceholders')}</li>
            )}
          </ul>
        </div>
      )}
    </section>
  );
}
