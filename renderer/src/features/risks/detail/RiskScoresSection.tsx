import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { RiskMatrix } from '../../../../../shared/domain/risks/riskMatrix';
import { scoreKinds } from '../../../../../shared/domain/risks/scoring';
import type { ResolvedScores } from '../../../../../shared/domain/risks/scoring';
import { useLanguage } from '../../../i18n/useLanguage';
import { formatPercent } from '../../../lib/numbers';
import { useLocalizedText } from '../riskLabels';
import { ScoreBadge } from './ScoreBadge';

/** Props of {@link RiskScoresSection}. */
export type RiskScoresSectionProps = {
  scores: ResolvedScores;
  matrix: RiskMatrix;
};

/**
 * The inherent, current and target scores side by side: each with its band (colour and name),
 * its likelihood and impact by the matrix's level names, and where it comes from (derived from
 * the controls, with their combined effectiveness, or rated by hand).
 */
export function RiskScoresSection({ scores, matrix }: RiskScoresSectionProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const localize = useLocalizedText();
  const headingId = useId();

  function levelName(labels: RiskMatrix['likelihoodLabels'], level: number): string {
    const label = labels[level - 1];
    return t('risks.detail.scoring.level', {
      level,
      label: label === undefined ? String(level) : localize(label),
    });
  }

  return (
    <section aria-labelledby={headingId} className="panel risk-section">
      <h3 id={headingId}>{t('risks.detail.scores.heading')}</h3>
      <ul className="risk-scores">
        {scoreKinds.map((kind) => {
          const scored = scores[kind];
          return (
            <li key={kind} className="risk-scores__card" aria-label={t(`risks.scoreKinds.${kind}`)}>
              <h4 className="risk-scores__kind">{t(`risks.scoreKinds.${kind}`)}</h4>
              <p className="risk-scores__value">
                <ScoreBadge score={scored.score} band={scored.band} />
              </p>
              <p className="risk-scores__cell">
                {t('risks.detail.scores.cell', {
                  likelihood: levelName(matrix.likelihoodLabels, scored.likelihood),
                  impact: levelName(matrix.impactLabels, scored.impact),
                })}
              </p>
              {kind !== 'inherent' && (
                <p className="field__description">
                  {scored.isDerived
                    ? t('risks.detail.scores.derivedFrom', {
                        effectiveness: formatPercent(scored.effectiveness, language),
                      })
                    : t('risks.detail.scores.ratedByHand')}
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
