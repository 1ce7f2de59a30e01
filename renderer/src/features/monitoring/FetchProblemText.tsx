import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { FetchError, FetchWarning } from '../../../../shared/monitoring/records';
import { sourceKinds } from '../../../../shared/monitoring/source';
import type { SourceKind } from '../../../../shared/monitoring/source';

function isSourceKind(value: string | number | undefined): value is SourceKind {
  return sourceKinds.some((kind) => kind === value);
}

/**
 * A fetch error as a sentence in the UI language, from its code and parameters ("Timed out after
 * 30 s"). The English `detail` is never shown in its place: it is for diagnostics.
 */
export function describeFetchError(error: FetchError, t: TFunction): string {
  return t(`monitoring.fetchErrors.${error.code}`, error.params);
}

/** A fetch warning as a sentence in the UI language; feed kinds in it are named, not coded. */
export function describeFetchWarning(warning: FetchWarning, t: TFunction): string {
  const params = Object.fromEntries(
    Object.entries(warning.params).map(([name, value]) => [
      name,
      isSourceKind(value) ? t(`monitoring.kinds.${value}`) : value,
    ]),
  );
  return t(`monitoring.fetchWarnings.${warning.code}`, params);
}

/** Props of {@link FetchProblemText}. */
export type FetchProblemTextProps = {
  error: FetchError | null;
  warnings: readonly FetchWarning[];
};

/**
 * What went wrong with a fetch and what is worth knowing about it, as plain sentences: the error
 * first, then each warning. Renders nothing when there is nothing to say.
 */
export function FetchProblemText({ error, warnings }: FetchProblemTextProps) {
  const { t } = useTranslation();
  if (error === null && warnings.length === 0) {
    return null;
  }
  return (
    <ul className="plain-list">
      {error !== null && <li className="text-danger">{describeFetchError(error, t)}</li>}
      {warnings.map((warning) => (
        <li key={`${warning.code}-${JSON.stringify(warning.params)}`}>
          {describeFetchWarning(warning, t)}
        </li>
      ))}
    </ul>
  );
}
