import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { TextAreaField } from '../../../components/fields/TextAreaField';
import { TextField } from '../../../components/fields/TextField';
import { impactNumberFields } from './postmortemEditorDraft';
import type { PostmortemEditorDraft } from './postmortemEditorDraft';

/** The impact as the form holds it. */
type ImpactDraft = PostmortemEditorDraft['impact'];

/** Props of {@link ImpactFields}. */
export type ImpactFieldsProps = {
  impact: ImpactDraft;
  onChange: (impact: ImpactDraft) => void;
  /** The message of an issue at `impact.<field>`, if any. */
  errorFor: (path: string) => string | undefined;
};

/**
 * The impact's fields: customers and records affected, revenue lost with its currency, media
 * reach and the negative-sentiment peak (%), each typed as text and left empty when unknown (never
 * 0), plus a note. A number the save refuses is reported beside its field.
 */
export function ImpactFields({ impact, onChange, errorFor }: ImpactFieldsProps) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <fieldset className="postmortem-editor__group postmortem-impact" aria-labelledby={headingId}>
      <legend id={headingId}>{t('postmortems.page.impact')}</legend>
      <p className="field__description">{t('postmortems.page.impactHint')}</p>
      <div className="postmortem-impact__grid">
        {impactNumberFields.map((field) => (
          <TextField
            key={field}
            label={t(`postmortems.page.${field}`)}
            error={errorFor(`impact.${field}`)}
            inputMode="decimal"
            value={impact[field]}
            onChange={(value) => onChange({ ...impact, [field]: value })}
          />
        ))}
        <TextField
          label={t('postmortems.page.currency')}
          hint={t('postmortems.page.currencyHint')}
          error={errorFor('impact.currency')}
          value={impact.currency}
          onChange={(currency) => onChange({ ...impact, currency })}
        />
      </div>
      <TextAreaField
        label={t('postmortems.page.impactNote')}
        hint={t('postmortems.page.markdownHint')}
        error={errorFor('impact.note')}
        rows={3}
        value={impact.note}
        onChange={(note) => onChange({ ...impact, note })}
      />
    </fieldset>
  );
}
