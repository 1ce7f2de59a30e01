import type { RiskBand } from '../../../../../shared/domain/risks/riskMatrix';
import { readableTextColour, useLocalizedText } from '../riskLabels';

/** Props of {@link ScoreBadge}. */
export type ScoreBadgeProps = {
  score: number;
  /** The band the score falls in, or undefined when the matrix no longer has it (old history). */
  band: RiskBand | undefined;
  /** Shown in place of the band's name when the band is gone. */
  bandId?: string;
};

/**
 * A score and its level band in words ("12 High") on the band's colour. The words carry the
 * meaning; the colour only matches the heat map, with a text colour chosen to stay readable.
 */
export function ScoreBadge({ score, band, bandId }: ScoreBadgeProps) {
  const localize = useLocalizedText();
  const label = band === undefined ? (bandId ?? '') : localize(band.label);
  return (
    <span
      className="risk-score"
      style={
        band === undefined
          ? undefined
          : { backgroundColor: band.colour, color: readableTextColour(band.colour) }
      }
    >
      <span className="risk-score__number">{score}</span> {label}
    </span>
  );
}
