import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Incident } from '../../../../../shared/domain/incidents/incident';
import { useNow } from '../../../lib/useNow';
import { ClockTile } from './ClockTile';
import { useClockName, useIncidentClocks } from './useIncidentClocks';

/** Props of {@link ClocksPanel}. */
export type ClocksPanelProps = { incident: Incident };

/**
 * The incident's clocks as large tiles, ticking every second: time since detection, the first
 * statement against its target, the next update and the next situation report by the severity's
 * cadence, then the custom deadlines. Desktop notifications of clocks going overdue come from the
 * app-wide `OverdueClockWatcher`, not from here, so they go out whatever page is open.
 */
export function ClocksPanel({ incident }: ClocksPanelProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const now = useNow(1000);
  const view = useIncidentClocks(incident, now);
  const clockName = useClockName();

  return (
    <section className="incident-clocks" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('incidents.time.clocks.heading')}</h2>
      {view === undefined ? (
        <p role="status">{t('incidents.time.clocks.loading')}</p>
      ) : (
        <ul className="incident-clocks__list">
          {view.clocks.map((clock) => (
            <ClockTile
              key={clock.id}
              clock={clock}
              name={clockName(clock, view.deadlines)}
              now={now}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
