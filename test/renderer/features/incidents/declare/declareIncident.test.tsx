import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import {
  readIncidentSopRuns,
  readIncidentTenures,
  readIncidents,
  readTimeline,
} from '../../../../../renderer/src/db/repositories/incidentRepository';
import {
  emptyDeclareDraft,
  parseLocalDateTime,
  toLocalDateTimeText,
} from '../../../../../renderer/src/features/incidents/declare/declareDraft';
import type { DeclareDraft } from '../../../../../renderer/src/features/incidents/declare/declareDraft';
import { writeDraft } from '../../../../../renderer/src/lib/draftStorage';
import { assignRole } from '../../../../../renderer/src/features/roster/rosterCommands';
import type { Incident } from '../../../../../shared/domain/incidents/incident';
import { renderApp, useAppTestEnvironment } from '../../../support/renderApp';
import { createValidPerson } from '../../roster/roles/rolesTestSupport';
import { createPublishedSop, drillContent, valueOf } from '../../sops/runs/runsTestSupport';

useAppTestEnvironment();

/** The only stored incident; fails when there is none or more than one. */
async function onlyIncident(): Promise<Incident> {
  const incidents = await readIncidents();
  expect(incidents).toHaveLength(1);
  const [incident] = incidents;
  if (incident === undefined) {
    throw new Error('no incident stored');
  }
  return incident;
}

/** A declaration draft left in local storage an hour ago, as the dialog stores it. */
function storeDraftFromAnHourAgo(overrides: Partial<DeclareDraft>): string {
  const detectedAtText = toLocalDateTimeText(Date.now() - 60 * 60_000);
  writeDraft('incident-declare:new', {
    basedOn: null,
    draft: {
      ...emptyDeclareDraft(Date.now() - 60 * 60_000, ''),
      title: 'Forum leak',
      ...overrides,
    },
  });
  return detectedAtText;
}

/** Opens the declare dialog with the Dashboard's button and waits for its form. */
async function openDeclareDialog(user: ReturnType<typeof userEvent.setup>): Promise<HTMLElement> {
  await user.click(await screen.findByRole('button', { name: 'Declare incident' }));
  const dialog = await screen.findByRole('dialog', { name: 'Declare an incident' });
  await within(dialog).findByRole('textbox', { name: 'Title' });
  return dialog;
}

