import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { format } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { getDatabase } from '../../../../../renderer/src/db/database';
import { readRoles } from '../../../../../renderer/src/db/repositories/rosterRepository';
import {
  addCustomRole,
  assignRole,
  deleteCustomRole,
} from '../../../../../renderer/src/features/roster/rosterCommands';
import type { Person } from '../../../../../shared/domain/roster/person';
import { renderApp, useAppTestEnvironment } from '../../../support/renderApp';
import { createValidPerson, hourMs } from './peopleTestSupport';

const mainProcess = useAppTestEnvironment();

/** Opens a person's page and waits for their name as its heading. */
async function openPerson(person: Person, heading = person.name) {
  const user = userEvent.setup();
  await renderApp(`#/roster/people/${person.id}`);
  await screen.findByRole('heading', { level: 2, name: heading });
  return user;
}

/** The section of the page labelled by a heading. */
function section(name: string): HTMLElement {
  return screen.getByRole('region', { name });
}

/** The URLs the fake main process was asked to open, in order. */
function openedUrls(): unknown[] {
  return mainProcess.calls
    .filter(({ channel }) => channel === 'shell:open-external')
    .map(({ payload }) => payload);
}

/** The "Now" status of the availability section. */
function availabilityNow(): string {
  const label = within(section('Availability')).getByText('Now', { selector: 'dt' });
  return label.nextElementSibling?.textContent ?? '';
}

