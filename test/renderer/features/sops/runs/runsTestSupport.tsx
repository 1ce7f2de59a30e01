import { render, screen } from '@testing-library/react';
import type { RenderResult } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { Router } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { loadStartup } from '../../../../../renderer/src/app/startup';
import {
  createSop,
  publishSop,
  saveSopDraft,
  startSopRun,
} from '../../../../../renderer/src/features/sops/sopCommands';
import type { CommandResult } from '../../../../../renderer/src/lib/commandResult';
import type { Sop, SopContent, SopStep } from '../../../../../shared/domain/sops/sop';
import type { SopRun } from '../../../../../shared/domain/sops/sopRuns';

/** One minute in milliseconds. */
export const minute = 60_000;

/** The value of a successful command; fails the test with the issues otherwise. */
export function valueOf<T>(result: CommandResult<T>): T {
  if (!result.ok) {
    throw new Error(`expected success, got ${JSON.stringify(result.issues)}`);
  }
  return result.value;
}

/** A step with no checklist, resources or notes unless given. */
export function stepOf(id: string, title: string, extra: Partial<SopStep> = {}): SopStep {
  return {
    id,
    title,
    ownerRoleId: null,
    targetMinutes: null,
    checklist: [],
    resources: [],
    notes: '',
    ...extra,
  };
}

/**
 * The SOP the run tests follow: a timed holding statement with a checklist, a step owned by the
 * spokesperson with a 4-hour target, and an untimed wrap-up.
 */
export function drillContent(title = 'Data breach response'): SopContent {
  return {
    title,
    crisisTypeId: null,
    purpose: '',
    triggerCriteria: '',
    severityIds: [],
    steps: [
      stepOf('holding', 'Publish a holding statement', {
        ownerRoleId: 'public-relations',
        targetMinutes: 60,
        checklist: [
          { id: 'legal', text: 'Legal has read the statement' },
          { id: 'site', text: 'Statement is on the website' },
        ],
        resources: ['Holding statement template'],
        notes: 'Keep it **short**.',
      }),
      stepOf('brief', 'Brief the media', { ownerRoleId: 'spokesperson', targetMinutes: 240 }),
      stepOf('wrap', 'Write the timeline'),
    ],
  };
}

/** Creates an SOP and publishes its content as version 1. */
export async function createPublishedSop(content: SopContent = drillContent()): Promise<Sop> {
  const sop = valueOf(await createSop(content, { ownerRoleId: null, reviewIntervalDays: 365 }));
  valueOf(await publishSop(sop.id, 'First version', 'Ana Lee'));
  return sop;
}

/** Saves `content` as the SOP's draft and publishes it as its next version. */
export async function publishNewVersion(sopId: string, content: SopContent): Promise<void> {
  valueOf(await saveSopDraft(sopId, content));
  valueOf(await publishSop(sopId, 'Second version', 'Ana Lee'));
}

/** Starts a tabletop run of the SOP's latest version now. */
export async function startRun(sopId: string): Promise<SopRun> {
  return valueOf(await startSopRun(sopId));
}

/**
 * Renders `children` with the app's translations (the saved language) and hash routing, at
 * `hash`, for a component another screen places (the SOP page puts the start button there).
 */
export async function renderWithApp(children: ReactNode, hash: string): Promise<RenderResult> {
  window.history.replaceState(null, '', `/${hash}`);
  const startup = await loadStartup();
  return render(
    <I18nextProvider i18n={startup.i18n}>
      <Router hook={useHashLocation}>{children}</Router>
    </I18nextProvider>,
  );
}

/** The region of one step of the run page, found by its title. */
export function stepRegion(title: string): HTMLElement {
  return screen.getByRole('region', { name: title });
}
