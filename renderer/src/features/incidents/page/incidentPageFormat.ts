import { formatDuration } from 'date-fns';
import { incidentStatuses } from '../../../../../shared/domain/incidents/incident';
import type { IncidentStatus } from '../../../../../shared/domain/incidents/incident';
import { canTransition } from '../../../../../shared/domain/incidents/lifecycle';
import type { Language } from '../../../../../shared/domain/settings';
import type { StatusTone } from '../../../components/StatusBadge';
import { incidentsDomainEn } from '../../../i18n/resources/incidents/incidentsDomainMessages';
import { dateLocaleFor } from '../../../lib/dates';

/** Formatting shared by the incident page's parts: durations, status tones, transition labels. */

const minuteMs = 60_000;
const hourMs = 60 * minuteMs;
const dayMs = 24 * hourMs;

/**
 * A duration of at least a minute in days, hours and whole minutes in the conventions of
 * `language` ("1 day 2 hours 5 minutes", "2 小時 5 分鐘"); null for less than a minute, which the
 * caller words itself ("under a minute"). Days rather than months: a response is counted in hours.
 */
export function formatElapsed(ms: number, language: Language): string | null {
  if (ms < minuteMs) {
    return null;
  }
  const days = Math.floor(ms / dayMs);
  const hours = Math.floor((ms % dayMs) / hourMs);
  const minutes = Math.floor((ms % hourMs) / minuteMs);
  return formatDuration(
    { days, hours, minutes },
    { format: ['days', 'hours', 'minutes'], locale: dateLocaleFor(language) },
  );
}

/** How a status reads at a glance; the word always says it too. */
export const statusTones = {
  detected: 'warning',
  active: 'danger',
  stable: 'busy',
  closed: 'success',
} as const satisfies Record<IncidentStatus, StatusTone>;

/** The key of a lifecycle button's label under `incidents.transitions`. */
export type TransitionKey = keyof typeof incidentsDomainEn.transitions;

/** True when `key` names a transition with a button label. */
function isTransitionKey(key: string): key is TransitionKey {
  return Object.hasOwn(incidentsDomainEn.transitions, key);
}

/** One move an incident can make now: where to, and its button's label key. */
export type OfferedTransition = { to: IncidentStatus; labelKey: TransitionKey };

/** The moves the lifecycle allows from `status`, each with its button label key. */
export function offeredTransitions(status: IncidentStatus): OfferedTransition[] {
  return incidentStatuses.flatMap((to) => {
    if (!canTransition(status, to)) {
      return [];
    }
    const key = `${status}-${to}`;
    return isTransitionKey(key) ? [{ to, labelKey: key }] : [];
  });
}
