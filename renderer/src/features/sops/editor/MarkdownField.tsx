import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../../components/FormField';
import { MarkdownText } from '../../../components/MarkdownText';

/** Props of {@link MarkdownField}: already-translated text. */
export type MarkdownFieldProps = {
  label: string;
  /** The name of the preview toggle ("Preview purpose", "Preview step 2 notes"). */
  previewLabel: string;
  error: string | undefined;
  value: string;
  onChange: (value: string) => void;
  rows: number;
};

/**
 * A Markdown text field of the SOP editor with a "Preview" toggle that shows the text rendered
 * the way the SOP page will show it (safely: no raw HTML, no images). The preview appears under the
 * field rather than in its place, so the field stays reachable for typing and for focus on a
 * refused save.
 */
export function MarkdownField({
  label,
  previewLabel,
  error,
  value,
  onChange,
  rows,
}: MarkdownFieldProps) {
  const { t } = useTranslation();
  const [isPreviewing, setIsPreviewing] = useState(false);
  const previewId = useId();
  return (
    <div className="sop-editor__markdown">
      <FormField label={label} hint={t('sops.editor.markdownHint')} error={error}>
        {(control) => (
          <textarea
            {...control}
            rows={rows}
            value={value}
            onChange={(event) => onChange(event.currentTarget.value)}
          />
        )}
      </FormField>
      <button
        type="button"
        className="sop-editor__preview-toggle"
        aria-pressed={isPreviewing}
        aria-label={previewLabel}
        aria-controls={isPreviewing ? previewId : undefined}
        onClick={() => setIsPreviewing((current) => !current)}
      >
        {t('sops.editor.preview')}
      </button>
      {isPreviewing && (
        <section id={previewId} className="sop-editor__preview" aria-label={previewLabel}>
          {value.trim() === '' ? (
            <p className="sop-editor__preview-empty">{t('sops.editor.previewEmpty')}</p>
          ) : (
            <MarkdownText text={value} />
          )}
        </section>
      )}
    </div>
  );
}
