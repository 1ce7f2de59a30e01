import { useTranslation } from 'react-i18next';
import type { ChainVerification } from '../../../../../shared/domain/incidents/timeline';

/** Props of {@link ChainStatus}. */
export type ChainStatusProps = {
  /** The check of the incident's timeline; undefined while it loads. */
  check: ChainVerification | undefined;
};

/**
 * Whether the timeline is as the app wrote it: a quiet status line while the hash chain and the
 * incident's recorded head agree, a prominent alert (words and a warning sign, not colour alone)
 * naming the first altered entry and why when they do not.
 */
export function ChainStatus({ check }: ChainStatusProps) {
  const { t } = useTranslation();
  if (check === undefined) {
    return null;
  }
  if (check.isIntact) {
    return (
      <p role="status" className="timeline-chain timeline-chain--intact">
        <span aria-hidden="true">✓ </span>
        {t('incidents.chain.intact', { count: check.count })}
      </p>
    );
  }
  return (
    <div role="alert" className="timeline-chain timeline-chain--broken">
      <span aria-hidden="true" className="timeline-chain__sign">
        ⚠
      </span>
      <p>
        {t('incidents.chain.broken', {
          sequence: check.brokenAtSequence + 1,
          reason: t(`incidents.chain.reasons.${check.reason}`),
        })}
      </p>
    </div>
  );
}
