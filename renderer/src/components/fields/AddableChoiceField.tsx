import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MessageKey } from '../../i18n/messageKeys';
import type { CommandResult, FieldIssue } from '../../lib/commandResult';
import { issueTextAt } from '../../lib/fieldIssueText';
import { FormField } from '../FormField';

/** The select option that opens the "add a new one" field instead of choosing an option. */
const addOption = '__add-new-choice__';

/** The words of an {@link AddableChoiceField}, already translated. */
export type AddableChoiceFieldText = {
  label: string;
  /** The first option, for "none chosen yet"; without it, a value must always be chosen. */
  placeholder?: string;
  /** The option that opens the name field ("Add a category…"). */
  addOption: string;
  /** The sentence that names the group of the name field and its buttons. */
  addHint: string;
  newNameLabel: string;
  confirm: string;
  cancel: string;
};

/** Props of {@link AddableChoiceField}. */
export type AddableChoiceFieldProps = {
  text: AddableChoiceFieldText;
  /** The translated error of the choice, or undefined. */
  error: string | undefined;
  /** The chosen id, or '' while none is chosen. */
  value: string;
  onChange: (id: string) => void;
  /** The ids to offer, in order (undefined while loading). */
  optionIds: readonly string[] | undefined;
  /** The label of an option. */
  optionLabel: (id: string) => string;
  /** Adds (or finds) the named option: its id, or the issues of the name. */
  add: (name: string) => Promise<CommandResult<{ id: string }>>;
  /** The message key of an issue code of `add`. */
  issueMessageKey: (code: string) => MessageKey;
  /** Extra class of the whole field, for the layout around it. */
  className?: string;
};

/**
 * A choice among named options with "Add…" at the end, which opens a name field in place: the
 * built-in options and the company's own (risk categories, qualification types). The added option
 * is chosen at once; Enter in the name field adds it rather than submitting the form around it,
 * and focus goes to the name field when it opens and back to the choice when it closes. A value no
 * longer offered (deleted, or still loading) stays shown, so the select never lies about it.
 */
export function AddableChoiceField({
  text,
  error,
  value,
  onChange,
  optionIds,
  optionLabel,
  add,
  issueMessageKey,
  className,
}: AddableChoiceFieldProps) {
  const { t } = useTranslation();
  const [isAdding, setIsAdding] = useState(false);
  const [name, setName] = useState('');
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [isSaving, setIsSaving] = useState(false);
  const hintId = useId();
  const nameRef = useRef<HTMLInputElement>(null);
  const selectRef = useRef<HTMLSelectElement>(null);
  const wasAdding = useRef(false);

  useEffect(() => {
    if (isAdding) {
      nameRef.current?.focus();
    } else if (wasAdding.current) {
      // The name field is gone: focus goes back to the choice it fed, not to the page.
      selectRef.current?.focus();
    }
    wasAdding.current = isAdding;
  }, [isAdding]);

  const ids = [...(optionIds ?? [])];
  // '' is the placeholder's value when there is one; any other value must be an option.
  if (!ids.includes(value) && (value !== '' || text.placeholder === undefined)) {
    ids.push(value);
  }

  async function addName() {
    setIsSaving(true);
    try {
      const result = await add(name);
      if (result.ok) {
        onChange(result.value.id);
        setIsAdding(false);
        setName('');
        setIssues([]);
      } else {
        setIssues(result.issues);
      }
    } finally {
      setIsSaving(false);
    }
  }

  const nameError =
    issueTextAt(issues, 'name', t, issueMessageKey) ?? issueTextAt(issues, '', t, issueMessageKey);
  return (
    <div className={className === undefined ? 'addable-choice' : `addable-choice ${className}`}>
      <FormField label={text.label} error={error}>
        {(control) => (
          <select
            {...control}
            ref={selectRef}
            value={value}
            onChange={(event) => {
              const chosen = event.currentTarget.value;
              if (chosen === addOption) {
                setIsAdding(true);
              } else {
                onChange(chosen);
              }
            }}
          >
            {text.placeholder !== undefined && <option value="">{text.placeholder}</option>}
            {ids.map((id) => (
              <option key={id} value={id}>
                {optionLabel(id)}
              </option>
            ))}
            <option value={addOption}>{text.addOption}</option>
          </select>
        )}
      </FormField>
      {isAdding && (
        <div role="group" aria-labelledby={hintId} className="addable-choice__add">
          <p id={hintId} className="field__description">
            {text.addHint}
          </p>
          <FormField label={text.newNameLabel} error={nameError}>
            {(control) => (
              <input
                {...control}
                type="text"
                autoComplete="off"
                ref={nameRef}
                value={name}
                onChange={(event) => setName(event.currentTarget.value)}
                onKeyDown={(event) => {
                  // Enter adds the option rather than submitting the whole form around it.
                  if (event.key === 'Enter') {
                    event.preventDefault();
                    void addName();
                  }
                }}
              />
            )}
          </FormField>
          <div className="button-row button-row--compact">
            <button type="button" disabled={isSaving} onClick={() => void addName()}>
              {text.confirm}
            </button>
            <button
              type="button"
              onClick={() => {
                setIsAdding(false);
                setIssues([]);
              }}
            >
              {text.cancel}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
