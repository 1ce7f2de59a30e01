import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  readIncident,
  readIncidentTenures,
  readTimeline,
} from '../../../../../renderer/src/db/repositories/incidentRepository';
import { declareIncident } from '../../../../../renderer/src/features/incidents/incidentCommands';
import { createPerson } from '../../../../../renderer/src/features/roster/rosterCommands';
import type { CommandResult } from '../../../../../renderer/src/lib/commandResult';
import type { Incident, IncidentInput } from '../../../../../shared/domain/incidents/incident';
import type { Person } from '../../../../../shared/domain/roster/person';
import { emptyPersonInput } from '../../../../../shared/domain/roster/person';
import { renderApp, useAppTestEnvironment } from '../../../support/renderApp';

useAppTestEnvironment();

const minute = 60_000;
const start = Date.UTC(2026, 10, 22, 1, 0);

beforeEach(() => {
  // Only the clock: Testing Library and Dexie still need real timers.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(start);
});

afterEach(() => {
  vi.useRealTimers();
});

/** The value of a successful result; fails the test with the issues otherwise. */
function valueOf<T>(result: CommandResult<T>): T {
  if (!result.ok) {
    throw new Error(`expected success, got ${JSON.stringify(result.issues)}`);
  }
  return result.value;
}

/** A data-breach incident detected five minutes ago. */
function incidentInput(overrides: Partial<IncidentInput> = {}): IncidentInput {
  return {
    title: '會員資料外洩',
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
  };
}

/** Declares an incident (active unless `declareNow` is false), optionally with a commander. */
async function declare(
  overrides: Partial<IncidentInput> = {},
  options: { declareNow?: boolean; commander?: Person } = {},
): Promise<Incident> {
  const { declareNow = true, commander } = options;
  return valueOf(
    await declareIncident(incidentInput(overrides), {
      declareNow,
      by: 'Setup',
      entryText: 'Declared',
      roles:
        commander === undefined
          ? []
          : [{ roleId: 'commander', personId: commander.id, entryText: 'Commander set' }],
    }),
  );
}

/** Adds a person to the roster. */
async function person(name: string, otherName = ''): Promise<Person> {
  return valueOf(await createPerson({ ...emptyPersonInput('Asia/Taipei'), name, otherName }));
}

/** Types `text` into a field the quick way (a paste), as typing key by key is slow. */
async function fill(user: ReturnType<typeof userEvent.setup>, field: HTMLElement, text: string) {
  await user.clear(field);
  await user.click(field);
  await user.paste(text);
}

/** Opens an incident's page and waits for its heading. */
async function openIncident(incident: Incident) {
  const user = userEvent.setup();
  await renderApp(`#/incidents/${incident.id}`);
  await screen.findByRole('heading', { level: 2, name: new RegExp(incident.reference, 'u') });
  return user;
}

/** The header of the page (severity, status, lifecycle). */
function header(): HTMLElement {
  const heading = screen.getByRole('heading', { level: 2, name: /^INC-/u });
  const element = heading.closest('header');
  if (element === null) {
    throw new Error('the heading is not in a header');
  }
  return element;
}

/** The value shown for a term of the header's description list ("Status" → "Active"). */
function headerFact(term: string): string {
  const dt = within(header()).getByText(term, { selector: 'dt' });
  return dt.nextElementSibling?.textContent ?? '';
}

/** The lifecycle buttons on offer, by name. */
function lifecycleButtons(): string[] {
  const group = screen.getByRole('group', { name: 'Change status' });
  return within(group)
    .getAllByRole('button')
    .map((button) => button.textContent);
}

/** The texts of an incident's timeline entries. */
async function entryTexts(incidentId: string): Promise<string[]> {
  return (await readTimeline(incidentId)).map((entry) => entry.text);
}

/** The role's row in "Roles on duty". */
function roleRow(roleName: string): HTMLElement {
  return within(screen.getByRole('region', { name: 'Roles on duty' })).getByRole('listitem', {
    name: roleName,
  });
}

