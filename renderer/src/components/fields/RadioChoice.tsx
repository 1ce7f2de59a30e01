/** Props of {@link RadioChoice}: already-translated text. */
export type RadioChoiceProps = {
  /** Unique in the page: ties the label to the radio button. */
  id: string;
  /** The group's name, shared by its choices. */
  name: string;
  label: string;
  isChecked: boolean;
  onSelect: () => void;
};

/** One radio button of a form's group, labelled beside it (`choice` layout). */
export function RadioChoice({ id, name, label, isChecked, onSelect }: RadioChoiceProps) {
  return (
    <div className="choice">
      <input id={id} type="radio" name={name} checked={isChecked} onChange={onSelect} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
