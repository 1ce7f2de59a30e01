import { screen, waitFor } from '@testing-library/react';
import type { RenderResult } from '@testing-library/react';
import type { ComponentType } from 'react';
import { expect } from 'vitest';
import { declareIncident } from '../../../../../renderer/src/features/incidents/incidentCommands';
import { useIncident } from '../../../../../renderer/src/features/incidents/useIncidentData';
import type { Incident, IncidentInput } from '../../../../../shared/domain/incidents/incident';
import { renderWithApp, valueOf } from '../../sops/runs/runsTestSupport';

/** One minute in milliseconds. */
export const minute = 60_000;

/** A data-breach incident affecting customers, detected at `detectedAt`. */
export function incidentInput(
  detectedAt: number,
  overrides: Partial<IncidentInput> = {},
): IncidentInput {
  return {
    title: 'Customer records exposed',
    crisisTypeId: 'data-breach',
    severityId: 'sev-1',
    priority: 'p1',
    detectionSource: 'monitoring',
    detectionNote: '',
    summary: '',
    startedAt: null,
    detectedAt,
    affectedAudiences: ['customers'],
    tags: [],
    visibility: 'normal',
    riskIds: [],
    isExercise: false,
    ...overrides,
  };
}

/** Declares an active incident through the command, failing the test when it is refused. */
export async function declareTestIncident(detectedAt: number): Promise<Incident> {
  return valueOf(
    await declareIncident(incidentInput(detectedAt), {
      declareNow: true,
      by: 'Ana Lee',
      entryText: 'Declared',
      roles: [],
    }),
  );
}

/**
 * Renders one of the work sections for the stored incident, read live the way the incident page
 * reads it, with the app's translations and hash routing.
 */
export function renderSection(
  Section: ComponentType<{ incident: Incident }>,
  incidentId: string,
): Promise<RenderResult> {
  function LiveSection() {
    const incident = useIncident(incidentId);
    return incident === undefined || incident === null ? null : <Section incident={incident} />;
  }
  return renderWithApp(<LiveSection />, `#/incidents/${incidentId}`);
}

/**
 * The button named `name` once it can be pressed: the section's buttons wait for the data their
 * dialog offers (the SOP library, the communication matrix).
 */
export async function enabledButton(name: string): Promise<HTMLButtonElement> {
  const button = await screen.findByRole<HTMLButtonElement>('button', { name });
  await waitFor(() => expect(button.disabled).toBe(false));
  return button;
}

/** Time allowed to a test that drives dialogs through several live queries (a full suite runs slower). */
export const slowUiTimeout = 20_000;
