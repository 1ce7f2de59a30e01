import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { causeCategories, causeKinds } from '../../../../../shared/domain/postmortems/postmortem';
import { SelectField } from '../../../components/fields/SelectField';
import { TextAreaField } from '../../../components/fields/TextAreaField';
import type { PostmortemEditorDraft } from './postmortemEditorDraft';

/** A cause as the form holds it. */
type CauseDraft = PostmortemEditorDraft['causes'][number];

/** Props of {@link CausesEditor}. */
export type CausesEditorProps = {
  causes: readonly CauseDraft[];
  onChange: (causes: CauseDraft[]) => void;
  /** Adds an empty contributing factor. */
  onAdd: () => void;
  /** Removes the cause at `index` (the editor offers Undo). */
  onRemove: (index: number) => void;
  errorFor: (path: string) => string | undefined;
};

/**
 * The root causes and contributing factors: each with its kind, a category (so recurring causes
 * can be counted across incidents) and its text. Added here or from the 5-whys helper.
 */
export function CausesEditor({ causes, onChange, onAdd, onRemove, errorFor }: CausesEditorProps) {
  const { t } = useTranslation();
  const headingId = useId();

  function change(index: number, update: Partial<CauseDraft>) {
    onChange(causes.map((cause, at) => (at === index ? { ...cause, ...update } : cause)));
  }

  return (
    <fieldset className="postmortem-editor__group" aria-labelledby={headingId}>
      <legend id={headingId}>{t('postmortems.page.causes')}</legend>
      {causes.length === 0 ? (
        <p>{t('postmortems.page.noCauses')}</p>
      ) : (
        <ol className="postmortem-list">
          {causes.map((cause, index) => {
            const number = index + 1;
            return (
              <li key={cause.id} className="postmortem-list__item">
                <fieldset className="postmortem-cause">
                  <legend>{t('postmortems.page.causeHeading', { number })}</legend>
                  <SelectField
                    label={t('postmortems.page.causeKind')}
                    error={errorFor(`causes.${index}.kind`)}
                    value={cause.kind}
                    options={causeKinds}
                    optionLabel={(kind) => t(`postmortems.causeKinds.${kind}`)}
                    onChange={(kind) => change(index, { kind })}
                  />
                  <SelectField
                    label={t('postmortems.page.causeCategory')}
                    error={errorFor(`causes.${index}.category`)}
                    value={cause.category}
                    options={causeCategories}
                    optionLabel={(category) => t(`postmortems.causeCategories.${category}`)}
                    onChange={(category) => change(index, { category })}
                  />
                  <TextAreaField
                    label={t('postmortems.page.causeText')}
                    error={errorFor(`causes.${index}.text`)}
                    rows={2}
                    value={cause.text}
                    onChange={(text) => change(index, { text })}
                  />
                  <button type="button" onClick={() => onRemove(index)}>
                    {t('postmortems.page.removeCause', { number })}
                  </button>
                </fieldset>
              </li>
            );
          })}
        </ol>
      )}
      <button type="button" onClick={onAdd}>
        {t('postmortems.page.addCause')}
      </button>
    </fieldset>
  );
}
