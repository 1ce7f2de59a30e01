import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../../shared/domain/settings';
import type { PlaceholderName } from '../../../../../shared/domain/sops/statementTemplates';

/**
 * Sample values for every placeholder, written in `language` (the template's language, which may
 * differ from the app's): a fictional company and incident so a template can be tried out and
 * its preview read before an incident happens. The panel labels them as a sample wherever they
 * are shown, so they are never taken for facts.
 */
export function useSampleValues(language: Language): Record<PlaceholderName, string> {
  const { i18n } = useTranslation();
  return useMemo(() => {
    const t = i18n.getFixedT(language);
    return {
      company: t('sops.templates.sampleValues.company'),
      product: t('sops.templates.sampleValues.product'),
      incidentTitle: t('sops.templates.sampleValues.incidentTitle'),
      detectedAt: t('sops.templates.sampleValues.detectedAt'),
      whatWeKnow: t('sops.templates.sampleValues.whatWeKnow'),
      whatWeAreDoing: t('sops.templates.sampleValues.whatWeAreDoing'),
      nextUpdateAt: t('sops.templates.sampleValues.nextUpdateAt'),
      spokesperson: t('sops.templates.sampleValues.spokesperson'),
    };
  }, [i18n, language]);
}
