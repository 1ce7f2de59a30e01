import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { markUnavailable } from '../../../../../renderer/src/features/roster/rosterCommands';
import { renderApp, useAppTestEnvironment } from '../../../support/renderApp';
import { addPerson, assign, callStep, valueOf, whoToCallNow } from './callTreeTestSupport';

useAppTestEnvironment();

/** Opens the call tree page and waits for "who to call now" to list its steps. */
async function openCallTree() {
  const user = userEvent.setup();
  await renderApp('#/roster/call-tree');
  await within(await screen.findByRole('region', { name: 'Who to call now' })).findByRole('list', {
    name: /^Call order for/u,
  });
  return user;
}

describe('Who to call now', () => {
  it('calls the crisis commander’s primary first, with their phone as a contact button', async () => {
    const primary = await addPerson('王小明', '0912-345-678', { otherName: 'Ming Wang' });
    const backup = await addPerson('Mei Chen', '0922-111-222');
    await assign('commander', primary, [backup]);
    await openCallTree();

    const list = within(whoToCallNow()).getByRole('list', {
      name: 'Call order for SEV 1 · Critical',
    });
    const steps = within(list).getAllByRole('listitem', { name: /^Step/u });
    expect(steps[0]).toBe(callStep('Crisis commander'));
    const step = callStep('Crisis commander');
    expect(step.textContent).toContain('Call');
    expect(step.textContent).toContain('王小明 (Ming Wang)');
    expect(step.textContent).not.toContain('Mei Chen');
    expect(
      within(step).getByRole('link', { name: '王小明 (Ming Wang)' }).getAttribute('href'),
    ).toBe(`#/roster/people/${primary.id}`);
    expect(
      within(step).getByRole('button', {
        name: 'Call 王小明 (Ming Wang), Mobile: 0912-345-678',
      }),
    ).toBeTruthy();
    // A role nobody holds is flagged rather than left blank.
    expect(callStep('Spokesperson').textContent).toContain('Nobody assigned');
    expect(callStep('Spokesperson').textContent).toContain('Nobody holds this role.');
  });

  it('moves to the first backup as soon as the primary is marked unavailable, naming the skipped primary', async () => {
    const primary = await addPerson('Lin Yu', '0912-000-001');
    const firstBackup = await addPerson('Mei Chen', '0912-000-002');
    const secondBackup = await addPerson('Wang Hao', '0912-000-003');
    await assign('spokesperson', primary, [firstBackup, secondBackup]);
    await openCallTree();
    expect(callStep('Spokesperson').textContent).toContain('Lin Yu');

    valueOf(await markUnavailable(primary.id, { reason: 'leave', note: '', until: null }));

    await waitFor(() =>
      expect(
        within(whoToCallNow()).getByRole('listitem', { name: /Spokesperson Call Mei Chen/u }),
      ).toBeTruthy(),
    );
    const step = callStep('Spokesperson');
    expect(step.textContent).toContain('(Backup 1)');
    expect(step.textContent).toContain(
      'Skipped: Lin Yu — unavailable until marked available (On leave)',
    );
    expect(step.textContent).not.toContain('Wang Hao');
    expect(within(step).getByRole('button', { name: /^Call Mei Chen, Mobile/u })).toBeTruthy();
    expect(within(step).queryByRole('button', { name: /^Call Lin Yu/u })).toBeNull();
  });

  it('says when an absence ends and when everyone holding a role is away', async () => {
    const onlyHolder = await addPerson('Lin Yu', '0912-000-001');
    await assign('commander', onlyHolder);
    const until = Date.now() + 3 * 60 * 60 * 1000;
    valueOf(await markUnavailable(onlyHolder.id, { reason: 'travel', note: '', until }));
    await openCallTree();

    const step = callStep('Crisis commander');
    expect(step.textContent).toContain('Nobody available');
    expect(step.textContent).toContain('Everyone who holds this role is unavailable.');
    expect(step.textContent).toMatch(/Skipped: Lin Yu — unavailable until .+ \(Travelling\)/u);
    expect(within(step).queryByRole('button', { name: /^Call/u })).toBeNull();
  });

  it('calls a person who holds two roles once, and says so at the second step', async () => {
    const person = await addPerson('Lin Yu', '0912-000-001');
    await assign('commander', person);
    await assign('deputy-commander', person);
    await openCallTree();

    expect(callStep('Crisis commander').textContent).toContain('Call');
    const deputy = callStep('Deputy commander');
    expect(deputy.textContent).toContain('Already called at step 1');
    expect(deputy.textContent).toContain('Lin Yu');
    expect(within(deputy).queryByRole('button', { name: /^Call/u })).toBeNull();
  });

  it('shows the call list of the severity level chosen, with its definition', async () => {
    const person = await addPerson('Lin Yu', '0912-000-001');
    await assign('commander', person);
    await assign('public-relations', person);
    const user = await openCallTree();
    expect(within(whoToCallNow()).getAllByRole('listitem', { name: /^Step/u })).toHaveLength(11);

    await user.selectOptions(
      within(whoToCallNow()).getByRole('combobox', { name: 'Severity' }),
      'SEV 4 · Minor',
    );

    const list = within(whoToCallNow()).getByRole('list', { name: 'Call order for SEV 4 · Minor' });
    const names = within(list)
      .getAllByRole('listitem', { name: /^Step/u })
      .map((item) => item.querySelector('.call-step__role')?.textContent);
    expect(names).toEqual(['Public relations', 'Customer service']);
    expect(within(whoToCallNow()).getByText(/^Isolated and low reach/u)).toBeTruthy();
    expect(callStep('Public relations').textContent).toContain('Call Lin Yu');
  });

  it('shows the local time of someone whose clock differs from this device’s', async () => {
    // Kiritimati is UTC+14: no test machine shares its clock with it.
    const far = await addPerson('Aroha Smith', '+64 21 555 0100', {
      timeZone: 'Pacific/Kiritimati',
    });
    const near = await addPerson('Lin Yu', '0912-000-001');
    await assign('commander', far);
    await assign('deputy-commander', near);
    await openCallTree();

    expect(callStep('Crisis commander').textContent).toMatch(
      /Their local time: .+ \(Pacific\/Kiritimati\)/u,
    );
    expect(callStep('Deputy commander').textContent).not.toContain('Their local time');
  });
});
