import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import {
  assignRole,
  markUnavailable,
  updateRoleSettings,
} from '../../../../../renderer/src/features/roster/rosterCommands';
import { formatDateTime } from '../../../../../renderer/src/lib/dates';
import { renderApp, useAppTestEnvironment } from '../../../support/renderApp';
import { createValidPerson } from './rolesTestSupport';

useAppTestEnvironment();

/** The coverage check's entry of one role, found by the role's name. */
async function coverageEntry(roleName: string): Promise<HTMLElement> {
  const list = await screen.findByRole('list', { name: 'Coverage by role' });
  return within(list).findByRole('article', { name: roleName });
}

/** The sentences of a role's issues, in order. */
function issueTexts(entry: HTMLElement, roleName: string): string[] {
  const list = within(entry).queryByRole('list', { name: `Issues of ${roleName}` });
  return list === null
    ? []
    : within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent ?? '');
}

/** Makes a required role require a qualification (built-in roles start requiring none). */
async function requireQualification(roleId: string, typeId: string | null): Promise<void> {
  const result = await updateRoleSettings(roleId, {
    name: '',
    description: '',
    isRequired: true,
    requiredQualificationTypeId: typeId,
  });
  expect(result.ok).toBe(true);
}

/** A media-training qualification with the given dates. */
function mediaTraining(awardedOn: string, expiresOn: string | null) {
  return { id: 'q-1', typeId: 'media-training', awardedOn, expiresOn, note: '' };
}

