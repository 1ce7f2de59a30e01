/** Props of {@link IssueSummary}: already-translated text. */
export type IssueSummaryProps = {
  /** "2 fields need attention", or null when the form has no issues (nothing is shown). */
  heading: string | null;
  /** Messages no field of the form shows, listed under the heading. */
  otherErrors: readonly string[];
};

/**
 * The summary at the top of a refused form: how many problems there are, then the messages that
 * belong to no field (a storage failure, a field the form does not edit), each once.
 */
export function IssueSummary({ heading, otherErrors }: IssueSummaryProps) {
  if (heading === null) return null;
  return (
    <>
      <p className="field__error">{heading}</p>
      {otherErrors.length > 0 && (
        <ul className="plain-list">
          {otherErrors.map((text) => (
            <li key={text} className="field__error">
              {text}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
