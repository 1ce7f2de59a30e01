import { useTranslation } from 'react-i18next';
import { VerbatimTextField } from './VerbatimTextField';
import type { MessageKey } from '../../i18n/messageKeys';

/** The fields of a JSON API mapping, in the order the form shows them. */
export const jsonMappingFields = [
  'itemsPath',
  'title',
  'link',
  'text',
  'date',
  'id',
  'author',
] as const;

/** One of {@link jsonMappingFields}. */
export type JsonMappingField = (typeof jsonMappingFields)[number];

/** The mapping as typed: every path as text, blank when not mapped. */
export type JsonMappingDraft = Record<JsonMappingField, string>;

/** The label of each mapping field. */
const fieldLabels = {
  itemsPath: 'monitoring.form.itemsPath',
  title: 'monitoring.form.titlePath',
  link: 'monitoring.form.linkPath',
  text: 'monitoring.form.textPath',
  date: 'monitoring.form.datePath',
  id: 'monitoring.form.idPath',
  author: 'monitoring.form.authorPath',
} as const satisfies Record<JsonMappingField, MessageKey>;

/** Props of {@link JsonMappingFields}. */
export type JsonMappingFieldsProps = {
  mapping: JsonMappingDraft;
  errorFor: (path: string) => string | undefined;
  onChange: (mapping: JsonMappingDraft) => void;
};

/**
 * Where a JSON API's items and their fields are, as dotted paths (shown only for the `json-api`
 * kind): the items path, then title, link, text, date, id and author.
 */
export function JsonMappingFields({ mapping, errorFor, onChange }: JsonMappingFieldsProps) {
  const { t } = useTranslation();
  const groupError = errorFor('jsonMapping');
  return (
    <fieldset className="form-group">
      <legend>{t('monitoring.form.jsonMapping')}</legend>
      <p className="field__description">{t('monitoring.form.jsonMappingHint')}</p>
      {groupError !== undefined && <p className="field__error">{groupError}</p>}
      <div className="form-grid">
        {jsonMappingFields.map((field) => (
          <VerbatimTextField
            key={field}
            label={t(fieldLabels[field])}
            error={errorFor(`jsonMapping.${field}`)}
            value={mapping[field]}
            onChange={(value) => onChange({ ...mapping, [field]: value })}
          />
        ))}
      </div>
    </fieldset>
  );
}
