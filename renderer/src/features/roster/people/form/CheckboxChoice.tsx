/** Props of {@link CheckboxChoice}: already-translated text. */
export type CheckboxChoiceProps = {
  /** Unique in the page: ties the label to the checkbox. */
  id: string;
  label: string;
  isChecked: boolean;
  onChange: (isChecked: boolean) => void;
  /** True while the group the checkbox belongs to was refused (no working day chosen). */
  isInvalid?: boolean;
  /** The id of the message explaining why the group was refused. */
  describedBy?: string;
};

/** One checkbox of a form, labelled beside it (`choice` layout, like a radio choice). */
export function CheckboxChoice({
  id,
  label,
  isChecked,
  onChange,
  isInvalid = false,
  describedBy,
}: CheckboxChoiceProps) {
  return (
    <div className="choice">
      <input
        id={id}
        type="checkbox"
        checked={isChecked}
        aria-invalid={isInvalid ? true : undefined}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