describe('Roster → Coverage', () => {
  it('flags an unassigned required role and clears the flag once a primary is assigned', async () => {
    const ana = await createValidPerson('Ana Lee', {
      qualifications: [mediaTraining('2024-01-10', null)],
    });
    const user = userEvent.setup();
    await renderApp('#/roster/coverage');
    let entry = await coverageEntry('Spokesperson');
    expect(within(entry).getByText('Not covered')).toBeTruthy();
    expect(issueTexts(entry, 'Spokesperson')).toEqual(['No primary holder', 'No backup']);
    expect(screen.getByText('Not covered: 7 of 12 roles.', { exact: false })).toBeTruthy();

    await user.click(within(entry).getByRole('link', { name: 'Edit the holders of Spokesperson' }));
    const region = await screen.findByRole('region', { name: 'Spokesperson' });
    await user.selectOptions(
      within(region).getByRole('combobox', { name: 'Primary for Spokesperson' }),
      'Ana Lee',
    );
    await waitFor(() =>
      expect(
        within(region).queryByRole('combobox', { name: 'Primary for Spokesperson' }),
      ).toHaveProperty('value', ana.id),
    );
    await user.click(screen.getByRole('link', { name: 'Coverage' }));

    entry = await coverageEntry('Spokesperson');
    await waitFor(() => expect(issueTexts(entry, 'Spokesperson')).toEqual(['No backup']));
    expect(within(entry).getByText('Not covered')).toBeTruthy();
  });

  it('lists roles with problems first and leaves an empty optional role unflagged', async () => {
    const ana = await createValidPerson('Ana Lee', {
      qualifications: [
        {
          id: 'q-1',
          typeId: 'crisis-management-training',
          awardedOn: null,
          expiresOn: null,
          note: '',
        },
      ],
    });
    const mei = await createValidPerson('Chen Mei');
    await requireQualification('commander', 'crisis-management-training');
    expect(
      (await assignRole('commander', { primaryPersonId: ana.id, backupPersonIds: [mei.id] })).ok,
    ).toBe(true);
    await renderApp('#/roster/coverage');

    const technical = await coverageEntry('Technical expert');
    expect(within(technical).getByText('Covered')).toBeTruthy();
    expect(issueTexts(technical, 'Technical expert')).toEqual([]);
    expect(within(technical).getByText(/Optional role: nobody holds it/u)).toBeTruthy();

    // The commander is staffed, but the backup lacks the required training: a warning only.
    const commander = await coverageEntry('Crisis commander');
    expect(within(commander).getByText('Needs attention')).toBeTruthy();
    expect(issueTexts(commander, 'Crisis commander')).toEqual([
      'Chen Mei (Backup 1) does not hold Crisis management training Open Chen Mei',
    ]);
    expect(
      within(commander).getByRole('link', { name: 'Open Chen Mei' }).getAttribute('href'),
    ).toBe(`#/roster/people/${mei.id}`);

    const names = within(screen.getByRole('list', { name: 'Coverage by role' }))
      .getAllByRole('article')
      .map((article) => within(article).getByRole('heading').textContent);
    expect(names.slice(0, 6)).toEqual([
      'Deputy commander',
      'Spokesperson',
      'Legal counsel',
      'Public relations',
      'Customer service',
      'Scribe',
    ]);
    expect(names[6]).toBe('Crisis commander');
    expect(names.slice(7)).toEqual([
      'Technical expert',
      'Logistics and support',
      'Internal liaison',
      'External liaison',
      'Observer',
    ]);
    expect(
      screen.getByText('Not covered: 6 of 12 roles. Needs attention: 1.', { exact: false }),
    ).toBeTruthy();
  });

  it('shows a holder who is unavailable now, with when they are back', async () => {
    const ana = await createValidPerson('Ana Lee');
    const mei = await createValidPerson('Chen Mei');
    expect(
      (await assignRole('legal-counsel', { primaryPersonId: ana.id, backupPersonIds: [mei.id] }))
        .ok,
    ).toBe(true);
    const until = Date.now() + 3 * 60 * 60 * 1000;
    await renderApp('#/roster/coverage');
    let entry = await coverageEntry('Legal counsel');
    await waitFor(() => expect(within(entry).getByText('Covered')).toBeTruthy());

    expect((await markUnavailable(ana.id, { reason: 'leave', note: '', until })).ok).toBe(true);
    entry = await coverageEntry('Legal counsel');
    await waitFor(() =>
      expect(issueTexts(entry, 'Legal counsel')).toEqual([
        `Ana Lee (Primary) is unavailable: On leave, back at ${formatDateTime(until, 'en')} Open Ana Lee`,
      ]),
    );
    expect(within(entry).getByText('Not covered')).toBeTruthy();

    expect((await markUnavailable(mei.id, { reason: 'travel', note: '', until: null })).ok).toBe(
      true,
    );
    await waitFor(() =>
      expect(issueTexts(entry, 'Legal counsel')).toContain(
        'Chen Mei (Backup 1) is unavailable: Travelling Open Chen Mei',
      ),
    );
    expect(issueTexts(entry, 'Legal counsel')).toContain(
      'Nobody holding this role can be reached now',
    );
  });

  it('shows an expired required qualification with its expiry date', async () => {
    const ana = await createValidPerson('Ana Lee', {
      qualifications: [mediaTraining('2019-03-01', '2021-03-01')],
    });
    const mei = await createValidPerson('Chen Mei', {
      qualifications: [mediaTraining('2024-01-10', null)],
    });
    await requireQualification('spokesperson', 'media-training');
    expect(
      (await assignRole('spokesperson', { primaryPersonId: ana.id, backupPersonIds: [mei.id] })).ok,
    ).toBe(true);
    await renderApp('#/roster/coverage');
    const entry = await coverageEntry('Spokesperson');
    await waitFor(() =>
      expect(issueTexts(entry, 'Spokesperson')).toEqual([
        'Ana Lee (Primary): Media training expired on Mar 1, 2021 Open Ana Lee',
      ]),
    );
    expect(within(entry).getByText('Not covered')).toBeTruthy();

    // Without the requirement, the same holders cover the role.
    await requireQualification('spokesperson', null);
    await waitFor(() => expect(issueTexts(entry, 'Spokesperson')).toEqual([]));
    expect(within(entry).getByText('Covered')).toBeTruthy();
  });

  it('says the roster is empty and links to it', async () => {
    await renderApp('#/roster/coverage');
    expect(
      await screen.findByText('Nobody is in the roster yet, so no role can be covered.'),
    ).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Add or import people' }).getAttribute('href')).toBe(
      '#/roster',
    );
  });
});
