import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localize } from '../../../../../shared/domain/localizedText';
import { incidentTrends, untypedKey } from '../../../../../shared/domain/postmortems/trends';
import type { TrendOptions } from '../../../../../shared/domain/postmortems/trends';
import { EmptyState } from '../../../components/EmptyState';
import { useLanguage } from '../../../i18n/useLanguage';
import { deviceTimeZone } from '../../../lib/dates';
import { useToday } from '../../../lib/useNow';
import { personDisplayName, usePeopleById, useSeverityLevels } from '../../roster';
import { useCrisisTypeName } from '../../sops';
import { useActionItems, usePostmortems } from '../usePostmortemData';
import { BreakdownChart } from './BreakdownChart';
import { CauseCategoryChart } from './CauseCategoryChart';
import { DurationChart } from './DurationChart';
import { OwnerActionItemsChart } from './OwnerActionItemsChart';
import { RecurringCauseTable } from './RecurringCauseTable';
import { TrendControls } from './TrendControls';
import type { TrendChoices } from './TrendControls';
import { useTrendIncidents } from './useTrendIncidents';
import { usePeriodLabel } from './usePeriodLabel';

/** What the screen shows first: by month, every date, exercises left out. */
const initialChoices: TrendChoices = { period: 'month', from: '', to: '', includeExercises: false };

/**
 * Trends across incidents and postmortems (`#/postmortems/trends`): incidents by crisis type and
 * by severity per period, time to first statement and time to stable, recurring causes, and open
 * action items by owner. Every chart has a table of the same numbers. Periods are cut in this
 * device's time zone, which the screen states; exercises count only when asked for.
 */
export function TrendsView() {
  const { t } = useTranslation();
  const language = useLanguage();
  const today = useToday();
  const trendIncidents = useTrendIncidents();
  const postmortems = usePostmortems();
  const actionItems = useActionItems();
  const peopleById = usePeopleById();
  const severityLevels = useSeverityLevels();
  const crisisTypeName = useCrisisTypeName();
  const periodLabel = usePeriodLabel();
  const [choices, setChoices] = useState(initialChoices);
  const timeZone = deviceTimeZone();

  const trends = useMemo(() => {
    if (trendIncidents === undefined || postmortems === undefined || actionItems === undefined) {
      return undefined;
    }
    const isRangeReversed = choices.from !== '' && choices.to !== '' && choices.from > choices.to;
    const options: TrendOptions = {
      includeExercises: choices.includeExercises,
      period: choices.period,
      timeZone,
      today,
      // A reversed range is flagged by the controls and not applied until it is fixed.
      ...(choices.from !== '' && !isRangeReversed ? { from: choices.from } : {}),
      ...(choices.to !== '' && !isRangeReversed ? { to: choices.to } : {}),
    };
    return incidentTrends({
      incidents: trendIncidents.incidents,
      firstStatementAtByIncident: trendIncidents.firstStatementTimes,
      postmortems,
      actionItems,
      options,
    });
  }, [trendIncidents, postmortems, actionItems, choices, timeZone, today]);

  const severityOrder = useMemo(
    () => (severityLevels ?? []).map((level) => level.id),
    [severityLevels],
  );

  if (trends === undefined || trendIncidents === undefined) {
    return null;
  }
  const { incidents } = trendIncidents;
  if (incidents.length === 0) {
    return (
      <EmptyState
        heading={t('postmortems.trends.empty.heading')}
        summary={t('postmortems.trends.empty.summary')}
        status={t('postmortems.trends.empty.status')}
      />
    );
  }

  const typeName = (key: string) =>
    key === untypedKey ? t('postmortems.trends.noCrisisType') : crisisTypeName(key);
  const severityName = (id: string) => {
    const level = severityLevels?.find((candidate) => candidate.id === id);
    return level === undefined ? id : localize(level.name, language);
  };
  const ownerName = (personId: string | null) => {
    if (personId === null) {
      return t('postmortems.trends.noOwner');
    }
    const person = peopleById?.get(personId);
    return person === undefined ? t('postmortems.trends.unknownPerson') : personDisplayName(person);
  };
  const referenceById = new Map(incidents.map((incident) => [incident.id, incident.reference]));
  const severityRank = (id: string) => {
    const rank = severityOrder.indexOf(id);
    return rank === -1 ? severityOrder.length : rank;
  };
  const bySeverity = {
    ...trends.incidentsBySeverity,
    keys: trends.incidentsBySeverity.keys.toSorted((a, b) => severityRank(a) - severityRank(b)),
  };

  return (
    <section className="trends" aria-labelledby="trends-heading">
      <h2 id="trends-heading">{t('postmortems.trends.heading')}</h2>
      <p>{t('postmortems.trends.intro')}</p>
      <TrendControls choices={choices} onChange={setChoices} />
      <p className="trends__note">{t('postmortems.trends.zoneNote', { zone: timeZone })}</p>
      {choices.includeExercises ? (
        <p className="trends__note">{t('postmortems.trends.exercisesIncluded')}</p>
      ) : (
        trends.excludedExerciseCount > 0 && (
          <p className="trends__note trends__note--exercises">
            {t('postmortems.trends.exercisesExcluded', { count: trends.excludedExerciseCount })}
          </p>
        )
      )}
      {trends.incidentCount === 0 ? (
        <p role="status">{t('postmortems.trends.noneInRange')}</p>
      ) : (
        <div className="trends__charts">
          <BreakdownChart
            title={t('postmortems.trends.byType.title')}
            breakdown={trends.incidentsByType}
            keyName={typeName}
            periodLabel={periodLabel}
          />
          <BreakdownChart
            title={t('postmortems.trends.bySeverity.title')}
            breakdown={bySeverity}
            keyName={severityName}
            periodLabel={periodLabel}
          />
          <DurationChart
            title={t('postmortems.trends.durations.firstStatement')}
            note={t('postmortems.trends.durations.firstStatementNote')}
            points={trends.timeToFirstStatement}
            periodLabel={periodLabel}
          />
          <DurationChart
            title={t('postmortems.trends.durations.stable')}
            note={t('postmortems.trends.durations.stableNote')}
            points={trends.timeToStable}
            periodLabel={periodLabel}
          />
          {trends.recurringCauses.categories.length === 0 ? (
            <p>{t('postmortems.trends.causes.none')}</p>
          ) : (
            <CauseCategoryChart categories={trends.recurringCauses.categories} />
          )}
          <RecurringCauseTable
            texts={trends.recurringCauses.texts}
            incidentReference={(id) => referenceById.get(id) ?? id}
          />
          {trends.openActionItemsByOwner.length === 0 ? (
            <p>{t('postmortems.trends.owners.none')}</p>
          ) : (
            <OwnerActionItemsChart owners={trends.openActionItemsByOwner} ownerName={ownerName} />
          )}
        </div>
      )}
    </section>
  );
}
