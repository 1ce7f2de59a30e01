import { render, screen, within } from '@testing-library/react';
import type { RenderResult } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { Router } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { loadStartup } from '../../../../../renderer/src/app/startup';
import { appendTimelineEntries } from '../../../../../renderer/src/db/repositories/incidentRepository';
import { declareIncident } from '../../../../../renderer/src/features/incidents/incidentCommands';
import { TimelineSection } from '../../../../../renderer/src/features/incidents/timeline/TimelineSection';
import { useIncident } from '../../../../../renderer/src/features/incidents/useIncidentData';
import type { CommandResult } from '../../../../../renderer/src/lib/commandResult';
import type { Incident } from '../../../../../shared/domain/incidents/incident';
import type { TimelineEntryInput } from '../../../../../shared/domain/incidents/timeline';

/** One minute in milliseconds. */
export const minute = 60_000;

/** The value of a successful command; fails the test with the issues otherwise. */
export function valueOf<T>(result: CommandResult<T>): T {
  if (!result.ok) {
    throw new Error(`expected success, got ${JSON.stringify(result.issues)}`);
  }
  return result.value;
}

/** Declares an active data-breach incident detected ten minutes ago (one status-change entry). */
export async function declareTestIncident(): Promise<Incident> {
  return valueOf(
    await declareIncident(
      {
        title: '會員資料外洩',
        crisisTypeId: 'data-breach',
        severityId: 'sev-1',
        priority: 'p1',
        detectionSource: 'monitoring',
        detectionNote: '',
        summary: '',
        startedAt: null,
        detectedAt: Date.now() - 10 * minute,
        affectedAudiences: [],
        tags: [],
        visibility: 'normal',
        riskIds: [],
        isExercise: false,
      },
      { declareNow: true, by: 'Ana Lee', entryText: 'Incident declared', roles: [] },
    ),
  );
}

/**
 * Appends `count` note entries ("Entry 1" …) in one transaction, a second apart from the
 * incident's declaration on, as a long incident's timeline would hold.
 */
export async function appendNotes(incident: Incident, count: number): Promise<void> {
  const entries = Array.from({ length: count }, (_, index) => ({
    id: `note-${index + 1}`,
    input: {
      kind: 'note',
      at: incident.createdAt + (index + 1) * 1_000,
      author: 'Scribe',
      source: 'keyboard',
      isExternal: false,
      text: `Entry ${index + 1}`,
      supersedesId: null,
    } satisfies TimelineEntryInput,
  }));
  await appendTimelineEntries(incident.id, entries, Date.now());
}

/** The section fed with the incident as stored, so pins and new heads show as they change. */
function LiveTimelineSection({ incidentId, clock }: { incidentId: string; clock: () => number }) {
  const incident = useIncident(incidentId);
  return incident == null ? null : <TimelineSection incident={incident} clock={clock} />;
}

/** Renders the timeline section of an incident with the app's translations and hash routing. */
export async function renderTimeline(
  incidentId: string,
  clock: () => number = Date.now,
): Promise<RenderResult> {
  window.history.replaceState(null, '', `/#/incidents/${incidentId}`);
  const startup = await loadStartup();
  return render(
    <I18nextProvider i18n={startup.i18n}>
      <Router hook={useHashLocation}>
        <LiveTimelineSection incidentId={incidentId} clock={clock} />
      </Router>
    </I18nextProvider>,
  );
}

/** The main (virtualized) list of timeline entries. */
export function timelineList(): HTMLElement {
  return screen.getByRole('list', { name: 'Timeline entries' });
}

/** The entry numbered `number` in the main list (its article, named "Entry N: kind, time"). */
export async function findEntry(number: number): Promise<HTMLElement> {
  const list = await screen.findByRole('list', { name: 'Timeline entries' });
  return within(list).findByRole('article', { name: new RegExp(`^Entry ${number}:`, 'u') });
}