describe('Person page', () => {
  it('says when there is no such person and links back to the list', async () => {
    await renderApp('#/roster/people/no-such-person');
    expect(await screen.findByText(/There is no person at this address/u)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Back to people' }).getAttribute('href')).toBe(
      '#/roster',
    );
  });

  it('calls and emails only after the user confirms, and lists messaging handles', async () => {
    const person = await createValidPerson({
      name: '王小明',
      otherName: 'Ming Wang',
      title: 'Spokesperson',
      department: 'Communications',
      phones: [
        { kind: 'mobile', number: '+886 912-345-678' },
        { kind: 'work', number: '+886 2 2345 6789 ext. 12' },
      ],
      emails: [{ kind: 'work', address: 'ming.wang@example.com' }],
      messaging: [
        { service: 'line', handle: 'ming.wang', label: '' },
        { service: 'other', handle: '+886912345678', label: 'Signal' },
      ],
    });
    const user = await openPerson(person, '王小明 (Ming Wang)');
    expect(screen.getByText('Spokesperson · Communications')).toBeTruthy();
    const contact = section('Contact');

    await user.click(
      within(contact).getByRole('button', {
        name: 'Call 王小明 (Ming Wang), Mobile: +886 912-345-678',
      }),
    );
    const ask = await screen.findByRole('dialog', { name: 'Place a call?' });
    expect(ask.textContent).toContain('+886 912-345-678');
    expect(openedUrls()).toEqual([]);
    await user.click(within(ask).getByRole('button', { name: 'Call' }));
    await waitFor(() => expect(openedUrls()).toEqual([{ url: 'tel:+886912345678' }]));

    // The extension is not dialled: the phone app gets the main number.
    await user.click(within(contact).getByRole('button', { name: /^Call .+, Work: /u }));
    await user.click(
      within(await screen.findByRole('dialog', { name: 'Place a call?' })).getByRole('button', {
        name: 'Call',
      }),
    );
    await waitFor(() => expect(openedUrls()).toHaveLength(2));
    expect(openedUrls()[1]).toEqual({ url: 'tel:+886223456789' });

    // Cancelling opens nothing.
    await user.click(
      within(contact).getByRole('button', {
        name: 'Email 王小明 (Ming Wang), Work: ming.wang@example.com',
      }),
    );
    const askEmail = await screen.findByRole('dialog', { name: 'Write an email?' });
    await user.click(within(askEmail).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(openedUrls()).toHaveLength(2);

    const messaging = within(contact).getByRole('list', { name: 'Messaging' });
    expect(within(messaging).getByText('LINE: ming.wang')).toBeTruthy();
    expect(within(messaging).getByText('Signal: +886912345678')).toBeTruthy();
  });

  it('marks a person unavailable from now and available again', async () => {
    const person = await createValidPerson({ name: 'Lin Yu' });
    const user = await openPerson(person);
    expect(availabilityNow()).toBe('Available');
    expect(section('Availability').textContent).toContain('No current or upcoming absences.');
    expect(screen.queryByRole('button', { name: 'Mark available' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Mark unavailable' }));
    const dialog = await screen.findByRole('dialog', { name: 'Mark Lin Yu unavailable' });
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Reason' }), 'Sick');
    await user.type(within(dialog).getByRole('textbox', { name: 'Note' }), 'Flu, back Monday');
    await user.click(within(dialog).getByRole('button', { name: 'Mark unavailable' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() =>
      expect(availabilityNow()).toBe('Unavailable until marked available (Sick)'),
    );
    const absences = within(section('Availability')).getByRole('table', {
      name: 'Current and upcoming absences',
    });
    expect(absences.textContent).toContain('Flu, back Monday');
    expect(absences.textContent).toContain('Until marked available');
    const stored = await getDatabase().people.get(person.id);
    expect(stored?.availability.absences).toEqual([
      expect.objectContaining({ reason: 'sick', end: null, note: 'Flu, back Monday' }),
    ]);
    expect(screen.queryByRole('button', { name: 'Mark unavailable' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Mark available' }));
    await waitFor(() => expect(availabilityNow()).toBe('Available'));
    const after = await getDatabase().people.get(person.id);
    const ended = after?.availability.absences[0]?.end;
    expect(ended).toBeTypeOf('number');
    expect(ended).toBeLessThanOrEqual(Date.now());
    expect(screen.getByRole('button', { name: 'Mark unavailable' })).toBeTruthy();
  });

  it('marks a person unavailable until a time, and refuses a time already past', async () => {
    const person = await createValidPerson({ name: 'Lin Yu' });
    const user = await openPerson(person);
    await user.click(screen.getByRole('button', { name: 'Mark unavailable' }));
    const dialog = await screen.findByRole('dialog', { name: 'Mark Lin Yu unavailable' });
    const until = within(dialog).getByLabelText(/^Until/u);

    fireEvent.change(until, {
      target: { value: format(Date.now() - 2 * hourMs, "yyyy-MM-dd'T'HH:mm") },
    });
    await user.click(within(dialog).getByRole('button', { name: 'Mark unavailable' }));
    await waitFor(() => expect(until.getAttribute('aria-invalid')).toBe('true'));
    expect(dialog.textContent).toContain('The end must be after the start.');
    expect((await getDatabase().people.get(person.id))?.availability.absences).toEqual([]);

    const back = new Date(Date.now() + 3 * hourMs);
    back.setSeconds(0, 0);
    fireEvent.change(until, { target: { value: format(back, "yyyy-MM-dd'T'HH:mm") } });
    await user.click(within(dialog).getByRole('button', { name: 'Mark unavailable' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() =>
      expect(availabilityNow()).toMatch(/^Unavailable until .+ \(Unreachable\)$/u),
    );
    const stored = await getDatabase().people.get(person.id);
    expect(stored?.availability.absences[0]?.end).toBe(back.getTime());
  });

  it('shows working hours, time zone and the local time there', async () => {
    const person = await createValidPerson({
      name: 'Lin Yu',
      timeZone: 'America/New_York',
      availability: {
        workingHours: {
          days: [1, 2, 3, 4, 5],
          start: '09:00',
          end: '17:00',
          callableOutsideHours: true,
        },
        absences: [],
      },
    });
    await openPerson(person);
    const availability = section('Availability');
    expect(availability.textContent).toContain('America/New_York');
    expect(availability.textContent).toMatch(
      /(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d+:\d\d [AP]M \(GMT-[45]\)/u,
    );
    expect(availability.textContent).toContain('Mon–Fri, 09:00–17:00');
    expect(availability.textContent).toContain('May be called outside these hours in a crisis.');
    // Callable outside hours: available whatever the time in New York.
    expect(availabilityNow()).toBe('Available');
  });

  it('flags an expired qualification in the table and in words', async () => {
    const person = await createValidPerson({
      name: 'Lin Yu',
      qualifications: [
        {
          id: 'media',
          typeId: 'media-training',
          awardedOn: '2018-03-01',
          expiresOn: '2020-03-01',
          note: 'Refresher booked',
        },
        {
          id: 'first-aid',
          typeId: 'first-aid',
          awardedOn: '2024-01-10',
          expiresOn: null,
          note: '',
        },
      ],
    });
    await openPerson(person);
    const qualifications = section('Qualifications');
    await waitFor(() =>
      expect(qualifications.textContent).toContain(
        '1 qualification needs renewing: Media training: Expired.',
      ),
    );
    const table = within(qualifications).getByRole('table', { name: 'Qualifications held' });
    const media = within(table).getByRole('row', { name: /Media training/u });
    expect(media.textContent).toContain('Mar 1, 2020');
    expect(within(media).getByText('Expired')).toBeTruthy();
    expect(media.textContent).toContain('Refresher booked');
    const firstAid = within(table).getByRole('row', { name: /First aid/u });
    expect(firstAid.textContent).toContain('Does not expire');
    expect(firstAid.textContent).not.toContain('Expired');
  });

  it('shows the roles held and their history, with a link to the roles', async () => {
    const person = await createValidPerson({ name: 'Lin Yu' });
    const other = await createValidPerson({ name: 'Chen Mei' });
    await assignRole('spokesperson', { primaryPersonId: person.id, backupPersonIds: [] });
    await assignRole('legal-counsel', {
      primaryPersonId: other.id,
      backupPersonIds: [person.id],
    });
    await openPerson(person);
    const roles = section('Roles held');
    expect(within(roles).getByText('Spokesperson · Primary')).toBeTruthy();
    expect(within(roles).getByText('Legal counsel · Backup 1')).toBeTruthy();
    expect(within(roles).getByRole('link', { name: 'Manage roles' }).getAttribute('href')).toBe(
      '#/roster/roles',
    );
    const history = await within(section('Role history')).findByRole('table');
    const rows = within(history).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.textContent).toContain('Spokesperson');
    expect(rows[0]?.textContent).toContain('Now');
  });

  it('still names a deleted custom role in the role history', async () => {
    const person = await createValidPerson({ name: 'Lin Yu' });
    const added = await addCustomRole({
      name: 'Drone pilot',
      description: '',
      isRequired: false,
      requiredQualificationTypeId: null,
    });
    if (!added.ok) {
      throw new Error('expected the role to be added');
    }
    await assignRole(added.value.id, { primaryPersonId: person.id, backupPersonIds: [] });
    expect((await deleteCustomRole(added.value.id)).ok).toBe(true);
    await openPerson(person);
    const history = await within(section('Role history')).findByRole('table');
    const rows = within(history).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.querySelector('th')?.textContent)).toEqual([
      'Drone pilot (deleted role)',
    ]);
  });

  it('deletes after confirming, naming the roles, and Undo puts the person and roles back', async () => {
    const person = await createValidPerson({ name: 'Lin Yu', notes: 'Line one\nLine two' });
    const backup = await createValidPerson({ name: 'Chen Mei' });
    await assignRole('spokesperson', {
      primaryPersonId: person.id,
      backupPersonIds: [backup.id],
    });
    const user = await openPerson(person);
    expect(section('Notes').textContent).toContain('Line one\nLine two');

    await user.click(screen.getByRole('button', { name: 'Delete' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete Lin Yu?' });
    expect(dialog.textContent).toContain(
      'Lin Yu will be removed from the roster, from the roles they hold (Spokesperson · Primary) and from any call list that names them. You can undo this from the notice that follows.',
    );
    // Cancel first: nothing changes.
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await getDatabase().people.get(person.id)).toBeDefined();

    await user.click(screen.getByRole('button', { name: 'Delete' }));
    await user.click(
      within(await screen.findByRole('dialog', { name: 'Delete Lin Yu?' })).getByRole('button', {
        name: 'Delete',
      }),
    );
    await waitFor(() => expect(window.location.hash).toBe('#/roster'));
    expect(await getDatabase().people.get(person.id)).toBeUndefined();
    const spokesperson = async () => (await readRoles()).find(({ id }) => id === 'spokesperson');
    expect(await spokesperson()).toMatchObject({
      primaryPersonId: null,
      backupPersonIds: [backup.id],
    });

    const notice = await screen.findByText('Lin Yu was removed from the roster.');
    const undo = within(notice.closest('li') ?? document.body).getByRole('button', {
      name: 'Undo',
    });
    await user.click(undo);
    await waitFor(async () => expect(await getDatabase().people.get(person.id)).toBeDefined());
    await waitFor(async () =>
      expect(await spokesperson()).toMatchObject({
        primaryPersonId: person.id,
        backupPersonIds: [backup.id],
      }),
    );
    const table = await screen.findByRole('table', { name: 'Crisis team members' });
    await waitFor(() => expect(within(table).getByRole('link', { name: 'Lin Yu' })).toBeTruthy());
  });

  it('deletes a person who holds no role with a plainer question', async () => {
    const person = await createValidPerson({ name: 'Lin Yu' });
    const user = await openPerson(person);
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete Lin Yu?' });
    expect(dialog.textContent).toContain(
      'Lin Yu will be removed from the roster and from any call list that names them.',
    );
  });
});
