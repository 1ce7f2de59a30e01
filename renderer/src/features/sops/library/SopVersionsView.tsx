import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { SopContent } from '../../../../../shared/domain/sops/sop';
import { diffSopVersions, isSameSopContent } from '../../../../../shared/domain/sops/sopVersions';
import type { SopVersion } from '../../../../../shared/domain/sops/sopVersions';
import { useSop, useSopVersions } from '../useSopData';
import { SopDiffView } from './SopDiffView';
import { SopNotFound } from './SopNotFound';
import { VersionHistoryTable } from './VersionHistoryTable';

/** Props of {@link SopVersionsView}. */
export type SopVersionsViewProps = {
  sopId: string;
};

/** The compare selects' value for the working draft (version numbers are digits). */
const draftKey = 'draft';

/** What the two selects hold: a version number as text, or {@link draftKey}. */
type Comparison = { older: string; newer: string };

/**
 * The default comparison: the latest version with the current draft when the draft has changed
 * since (what publishing would put in force: the publish dialog links here to show it), else the
 * previous version with the latest, or the only version with the draft; null before the first
 * version.
 */
function defaultComparison(versions: readonly SopVersion[], draft: SopContent): Comparison | null {
  const latest = versions.at(-1);
  const previous = versions.at(-2);
  if (latest === undefined) {
    return null;
  }
  return previous === undefined || !isSameSopContent(latest.content, draft)
    ? { older: String(latest.version), newer: draftKey }
    : { older: String(previous.version), newer: String(latest.version) };
}

/** Where a select's value stands in time: a version's number, the draft after every version. */
function positionOf(key: string): number {
  return key === draftKey ? Number.POSITIVE_INFINITY : Number(key);
}

/**
 * The chosen pair in time order, so the diff always reads from the older to the newer whichever
 * select holds which; null when both name the same version (nothing to compare).
 */
function orderedPair(
  olderKey: string,
  newerKey: string,
): { from: string; to: string; isSwapped: boolean } | null {
  const older = positionOf(olderKey);
  const newer = positionOf(newerKey);
  if (older === newer) {
    return null;
  }
  return older < newer
    ? { from: olderKey, to: newerKey, isSwapped: false }
    : { from: newerKey, to: olderKey, isSwapped: true };
}

/**
 * An SOP's versions (`#/sops/<id>/versions`): the history, newest first, and a comparison of any
 * version with another or with the current draft (by default the latest with the draft when the
 * draft has unpublished changes, else the previous with the latest), shown as a readable diff.
 * The diff always reads from the older to the newer of the two chosen, and says which way it
 * reads; choosing the same version twice says there is nothing to compare.
 */
export function SopVersionsView({ sopId }: SopVersionsViewProps) {
  const { t } = useTranslation();
  const sop = useSop(sopId);
  const versions = useSopVersions(sopId);
  const headingId = useId();
  const historyHeadingId = useId();
  const compareHeadingId = useId();
  const olderId = useId();
  const newerId = useId();
  const [chosen, setChosen] = useState<Comparison | null>(null);

  const comparison =
    chosen ??
    (versions === undefined || sop === undefined || sop === null
      ? null
      : defaultComparison(versions, sop.content));
  const olderKey = comparison?.older ?? null;
  const newerKey = comparison?.newer ?? null;
  const pair = olderKey === null || newerKey === null ? null : orderedPair(olderKey, newerKey);
  const diff = useMemo(() => {
    const ordered = olderKey === null || newerKey === null ? null : orderedPair(olderKey, newerKey);
    if (ordered === null || versions === undefined || sop === undefined || sop === null) {
      return null;
    }
    const contentOf = (key: string): SopContent | undefined =>
      key === draftKey
        ? sop.content
        : versions.find((version) => String(version.version) === key)?.content;
    const older = contentOf(ordered.from);
    const newer = contentOf(ordered.to);
    return older === undefined || newer === undefined ? null : diffSopVersions(older, newer);
  }, [olderKey, newerKey, versions, sop]);

  const backLink = (
    <p>
      <Link href={`~/sops/${sopId}`}>{t('sops.library.versions.back')}</Link>
    </p>
  );
  if (sop === undefined || versions === undefined) {
    return <p role="status">{t('sops.library.page.loading')}</p>;
  }
  if (sop === null) {
    return <SopNotFound />;
  }

  const newestFirst = [...versions].sort((left, right) => right.version - left.version);
  const versionOptions = newestFirst.map((version) => (
    <option key={version.version} value={String(version.version)}>
      {t('sops.library.versions.versionOption', { version: version.version })}
    </option>
  ));
  return (
    <article aria-labelledby={headingId} className="sop-versions">
      {backLink}
      <h2 id={headingId}>
        {t('sops.library.versions.heading', {
          title: versions.at(-1)?.content.title ?? sop.content.title,
        })}
      </h2>
      <section aria-labelledby={historyHeadingId}>
        <h3 id={historyHeadingId}>{t('sops.library.versions.history')}</h3>
        {versions.length === 0 ? (
          <p>{t('sops.library.versions.none')}</p>
        ) : (
          <VersionHistoryTable versions={versions} />
        )}
      </section>
      {comparison !== null && (
        <section aria-labelledby={compareHeadingId} className="sop-versions__compare">
          <h3 id={compareHeadingId}>{t('sops.library.versions.compare')}</h3>
          <div className="filters">
            <div className="field">
              <label htmlFor={olderId}>{t('sops.library.versions.older')}</label>
              <select
                id={olderId}
                value={comparison.older}
                onChange={(event) => setChosen({ ...comparison, older: event.currentTarget.value })}
              >
                {versionOptions}
              </select>
            </div>
            <div className="field">
              <label htmlFor={newerId}>{t('sops.library.versions.newer')}</label>
              <select
                id={newerId}
                value={comparison.newer}
                onChange={(event) => setChosen({ ...comparison, newer: event.currentTarget.value })}
              >
                <option value={draftKey}>{t('sops.library.versions.draftOption')}</option>
                {versionOptions}
              </select>
            </div>
          </div>
          {pair === null ? (
            <p role="status">{t('sops.library.versions.sameChoice')}</p>
          ) : (
            <p role="status" className="sop-versions__direction">
              {pair.to === draftKey
                ? t('sops.library.versions.directionToDraft', { from: pair.from })
                : t('sops.library.versions.direction', { from: pair.from, to: pair.to })}
              {pair.isSwapped && ` ${t('sops.library.versions.swapped')}`}
            </p>
          )}
          {diff !== null && <SopDiffView diff={diff} />}
        </section>
      )}
    </article>
  );
}
