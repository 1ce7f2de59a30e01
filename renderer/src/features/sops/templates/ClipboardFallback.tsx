import { useCallback, useId } from 'react';
import { useTranslation } from 'react-i18next';

/** Props of {@link ClipboardFallback}. */
export type ClipboardFallbackProps = {
  /** The statement text the clipboard refused. */
  text: string;
  /** The language the text is written in (the template's). */
  textLanguage: string;
  onDismiss: () => void;
};

/**
 * Shown when the clipboard refused a statement's text: the text, selected, in a read-only box to
 * copy by hand, saying the statement is marked as released anyway.
 */
export function ClipboardFallback({ text, textLanguage, onDismiss }: ClipboardFallbackProps) {
  const { t } = useTranslation();
  const fallbackId = useId();
  // Stable, so it runs when the box appears and not on every render: selected at once, Ctrl+C
  // is all that is left to do.
  const selectOnMount = useCallback((textArea: HTMLTextAreaElement | null) => {
    textArea?.focus();
    textArea?.select();
  }, []);
  return (
    <div role="alert" className="statement-actions__fallback panel">
      <h4>{t('sops.templates.panel.fallback.heading')}</h4>
      <p>{t('sops.templates.panel.fallback.message')}</p>
      <label htmlFor={fallbackId}>{t('sops.templates.panel.fallback.label')}</label>
      <textarea
        id={fallbackId}
        readOnly
        lang={textLanguage}
        rows={10}
        value={text}
        ref={selectOnMount}
        onFocus={(event) => event.currentTarget.select()}
      />
      <div className="button-row">
        <button type="button" onClick={onDismiss}>
          {t('sops.templates.panel.fallback.close')}
        </button>
      </div>
    </div>
  );
}
