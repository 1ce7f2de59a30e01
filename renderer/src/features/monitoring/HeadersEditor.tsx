import { useTranslation } from 'react-i18next';
import { VerbatimTextField } from './VerbatimTextField';

/** One request header row as typed; `key` keeps React's identity when rows are removed. */
export type HeaderDraft = { key: number; name: string; value: string };

/** Props of {@link HeadersEditor}. */
export type HeadersEditorProps = {
  headers: readonly HeaderDraft[];
  /** The translated error of a field (`headers.0.name`), or undefined. */
  errorFor: (path: string) => string | undefined;
  onChange: (headers: HeaderDraft[]) => void;
  onAdd: () => void;
};

/**
 * The optional request headers of a source (an API key, an `Accept` override) as rows of name
 * and value, each labelled with its row number, with a button to remove the row and one to add
 * another.
 */
export function HeadersEditor({ headers, errorFor, onChange, onAdd }: HeadersEditorProps) {
  const { t } = useTranslation();

  function update(key: number, change: Partial<Omit<HeaderDraft, 'key'>>) {
    onChange(headers.map((header) => (header.key === key ? { ...header, ...change } : header)));
  }

  return (
    <fieldset className="form-group">
      <legend>{t('monitoring.form.headers')}</legend>
      <p className="field__description">{t('monitoring.form.headersHint')}</p>
      {headers.length === 0 ? (
        <p>{t('monitoring.form.noHeaders')}</p>
      ) : (
        <ol className="header-rows">
          {headers.map((header, index) => {
            const number = index + 1;
            return (
              <li key={header.key} className="header-rows__row">
                <VerbatimTextField
                  label={t('monitoring.form.headerNameRow', { number })}
                  error={errorFor(`headers.${index}.name`)}
                  value={header.name}
                  onChange={(name) => update(header.key, { name })}
                />
                <VerbatimTextField
                  label={t('monitoring.form.headerValueRow', { number })}
                  error={errorFor(`headers.${index}.value`)}
                  value={header.value}
                  onChange={(value) => update(header.key, { value })}
                />
                <button
                  type="button"
                  className="header-rows__remove"
                  onClick={() => onChange(headers.filter((other) => other.key !== header.key))}
                >
                  {t('monitoring.form.removeHeader', { number })}
                </button>
              </li>
            );
          })}
        </ol>
      )}
      {errorFor('headers') !== undefined && <p className="field__error">{errorFor('headers')}</p>}
      <button type="button" onClick={onAdd}>
        {t('monitoring.form.addHeader')}
      </button>
    </fieldset>
  );
}
