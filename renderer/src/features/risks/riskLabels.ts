import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { localize } from '../../../../shared/domain/localizedText';
import type { LocalizedText } from '../../../../shared/domain/localizedText';
import { isBuiltInRiskCategory } from '../../../../shared/domain/risks/riskCategories';
import { useLanguage } from '../../i18n/useLanguage';
import { useRiskCategories } from './useRiskData';

/**
 * The label of a category id: the translated name of a built-in category, the name a user gave a
 * custom one, or the id itself when it is unknown (so a risk is never shown without a category).
 */
export function useCategoryLabel(): (categoryId: string) => string {
  const { t } = useTranslation();
  const categories = useRiskCategories();
  return useCallback(
    (categoryId: string) => {
      if (isBuiltInRiskCategory(categoryId)) {
        return t(`risks.categories.${categoryId}`);
      }
      return categories?.find(({ id }) => id === categoryId)?.customName ?? categoryId;
    },
    [categories, t],
  );
}

/** A matrix label (level or band name) in the language the UI is shown in. */
export function useLocalizedText(): (text: LocalizedText) => string {
  const language = useLanguage();
  return useCallback((text: LocalizedText) => localize(text, language), [language]);
}

/** Relative luminance of an sRGB `#rrggbb` colour (WCAG 2). */
function luminance(colour: string): number {
  const channels = [1, 3, 5].map(
    (start) => Number.parseInt(colour.slice(start, start + 2), 16) / 255,
  );
  const [red = 0, green = 0, blue = 0] = channels.map((value) =>
    value <= 0.039_28 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4,
  );
  return 0.2126 * red + 0.7152 * green + 0.0722 * blue;
}

/**
 * Black or white, whichever contrasts more with a band colour, so a band's name stays readable
 * on whatever colour a company picks for it.
 */
export function readableTextColour(background: string): string {
  const backgroundLuminance = luminance(background);
  const contrastWithBlack = (backgroundLuminance + 0.05) / 0.05;
  const contrastWithWhite = 1.05 / (backgroundLuminance + 0.05);
  return contrastWithBlack >= contrastWithWhite ? '#000000' : '#ffffff';
}
