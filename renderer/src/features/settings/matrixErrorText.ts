import type { TFunction } from 'i18next';
import type { MatrixFieldError } from './riskMatrixDraft';

/** The translated reason a matrix field is refused, or undefined when it is not. */
export function matrixErrorText(
  error: MatrixFieldError | undefined,
  t: TFunction,
): string | undefined {
  if (error === undefined) return undefined;
  if (error.code === 'whole-number') {
    return t('risks.matrix.errors.whole-number', { min: error.min, max: error.max });
  }
  return t(`risks.matrix.errors.${error.code}`);
}
