import { useCallback } from 'react';
import { localize } from '../../../../../shared/domain/localizedText';
import { useLanguage } from '../../../i18n/useLanguage';
import { useSeverityLevels } from '../../roster';

/**
 * The name of a severity level id in the UI language, from the company's levels; a level removed
 * since an SOP named it shows its id rather than a blank.
 */
export function useSeverityNameOf(): (severityId: string) => string {
  const language = useLanguage();
  const levels = useSeverityLevels();
  return useCallback(
    (severityId) => {
      const level = levels?.find(({ id }) => id === severityId);
      return level === undefined ? severityId : localize(level.name, language);
    },
    [levels, language],
  );
}
