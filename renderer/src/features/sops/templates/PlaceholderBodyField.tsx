import { useId, useLayoutEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { placeholderNames } from '../../../../../shared/domain/sops/statementTemplates';
import type { Language } from '../../../../../shared/domain/settings';
import { findBodyProblems } from './bodyProblems';
import type { BodyProblem } from './bodyProblems';

/** Problems listed under the field at most; the rest are counted. */
const maxListedProblems = 10;

/** Props of {@link PlaceholderBodyField}. */
export type PlaceholderBodyFieldProps = {
  /** The body as typed. */
  value: string;
  onChange: (value: string) => void;
  /** The translated error of the last refused save, or undefined. */
  error: string | undefined;
  /** The language the statement is written in (marks the text for fonts and screen readers). */
  language: Language;
};

/** The text of a placeholder as written in a body. */
function placeholderText(name: string): string {
  return `{{${name}}}`;
}

/**
 * The template body: a plain-text area with a button per placeholder that inserts it where the
 * cursor is (replacing any selection) and puts the cursor after it, and a live check that lists
 * every malformed placeholder and every name the app does not know, with its line and column, as
 * the text is typed. The check is the same parser the save uses, so what it passes, saving passes.
 */
export function PlaceholderBodyField({
  value,
  onChange,
  error,
  language,
}: PlaceholderBodyFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const textAreaRef = useRef<HTMLTextAreaElement>(null);
  // Where the cursor goes once an inserted placeholder has rendered.
  const pendingCursor = useRef<number | null>(null);
  const problems = useMemo(() => findBodyProblems(value), [value]);

  useLayoutEffect(() => {
    const cursor = pendingCursor.current;
    const textArea = textAreaRef.current;
    if (cursor !== null && textArea !== null) {
      pendingCursor.current = null;
      textArea.focus();
      textArea.setSelectionRange(cursor, cursor);
    }
  }, [value]);

  function insert(name: string) {
    const textArea = textAreaRef.current;
    const start = textArea?.selectionStart ?? value.length;
    const end = textArea?.selectionEnd ?? value.length;
    const inserted = placeholderText(name);
    pendingCursor.current = start + inserted.length;
    onChange(value.slice(0, start) + inserted + value.slice(end));
  }

  function problemText(problem: BodyProblem): string {
    const position = { line: problem.line, column: problem.column };
    return problem.kind === 'unknown'
      ? t('sops.templates.form.problems.unknown', {
          ...position,
          placeholder: placeholderText(problem.name),
        })
      : t(`sops.templates.form.problems.${problem.code}`, position);
  }

  const hintId = `${id}-hint`;
  const problemsId = `${id}-problems`;
  const errorId = `${id}-error`;
  const insertLabelId = `${id}-insert`;
  const describedBy = [hintId, problemsId, ...(error === undefined ? [] : [errorId])].join(' ');
  const listed = problems.slice(0, maxListedProblems);
  return (
    <div className="field template-body-field">
      <label htmlFor={id}>{t('sops.templates.form.body')}</label>
      <p id={hintId} className="field__description">
        {t('sops.templates.form.bodyHint', { example: placeholderText('company') })}
      </p>
      <textarea
        id={id}
        ref={textAreaRef}
        lang={language}
        rows={12}
        value={value}
        aria-describedby={describedBy}
        aria-invalid={error === undefined ? undefined : true}
        onChange={(event) => onChange(event.currentTarget.value)}
      />
      <p id={insertLabelId} className="template-body-field__insert-label">
        {t('sops.templates.form.insertGroup')}
      </p>
      <div
        role="group"
        aria-labelledby={insertLabelId}
        className="button-row button-row--compact template-body-field__insert"
      >
        {placeholderNames.map((name) => {
          const label = t(`sops.placeholders.${name}`);
          return (
            <button
              key={name}
              type="button"
              aria-label={t('sops.templates.form.insertPlaceholder', { name: label })}
              onClick={() => insert(name)}
            >
              {label}
            </button>
          );
        })}
      </div>
      <div id={problemsId} className="template-body-field__check">
        {problems.length === 0 ? (
          value.trim() !== '' && <p>{t('sops.templates.form.problemsNone')}</p>
        ) : (
          <>
            <p className="field__error">{t('sops.templates.form.problemsHeading')}</p>
            <ul className="plain-list">
              {listed.map((problem) => (
                <li key={`${problem.line}:${problem.column}`} className="field__error">
                  {problemText(problem)}
                </li>
              ))}
            </ul>
            {problems.length > listed.length && (
              <p className="field__error">
                {t('sops.templates.form.moreProblems', {
                  count: problems.length - listed.length,
                })}
              </p>
            )}
          </>
        )}
      </div>
      {error !== undefined && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
    </div>
  );
}
