import { useId } from 'react';

/** One choice of a {@link CheckboxList}: its stored id and its shown name. */
export type CheckboxOption = { id: string; label: string };

/** Props of {@link CheckboxList}: already-translated text. */
export type CheckboxListProps = {
  legend: string;
  /** Shown instead of the boxes when there is nothing to choose from. */
  emptyText: string;
  options: readonly CheckboxOption[];
  /** The chosen ids, in the order they were chosen. */
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  /** Why the choice was refused, or undefined. */
  error: string | undefined;
};

/**
 * A group of checkboxes for choosing several of a list (affected audiences, linked risks), in a
 * fieldset named by its legend. A chosen id that is no longer offered stays chosen and shown, so
 * saving never drops it silently.
 */
export function CheckboxList({
  legend,
  emptyText,
  options,
  selected,
  onChange,
  error,
}: CheckboxListProps) {
  const baseId = useId();
  const errorId = `${baseId}-error`;
  const shown = [
    ...options,
    ...selected
      .filter((id) => !options.some((option) => option.id === id))
      .map((id) => ({ id, label: id })),
  ];
  return (
    <fieldset
      className="form-group incident-checkboxes"
      aria-describedby={error === undefined ? undefined : errorId}
      aria-invalid={error === undefined ? undefined : true}
    >
      <legend>{legend}</legend>
      {shown.length === 0 && <p className="field__description">{emptyText}</p>}
      <div className="incident-checkboxes__list">
        {shown.map((option, index) => {
          const id = `${baseId}-${String(index)}`;
          return (
            <div key={option.id} className="choice">
              <input
                id={id}
                type="checkbox"
                checked={selected.includes(option.id)}
                onChange={(event) => {
                  const isChecked = event.currentTarget.checked;
                  onChange(
                    isChecked
                      ? [...selected, option.id]
                      : selected.filter((chosen) => chosen !== option.id),
                  );
                }}
              />
              <label htmlFor={id}>{option.label}</label>
            </div>
          );
        })}
      </div>
      {error !== undefined && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
