import { act, render } from '@testing-library/react';
import type { RenderResult } from '@testing-library/react';
import type { ComponentType } from 'react';
import { vi } from 'vitest';
import { I18nextProvider } from 'react-i18next';
import { Router } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { loadStartup } from '../../../../../renderer/src/app/startup';
import { declareIncident } from '../../../../../renderer/src/features/incidents/incidentCommands';
import { useIncident } from '../../../../../renderer/src/features/incidents/useIncidentData';
import type { CommandResult } from '../../../../../renderer/src/lib/commandResult';
import type { Incident, IncidentInput } from '../../../../../shared/domain/incidents/incident';

/** One minute in milliseconds. */
export const minute = 60_000;

/** The moment every time test starts at (the faked `Date.now()`): 22 Nov 2026, 09:00 in Taipei. */
export const start = Date.UTC(2026, 10, 22, 1, 0);

/** The value of a successful command; fails the test with the issues otherwise. */
export function valueOf<T>(result: CommandResult<T>): T {
  if (!result.ok) {
    throw new Error(`expected success, got ${JSON.stringify(result.issues)}`);
  }
  return result.value;
}

/**
 * Declares a SEV 1 data-breach incident detected five minutes before {@link start} and made
 * active at `start`: its first statement is due at start + 55 min, the next update at start + 60
 * min and the next situation report at start + 4 h (the default cadence).
 */
export async function declareTestIncident(
  overrides: Partial<IncidentInput> = {},
): Promise<Incident> {
  return valueOf(
    await declareIncident(
      {
        title: 'Customer data exposed',
        crisisTypeId: 'data-breach',
        severityId: 'sev-1',
        priority: 'p1',
        detectionSource: 'monitoring',
        detectionNote: '',
        summary: '',
        startedAt: null,
        detectedAt: start - 5 * minute,
        affectedAudiences: ['customers'],
        tags: [],
        visibility: 'normal',
        riskIds: [],
        isExercise: false,
        ...overrides,
      },
      { declareNow: true, by: 'Mei Chen', entryText: 'Declared SEV 1', roles: [] },
    ),
  );
}

/** Renders `Section` with the stored incident, as the incident page does, once it has loaded. */
function LiveIncident({
  incidentId,
  Section,
}: {
  incidentId: string;
  Section: ComponentType<{ incident: Incident }>;
}) {
  const incident = useIncident(incidentId);
  return incident === undefined || incident === null ? null : <Section incident={incident} />;
}

/**
 * Renders one of the time sections for the incident with the app's translations (the saved
 * language) and hash routing, the way the incident page places it.
 */
export async function renderSection(
  Section: ComponentType<{ incident: Incident }>,
  incidentId: string,
): Promise<RenderResult> {
  const startup = await loadStartup();
  return render(
    <I18nextProvider i18n={startup.i18n}>
      <Router hook={useHashLocation}>
        <LiveIncident incidentId={incidentId} Section={Section} />
      </Router>
    </I18nextProvider>,
  );
}

/**
 * Moves the faked clock to `at` and makes the ticking sections read it now (they re-read the
 * time when the window regains focus, as after sleep), instead of waiting for the next tick.
 */
export function travelTo(at: number): void {
  vi.setSystemTime(at);
  act(() => {
    window.dispatchEvent(new Event('focus'));
  });
}
