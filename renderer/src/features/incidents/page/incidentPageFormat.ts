import { incidentStatuses } from '../../../../../shared/domain/incidents/incident';
import type { IncidentStatus } from '../../../../../shared/domain/incidents/incident';
import { canTransition } from '../../../../../shared/domain/incidents/lifecycle';
import type { StatusTone } from '../../../components/StatusBadge';
import { incidentsDomainEn } from '../../../i18n/resources/incidents/incidentsDomainMessages';

/** Formatting shared by the incident page's parts: status tones, transition labels. */

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
