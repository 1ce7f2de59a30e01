import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { newlyOverdue } from '../../../../../shared/domain/incidents/clocks';
import type { IncidentClock } from '../../../../../shared/domain/incidents/clocks';
import { useLanguage } from '../../../i18n/useLanguage';
import { formatDateTime } from '../../../lib/dates';
import { showDesktopNotification } from '../../../lib/desktopNotification';
import { useNow } from '../../../lib/useNow';
import { useClockName } from './useIncidentClocks';
import { useOpenIncidentClocks } from './useOpenIncidentClocks';

/**
 * Sends a desktop notification each time a clock of any open incident crosses into overdue,
 * whatever page is on screen (a clock runs out while the team is on the Dashboard or the
 * roster, which is exactly when they need telling). It keeps the previous reading of each
 * incident's clocks and notifies what `newlyOverdue` finds between one reading and the next, so
 * once per crossing; the first reading of an incident (app start, a newly declared or reopened
 * incident) only sets the baseline, so a restart never repeats every alert. Whether it was shown
 * is not reported: the clocks on screen say everything. Mount it ONCE, in the app shell: each
 * mount notifies. It renders nothing.
 */
export function OverdueClockWatcher() {
  const { t } = useTranslation();
  const language = useLanguage();
  const clockName = useClockName();
  const now = useNow(1000);
  const open = useOpenIncidentClocks(now);
  const previous = useRef(new Map<string, readonly IncidentClock[]>());

  useEffect(() => {
    if (open === undefined) {
      return;
    }
    const readings = new Map<string, readonly IncidentClock[]>();
    for (const { incident, clocks, deadlines } of open) {
      readings.set(incident.id, clocks);
      const before = previous.current.get(incident.id);
      if (before === undefined) {
        continue;
      }
      for (const clock of newlyOverdue(before, clocks)) {
        const name = clockName(clock, deadlines);
        void showDesktopNotification({
          title: t('incidents.time.notification.title', {
            reference: incident.reference,
            clock: name,
          }),
          body: t('incidents.time.notification.body', {
            title: incident.title,
            clock: name,
            time: clock.dueAt === null ? '' : formatDateTime(clock.dueAt, language),
          }),
        });
      }
    }
    // Closed incidents drop out, so a reopened one starts from a fresh baseline.
    previous.current = readings;
  }, [open, clockName, language, t]);

  return null;
}