describe('declaring an incident', () => {
  it('declares from the Dashboard in three interactions, with the roster’s people in their roles', async () => {
    const commander = await createValidPerson('陳美玲');
    const backup = await createValidPerson('林志豪', { otherName: 'Jason Lin' });
    valueOf(await assignRole('commander', { primaryPersonId: commander.id, backupPersonIds: [] }));
    valueOf(
      await assignRole('spokesperson', { primaryPersonId: null, backupPersonIds: [backup.id] }),
    );
    const user = userEvent.setup();
    await renderApp('#/dashboard');

    // 1: the button. 2: typing into the title, focused already. 3: Enter.
    await user.click(await screen.findByRole('button', { name: 'Declare incident' }));
    const title = await screen.findByRole('textbox', { name: 'Title' });
    expect(document.activeElement).toBe(title);
    await user.keyboard('會員資料外洩');
    await user.keyboard('{Enter}');

    await waitFor(() => expect(window.location.hash).toMatch(/^#\/incidents\/[^/]+$/u));
    const incident = await onlyIncident();
    expect(window.location.hash).toBe(`#/incidents/${incident.id}`);
    expect(incident).toMatchObject({
      reference: 'INC-0001',
      title: '會員資料外洩',
      status: 'active',
      severityId: 'sev-2',
      priority: 'p2',
      detectionSource: 'other',
      crisisTypeId: null,
      isExercise: false,
      visibility: 'normal',
    });
    expect(incident.statusHistory.map((change) => change.to)).toEqual(['detected', 'active']);
    expect(incident.detectedAt).toBeLessThanOrEqual(Date.now());

    const timeline = await readTimeline(incident.id);
    expect(timeline.map((entry) => [entry.kind, entry.text])).toEqual([
      ['status-change', 'Declared at SEV 2 · Major: 會員資料外洩'],
      ['role-change', 'Crisis commander: 陳美玲'],
      ['role-change', 'Spokesperson: 林志豪 (Jason Lin)'],
    ]);
    const tenures = await readIncidentTenures(incident.id);
    expect(tenures.map((tenure) => [tenure.roleId, tenure.personId, tenure.to])).toEqual(
      expect.arrayContaining([
        ['commander', commander.id, null],
        ['spokesperson', backup.id, null],
      ]),
    );
    expect(tenures).toHaveLength(2);
    expect(screen.queryByRole('dialog', { name: 'Declare an incident' })).toBeNull();
  });

  it('shows every severity level with its definition and starts at SEV 2', async () => {
    const user = userEvent.setup();
    await renderApp('#/dashboard');
    const dialog = await openDeclareDialog(user);
    const severity = within(dialog).getByRole('group', { name: 'Severity' });
    const levels = within(severity).getAllByRole('radio');
    expect(levels).toHaveLength(4);
    const major = within(severity).getByRole('radio', { name: 'SEV 2 · Major' });
    expect(major).toHaveProperty('checked', true);
    expect(major.getAttribute('aria-describedby')).not.toBeNull();
    expect(within(severity).getByText(/Threatens the company itself/u)).toBeTruthy();
    expect(within(dialog).getByRole('checkbox', { name: 'Declare now (active)' })).toHaveProperty(
      'checked',
      true,
    );
  });

  it('proposes the published SOP of the crisis type and starts its run with the incident', async () => {
    const sop = await createPublishedSop({ ...drillContent(), crisisTypeId: 'data-breach' });
    await createPublishedSop({ ...drillContent('Rumour playbook'), crisisTypeId: 'rumour' });
    const user = userEvent.setup();
    await renderApp('#/dashboard');
    const dialog = await openDeclareDialog(user);

    await user.keyboard('Customer data posted on a forum');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Crisis type' }), [
      'data-breach',
    ]);
    const proposal = within(dialog).getByRole('checkbox', {
      name: 'Start the SOP run: Data breach response (v1)',
    });
    expect(proposal).toHaveProperty('checked', true);
    // Only the SOP of the chosen type is offered.
    expect(within(dialog).queryByRole('checkbox', { name: /Rumour playbook/u })).toBeNull();
    await user.click(within(dialog).getByRole('checkbox', { name: 'This is an exercise (drill)' }));
    await user.click(within(dialog).getByRole('button', { name: 'Declare' }));

    await waitFor(() => expect(window.location.hash).toMatch(/^#\/incidents\/[^/]+$/u));
    const incident = await onlyIncident();
    expect(incident.crisisTypeId).toBe('data-breach');
    expect(incident.isExercise).toBe(true);
    const runs = await readIncidentSopRuns(incident.id);
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ sopId: sop.id, incidentId: incident.id });
  });

  it('starts no run and gives no role when the proposals are declined', async () => {
    const commander = await createValidPerson('陳美玲');
    valueOf(await assignRole('commander', { primaryPersonId: commander.id, backupPersonIds: [] }));
    await createPublishedSop({ ...drillContent(), crisisTypeId: 'data-breach' });
    const user = userEvent.setup();
    await renderApp('#/dashboard');
    const dialog = await openDeclareDialog(user);

    await user.keyboard('Customer data posted on a forum');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Crisis type' }), [
      'data-breach',
    ]);
    await user.click(
      within(dialog).getByRole('checkbox', {
        name: 'Start the SOP run: Data breach response (v1)',
      }),
    );
    const commanderSelect = within(dialog).getByRole('combobox', { name: 'Crisis commander' });
    expect(commanderSelect).toHaveProperty('value', commander.id);
    await user.selectOptions(commanderSelect, ['']);
    await user.click(within(dialog).getByRole('checkbox', { name: 'Declare now (active)' }));
    await user.click(within(dialog).getByRole('button', { name: 'Declare' }));

    await waitFor(() => expect(window.location.hash).toMatch(/^#\/incidents\/[^/]+$/u));
    const incident = await onlyIncident();
    expect(incident.status).toBe('detected');
    expect(await readIncidentSopRuns(incident.id)).toEqual([]);
    expect(await readIncidentTenures(incident.id)).toEqual([]);
    const timeline = await readTimeline(incident.id);
    expect(timeline.map((entry) => entry.text)).toEqual([
      'Logged as detected at SEV 2 · Major: Customer data posted on a forum',
    ]);
  });

  it('refuses an empty title and writes nothing', async () => {
    const user = userEvent.setup();
    await renderApp('#/dashboard');
    const dialog = await openDeclareDialog(user);
    await user.keyboard('{Enter}');

    const title = within(dialog).getByRole('textbox', { name: 'Title' });
    expect(await within(dialog).findByText('This field is required.')).toBeTruthy();
    expect(title.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(title);
    expect(await readIncidents()).toEqual([]);
    expect(window.location.hash).toBe('#/dashboard');
  });

  it('refuses a detection time in the future, keeping what was typed', async () => {
    const user = userEvent.setup();
    await renderApp('#/dashboard');
    const dialog = await openDeclareDialog(user);
    await user.keyboard('Customer data posted on a forum');
    const detectedAt = within(dialog).getByLabelText('Detected at');
    fireEvent.change(detectedAt, {
      target: { value: toLocalDateTimeText(Date.now() + 24 * 60 * 60_000) },
    });
    await user.click(within(dialog).getByRole('button', { name: 'Declare' }));

    expect(await within(dialog).findByText('This time is in the future.')).toBeTruthy();
    expect(detectedAt.getAttribute('aria-invalid')).toBe('true');
    expect(within(dialog).getByRole('textbox', { name: 'Title' })).toHaveProperty(
      'value',
      'Customer data posted on a forum',
    );
    expect(await readIncidents()).toEqual([]);
  });

  it('refreshes the detection time of a restored draft when it was never typed', async () => {
    const oldText = storeDraftFromAnHourAgo({});
    const user = userEvent.setup();
    await renderApp('#/dashboard');
    const dialog = await openDeclareDialog(user);

    expect(within(dialog).getByText('Your unsaved declaration was restored.')).toBeTruthy();
    expect(within(dialog).getByRole('textbox', { name: 'Title' })).toHaveProperty(
      'value',
      'Forum leak',
    );
    const detectedAt = within(dialog).getByLabelText('Detected at');
    expect(detectedAt).not.toHaveProperty('value', oldText);
    const shown = parseLocalDateTime((detectedAt as HTMLInputElement).value);
    expect(Math.abs((shown ?? 0) - Date.now())).toBeLessThan(2 * 60_000);
    expect(within(dialog).queryByText(/comes from your saved draft/u)).toBeNull();
  });

  it('keeps a typed detection time of a restored draft and warns that it is from the draft', async () => {
    const oldText = storeDraftFromAnHourAgo({ isDetectedAtEdited: true });
    const user = userEvent.setup();
    await renderApp('#/dashboard');
    const dialog = await openDeclareDialog(user);

    const detectedAt = within(dialog).getByLabelText('Detected at');
    expect(detectedAt).toHaveProperty('value', oldText);
    const warning = within(dialog).getByText(
      'This time comes from your saved draft, not from now. Check it before declaring.',
    );
    const warningId = warning.closest('p')?.id ?? '';
    expect(warningId).not.toBe('');
    expect(detectedAt.getAttribute('aria-describedby')?.split(' ')).toContain(warningId);

    fireEvent.change(detectedAt, { target: { value: toLocalDateTimeText(Date.now()) } });
    expect(within(dialog).queryByText(/comes from your saved draft/u)).toBeNull();
  });

  it('refuses a start after the detection', async () => {
    const user = userEvent.setup();
    await renderApp('#/dashboard');
    const dialog = await openDeclareDialog(user);
    await user.keyboard('Customer data posted on a forum');
    const detectedAt = within(dialog).getByLabelText('Detected at');
    fireEvent.change(detectedAt, { target: { value: '2026-11-22T09:00' } });
    fireEvent.change(within(dialog).getByLabelText('Started at (optional)'), {
      target: { value: '2026-11-22T10:00' },
    });
    await user.click(within(dialog).getByRole('button', { name: 'Declare' }));

    expect(
      await within(dialog).findByText('The start must be at or before the time of detection.'),
    ).toBeTruthy();
    expect(await readIncidents()).toEqual([]);
  });
});
