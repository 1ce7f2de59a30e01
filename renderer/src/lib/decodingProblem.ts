import type { TFunction } from 'i18next';
import type { DecodedText } from './textDecoding';

/**
 * Why decoded bytes cannot be used (the first line that is not valid in the charset they were
 * read in), in the user's language, or null when they decoded. Every import says it first: a file
 * read in the wrong charset has nothing else worth reporting.
 */
export function decodingProblem(decoded: DecodedText | null, t: TFunction): string | null {
  if (decoded === null || decoded.ok) return null;
  return t('fileImport.invalidBytes', {
    line: decoded.invalidLine,
    charset: t(`fileImport.charsets.${decoded.charset}`),
  });
}