// Each test drives the whole app in jsdom through several saves; on a loaded machine that can take
// longer than the default five seconds.
describe('Incident page', { timeout: 20_000 }, () => {
  it('shows the reference, title, severity with its definition, status, priority and badges', async () => {
    const incident = await declare({ isExercise: true, visibility: 'restricted' });
    await openIncident(incident);

    expect(screen.getByRole('heading', { level: 2, name: /^INC-/u }).textContent).toBe(
      `${incident.reference} 會員資料外洩`,
    );
    await waitFor(() => expect(headerFact('Severity')).toBe('SEV 1 · Critical'));
    const severity = within(header()).getByText('SEV 1 · Critical');
    const definitionId = severity.getAttribute('aria-describedby') ?? '';
    expect(document.getElementById(definitionId)?.textContent).toMatch(
      /^Threatens the company itself/u,
    );
    expect(headerFact('Status')).toBe('Active');
    expect(headerFact('Priority')).toBe('P1 — now');
    expect(within(header()).getByText('Exercise')).toBeTruthy();
    expect(within(header()).getByText('Restricted')).toBeTruthy();
    expect(within(header()).getByRole('link', { name: 'Open war room' }).getAttribute('href')).toBe(
      `#/incidents/${incident.id}/war-room`,
    );
  });

  it('moves active → stable → closed (after confirming) → reopened, recording each step', async () => {
    const incident = await declare();
    const user = await openIncident(incident);
    await fill(user, screen.getByRole('textbox', { name: 'You are' }), '陳美玲');

    expect(lifecycleButtons()).toEqual(['Mark stable', 'Close']);
    await user.click(screen.getByRole('button', { name: 'Mark stable' }));
    await waitFor(() => expect(headerFact('Status')).toBe('Stable'));
    expect(lifecycleButtons()).toEqual(['Make active again', 'Close']);

    // Closing asks first; keeping it open changes nothing.
    await user.click(screen.getByRole('button', { name: 'Close' }));
    const question = await screen.findByRole('dialog', { name: `Close ${incident.reference}?` });
    await user.click(within(question).getByRole('button', { name: 'Keep it open' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect((await readIncident(incident.id))?.status).toBe('stable');

    await user.click(screen.getByRole('button', { name: 'Close' }));
    await user.click(
      within(await screen.findByRole('dialog')).getByRole('button', { name: 'Close the incident' }),
    );
    await waitFor(() => expect(headerFact('Status')).toBe('Closed'));
    expect(lifecycleButtons()).toEqual(['Reopen']);

    await user.click(screen.getByRole('button', { name: 'Reopen' }));
    await waitFor(() => expect(headerFact('Status')).toBe('Active'));

    const stored = await readIncident(incident.id);
    expect(stored?.statusHistory.map(({ from, to, by }) => [from, to, by])).toEqual([
      [null, 'detected', 'Setup'],
      ['detected', 'active', 'Setup'],
      ['active', 'stable', '陳美玲'],
      ['stable', 'closed', '陳美玲'],
      ['closed', 'active', '陳美玲'],
    ]);
    const timeline = await readTimeline(incident.id);
    expect(
      timeline
        .filter((entry) => entry.author === '陳美玲')
        .map((entry) => [entry.kind, entry.text]),
    ).toEqual([
      ['status-change', 'Status: Active → Stable'],
      ['status-change', 'Status: Stable → Closed'],
      ['status-change', 'Status: Closed → Active'],
    ]);
  });

  it('offers only the moves the lifecycle allows from detected', async () => {
    const incident = await declare({}, { declareNow: false });
    const user = await openIncident(incident);

    expect(headerFact('Status')).toBe('Detected');
    expect(lifecycleButtons()).toEqual(['Declare (make active)', 'Close as a false alarm']);
    expect(screen.queryByRole('button', { name: 'Mark stable' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Reopen' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Declare (make active)' }));
    await waitFor(() => expect(headerFact('Status')).toBe('Active'));
    expect(await entryTexts(incident.id)).toContain('Status: Detected → Active');
  });

  it('edits the facts: a new severity shows at once and is written on the timeline', async () => {
    const incident = await declare();
    const user = await openIncident(incident);
    await fill(user, screen.getByRole('textbox', { name: 'You are' }), 'David Lin');

    // Saving without a change writes no entry.
    await user.click(screen.getByRole('button', { name: 'Edit facts…' }));
    await user.click(
      within(await screen.findByRole('dialog', { name: 'Edit incident facts' })).getByRole(
        'button',
        {
          name: 'Save facts',
        },
      ),
    );
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const entriesBefore = await entryTexts(incident.id);

    await user.click(screen.getByRole('button', { name: 'Edit facts…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit incident facts' });
    const major = within(dialog).getByRole('radio', { name: 'SEV 2 · Major' });
    const definitionId = major.getAttribute('aria-describedby') ?? '';
    expect(document.getElementById(definitionId)?.textContent).toMatch(/^Serious harm/u);
    await user.click(major);
    await fill(user, within(dialog).getByRole('textbox', { name: 'Tags' }), '個資, 會員');
    await user.click(within(dialog).getByRole('button', { name: 'Save facts' }));

    await waitFor(() => expect(headerFact('Severity')).toBe('SEV 2 · Major'));
    expect(screen.queryByRole('dialog')).toBeNull();
    const stored = await readIncident(incident.id);
    expect(stored).toMatchObject({ severityId: 'sev-2', tags: ['個資', '會員'] });
    const timeline = await readTimeline(incident.id);
    expect(timeline).toHaveLength(entriesBefore.length + 1);
    expect(timeline.at(-1)).toMatchObject({
      kind: 'update',
      author: 'David Lin',
      text: 'Severity SEV 1 · Critical → SEV 2 · Major; Also changed: Tags',
    });
  });

  it('refuses an unreadable detection time beside its field and saves nothing', async () => {
    const incident = await declare();
    const user = await openIncident(incident);
    await user.click(screen.getByRole('button', { name: 'Edit facts…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit incident facts' });
    const detectedAt = within(dialog).getByLabelText('Detected at');
    await user.clear(detectedAt);
    await user.click(within(dialog).getByRole('button', { name: 'Save facts' }));

    expect(within(dialog).getByText('This field is required.')).toBeTruthy();
    expect(detectedAt.getAttribute('aria-invalid')).toBe('true');
    expect((await readIncident(incident.id))?.updatedAt).toBe(incident.updatedAt);
  });

  it('hands a role over: the tenures end and start, the entry is written and the history shows', async () => {
    const meiLing = await person('陳美玲', 'Mei-ling Chen');
    const david = await person('David Lin');
    const incident = await declare({}, { commander: meiLing });
    const user = await openIncident(incident);
    await fill(user, screen.getByRole('textbox', { name: 'You are' }), 'Scribe Wu');

    const commander = await waitFor(() => roleRow('Crisis commander'));
    expect(commander.textContent).toContain('陳美玲 (Mei-ling Chen)');
    // Key roles show even while nobody holds them.
    expect(roleRow('Spokesperson').textContent).toContain('Nobody');
    expect(roleRow('Scribe').textContent).toContain('Nobody');

    vi.setSystemTime(start + 30 * minute);
    // Every role has this button: its name says which role it hands over.
    const handOverButton = within(commander).getByRole('button', {
      name: 'Hand over Crisis commander…',
    });
    expect(handOverButton.textContent).toBe('Hand over…');
    await user.click(handOverButton);
    const dialog = await screen.findByRole('dialog', { name: 'Hand over: Crisis commander' });
    // The current holder again is refused.
    await user.click(within(dialog).getByRole('button', { name: 'Hand over' }));
    expect(within(dialog).getByText('Choose someone other than the current holder.')).toBeTruthy();
    await user.selectOptions(
      within(dialog).getByRole('combobox', { name: 'New holder' }),
      'David Lin',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Hand over' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(roleRow('Crisis commander').textContent).toContain('David Lin'));

    const tenures = await readIncidentTenures(incident.id);
    expect(tenures.map(({ roleId, personId, from, to }) => [roleId, personId, from, to])).toEqual([
      ['commander', meiLing.id, start, start + 30 * minute],
      ['commander', david.id, start + 30 * minute, null],
    ]);
    const timeline = await readTimeline(incident.id);
    expect(timeline.at(-1)).toMatchObject({
      kind: 'role-change',
      author: 'Scribe Wu',
      text: 'Crisis commander: 陳美玲 (Mei-ling Chen) → David Lin',
    });

    const row = roleRow('Crisis commander');
    await user.click(within(row).getByText('Role history'));
    const history = within(row)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(history).toHaveLength(2);
    expect(history[0]).toMatch(/^陳美玲 \(Mei-ling Chen\): .+ – .+$/u);
    expect(history[1]).toMatch(/^David Lin: since .+$/u);
  });

  it('shows the response times: time to declare, steps not reached yet, reopen count', async () => {
    const incident = await declare();
    await openIncident(incident);

    const metrics = screen.getByRole('region', { name: 'Response times' });
    const value = (term: string) =>
      within(metrics).getByText(term, { selector: 'dt' }).nextElementSibling?.textContent;
    await waitFor(() => expect(value('Time to declare')).toBe('5 minutes'));
    expect(value('Time to detect')).toBe('—');
    expect(value('Time to stable')).toBe('—');
    expect(value('Time to close')).toBe('—');
    expect(value('Times reopened')).toBe('0');
  });

  it('says when an incident does not exist', async () => {
    await renderApp('#/incidents/no-such-incident');
    expect(await screen.findByText(/This incident does not exist/u)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'All incidents' })).toBeTruthy();
  });
});
