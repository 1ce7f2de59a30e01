import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/useLanguage';
import { formatDateTime } from '../../lib/dates';
import { formatPercent } from '../../lib/numbers';
import { useSourceCoverage } from './useSourceCoverage';

/** Props of {@link CoverageView}. */
export type CoverageViewProps = {
  sourceId: string;
  /** Start and end of the period shown (epoch ms). */
  from: number;
  to: number;
};

/** Position and width of a stretch of time on the bar, in percent of the period. */
function barPlacement(start: number, end: number, from: number, to: number) {
  const span = Math.max(1, to - from);
  const left = ((Math.max(start, from) - from) / span) * 100;
  const right = ((Math.min(end, to) - from) / span) * 100;
  // A scan is a moment: keep it visible as a sliver rather than nothing.
  return { left: `${left}%`, width: `${Math.max(0.3, right - left)}%` };
}

/**
 * When a source was really scanned over a period and why it was not at other times: a bar of
 * scanned windows and gaps for the eye (hidden from screen readers), and the same facts as text,
 * the share of time scanned and each gap with its reasons (asleep, offline, failing, app not
 * running).
 */
export function CoverageView({ sourceId, from, to }: CoverageViewProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const gapsHeadingId = useId();
  const coverage = useSourceCoverage(sourceId, from, to);
  if (coverage === undefined) {
    return <p role="status">{t('monitoring.loading')}</p>;
  }
  const scannedMs = coverage.windows.reduce(
    (total, window) => total + Math.max(0, Math.min(window.end, to) - Math.max(window.start, from)),
    0,
  );
  const scannedPercent = Math.min(100, (scannedMs / Math.max(1, to - from)) * 100);
  return (
    <>
      <div
        className="coverage-bar"
        aria-hidden="true"
        title={t('monitoring.detail.coverageBarLabel')}
      >
        {coverage.windows.map((window) => (
          <span
            key={`w${window.start}`}
            className="coverage-bar__window"
            style={barPlacement(window.start, window.end, from, to)}
          />
        ))}
        {coverage.gaps.map((gap) => (
          <span
            key={`g${gap.start}`}
            className={`coverage-bar__gap coverage-bar__gap--${gap.reasons[0] ?? 'not-running'}`}
            style={barPlacement(gap.start, gap.end, from, to)}
          />
        ))}
      </div>
      {coverage.windows.length === 0 ? (
        <p>{t('monitoring.detail.coverageNone')}</p>
      ) : coverage.gaps.length === 0 ? (
        <p>{t('monitoring.detail.coverageComplete')}</p>
      ) : (
        <p>
          {t('monitoring.detail.coverageScanned', {
            percent: formatPercent(scannedPercent, language),
          })}
        </p>
      )}
      {coverage.gaps.length > 0 && (
        <>
          <h4 id={gapsHeadingId}>{t('monitoring.detail.gapsHeading')}</h4>
          <ul className="coverage-gaps" aria-labelledby={gapsHeadingId}>
            {coverage.gaps.map((gap) => (
              <li key={gap.start}>
                {t('monitoring.detail.gap', {
                  from: formatDateTime(gap.start, language),
                  to: formatDateTime(gap.end, language),
                  reasons:
                    gap.reasons.length === 0
                      ? t('monitoring.detail.reasonUnknown')
                      : gap.reasons
                          .map((reason) => t(`monitoring.detail.reasons.${reason}`))
                          .join(t('monitoring.detail.reasonSeparator')),
                })}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
