import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { getDatabase } from '../../../../../renderer/src/db/database';
import { readPeople } from '../../../../../renderer/src/db/repositories/rosterRepository';
import { saveSetting } from '../../../../../renderer/src/db/repositories/settingsRepository';
import {
  createPerson,
  updatePerson,
} from '../../../../../renderer/src/features/roster/rosterCommands';
import { emptyPersonInput } from '../../../../../shared/domain/roster/person';
import type { Person, PersonInput } from '../../../../../shared/domain/roster/person';
import { renderApp, useAppTestEnvironment } from '../../../support/renderApp';

useAppTestEnvironment();

type User = ReturnType<typeof userEvent.setup>;

/** Opens the people list and the "Add person" form. */
async function openNewPersonForm() {
  const user = userEvent.setup();
  await renderApp('#/roster');
  await user.click(await screen.findByRole('button', { name: 'Add person' }));
  const dialog = await screen.findByRole('dialog', { name: 'Add a person' });
  return { user, dialog };
}

/** Stores a valid person through the real command, with `overrides` applied. */
async function seedPerson(overrides: Partial<PersonInput> = {}): Promise<Person> {
  const result = await createPerson({
    ...emptyPersonInput('Asia/Taipei'),
    name: '陳美玲',
    otherName: 'Mei-ling Chen',
    title: 'Legal counsel',
    ...overrides,
  });
  if (!result.ok) {
    throw new Error(`Seed person refused: ${JSON.stringify(result.issues)}`);
  }
  return result.value;
}

/** Opens a stored person's page and their "Edit" form. */
async function openEditForm(person: Person) {
  const user = userEvent.setup();
  await renderApp(`#/roster/people/${person.id}`);
  await user.click(await screen.findByRole('button', { name: 'Edit' }));
  const dialog = await screen.findByRole('dialog', { name: 'Edit person' });
  return { user, dialog };
}

/** Types `text` into a field the quick way (a paste). */
async function fill(user: User, field: HTMLElement, text: string) {
  await user.clear(field);
  if (text !== '') {
    await user.click(field);
    await user.paste(text);
  }
}

/** Sets a date, time or date-time field, which jsdom cannot type into key by key. */
function setValue(field: HTMLElement, value: string) {
  fireEvent.change(field, { target: { value } });
}

/** The accessible description of a control (jsdom does not compute it). */
function descriptionOf(element: HTMLElement): string {
  return (element.getAttribute('aria-describedby') ?? '')
    .split(/\s+/u)
    .filter((id) => id !== '')
    .map((id) => document.getElementById(id)?.textContent?.trim() ?? '')
    .join(' ');
}

/** A text field of the dialog by its label. */
function textbox(dialog: HTMLElement, name: string): HTMLElement {
  return within(dialog).getByRole('textbox', { name });
}

/** A select of the dialog by its label. */
function combobox(dialog: HTMLElement, name: string): HTMLElement {
  return within(dialog).getByRole('combobox', { name });
}

/** An input of the dialog by its label (date, time and date-time fields have no textbox role). */
function input(dialog: HTMLElement, name: string): HTMLElement {
  return within(dialog).getByLabelText(name);
}

/** Clicks a button of the dialog by its name. */
async function press(user: User, dialog: HTMLElement, name: string) {
  await user.click(within(dialog).getByRole('button', { name }));
}

/** Asserts `field` was refused with `message` beside it. */
async function expectRefused(field: HTMLElement, message: string) {
  await waitFor(() => expect(field.getAttribute('aria-invalid')).toBe('true'));
  expect(descriptionOf(field)).toContain(message);
}

describe('Person form', () => {
  it('adds a person with a Chinese name, two phones and a LINE handle, and opens their page', async () => {
    const { user, dialog } = await openNewPersonForm();
    await fill(user, textbox(dialog, 'Name'), '王小明');
    await fill(user, textbox(dialog, 'Other name'), 'Ming Wang');
    await fill(user, textbox(dialog, 'Job title'), '發言人');
    await fill(user, textbox(dialog, 'Department'), '公關部');

    await press(user, dialog, 'Add phone');
    // Keyboard users land in the new row.
    expect(document.activeElement).toBe(combobox(dialog, 'Phone 1 type'));
    await fill(user, textbox(dialog, 'Phone 1 number'), '０９１２－３４５－６７８');
    await press(user, dialog, 'Add phone');
    await user.selectOptions(combobox(dialog, 'Phone 2 type'), 'Work');
    await fill(user, textbox(dialog, 'Phone 2 number'), '+886 2 2345 6789 ext. 12');

    await press(user, dialog, 'Add messaging handle');
    expect(combobox(dialog, 'Handle 1 app')).toHaveProperty('value', 'line');
    await fill(user, textbox(dialog, 'Handle 1 ID'), 'ming.wang');

    await press(user, dialog, 'Save');
    await waitFor(() => expect(window.location.hash).toMatch(/^#\/roster\/people\/[\w-]+$/u));

    const people = await readPeople();
    expect(people).toHaveLength(1);
    const [stored] = people;
    expect(window.location.hash).toBe(`#/roster/people/${stored?.id ?? ''}`);
    expect(stored).toMatchObject({
      name: '王小明',
      otherName: 'Ming Wang',
      title: '發言人',
      department: '公關部',
      phones: [
        { kind: 'mobile', number: '0912-345-678' },
        { kind: 'work', number: '+886 2 2345 6789 ext. 12' },
      ],
      messaging: [{ service: 'line', handle: 'ming.wang', label: '' }],
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      availability: { workingHours: null, absences: [] },
    });

    expect(
      await screen.findByRole('heading', { level: 2, name: '王小明 (Ming Wang)' }),
    ).toBeTruthy();
    const page = document.body.textContent ?? '';
    expect(page).toContain('0912-345-678');
    expect(page).toContain('+886 2 2345 6789 ext. 12');
    expect(page).toContain('ming.wang');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(localStorage.length).toBe(0);
  });

  it('asks for and saves an app name only for an app not in the list', async () => {
    const { user, dialog } = await openNewPersonForm();
    await fill(user, textbox(dialog, 'Name'), '蔡依林');
    await press(user, dialog, 'Add messaging handle');
    expect(within(dialog).queryByRole('textbox', { name: 'Handle 1 app name' })).toBeNull();
    await user.selectOptions(combobox(dialog, 'Handle 1 app'), 'Other');
    await fill(user, textbox(dialog, 'Handle 1 app name'), 'Signal');
    await fill(user, textbox(dialog, 'Handle 1 ID'), '+886912345678');
    await press(user, dialog, 'Add messaging handle');
    await user.selectOptions(combobox(dialog, 'Handle 2 app'), 'Other');
    await fill(user, textbox(dialog, 'Handle 2 app name'), 'Threema');
    await user.selectOptions(combobox(dialog, 'Handle 2 app'), 'WeChat');
    expect(within(dialog).queryByRole('textbox', { name: 'Handle 2 app name' })).toBeNull();
    await fill(user, textbox(dialog, 'Handle 2 ID'), 'cai_yilin');
    await press(user, dialog, 'Save');

    await waitFor(() => expect(window.location.hash).toMatch(/^#\/roster\/people\/[\w-]+$/u));
    const [stored] = await readPeople();
    expect(stored?.messaging).toEqual([
      { service: 'other', handle: '+886912345678', label: 'Signal' },
      { service: 'wechat', handle: 'cai_yilin', label: '' },
    ]);
  });

  it('refuses a bad phone number and a bad email beside their fields and saves nothing', async () => {
    const { user, dialog } = await openNewPersonForm();
    await fill(user, textbox(dialog, 'Name'), '林志豪');
    await press(user, dialog, 'Add phone');
    await fill(user, textbox(dialog, 'Phone 1 number'), '0912-345-678');
    await press(user, dialog, 'Add phone');
    await fill(user, textbox(dialog, 'Phone 2 number'), 'call the front desk');
    await press(user, dialog, 'Add email');
    await fill(user, textbox(dialog, 'Email 1 address'), 'zhihao at example');
    await press(user, dialog, 'Save');

    const phone = textbox(dialog, 'Phone 2 number');
    await expectRefused(phone, 'Enter a phone number with digits');
    const email = textbox(dialog, 'Email 1 address');
    await expectRefused(email, 'Enter an email address such as name@example.com.');
    expect(textbox(dialog, 'Phone 1 number').getAttribute('aria-invalid')).toBeNull();
    // Focus goes to the first refused field; nothing typed is lost.
    expect(document.activeElement).toBe(phone);
    expect(within(dialog).getByRole('alert').textContent).toContain(
      '2 problems need attention before the person can be saved.',
    );
    expect(phone).toHaveProperty('value', 'call the front desk');
    expect(email).toHaveProperty('value', 'zhihao at example');
    expect(textbox(dialog, 'Name')).toHaveProperty('value', '林志豪');
    expect(await readPeople()).toHaveLength(0);

    // Removing the first phone keeps the refusal beside the number it is about.
    await press(user, dialog, 'Remove phone 1');
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Add phone' }));
    const moved = textbox(dialog, 'Phone 1 number');
    expect(moved).toHaveProperty('value', 'call the front desk');
    expect(descriptionOf(moved)).toContain('Enter a phone number with digits');
    expect(within(dialog).queryByRole('textbox', { name: 'Phone 2 number' })).toBeNull();

    await fill(user, moved, '(02) 2345-6789');
    await fill(user, email, 'zhihao.lin@example.com');
    await press(user, dialog, 'Save');
    await waitFor(() => expect(window.location.hash).toMatch(/^#\/roster\/people\/[\w-]+$/u));
    const [stored] = await readPeople();
    expect(stored?.phones).toEqual([{ kind: 'mobile', number: '(02) 2345-6789' }]);
    expect(stored?.emails).toEqual([{ kind: 'work', address: 'zhihao.lin@example.com' }]);
  });

  it('refuses a qualification that expires before it was awarded', async () => {
    const { user, dialog } = await openNewPersonForm();
    await fill(user, textbox(dialog, 'Name'), '張家豪');
    await press(user, dialog, 'Add qualification');
    await user.selectOptions(combobox(dialog, 'Qualification 1 type'), 'Media training');
    setValue(input(dialog, 'Qualification 1 awarded on'), '2026-03-01');
    setValue(input(dialog, 'Qualification 1 expires on'), '2026-02-01');
    await press(user, dialog, 'Save');

    await expectRefused(
      input(dialog, 'Qualification 1 expires on'),
      'The expiry date must be after the award date.',
    );
    expect(input(dialog, 'Qualification 1 awarded on')).toHaveProperty('value', '2026-03-01');
    expect(await readPeople()).toHaveLength(0);

    setValue(input(dialog, 'Qualification 1 expires on'), '2028-03-01');
    await press(user, dialog, 'Save');
    await waitFor(() => expect(window.location.hash).toMatch(/^#\/roster\/people\/[\w-]+$/u));
    const [stored] = await readPeople();
    expect(stored?.qualifications).toEqual([
      expect.objectContaining({
        typeId: 'media-training',
        awardedOn: '2026-03-01',
        expiresOn: '2028-03-01',
      }),
    ]);
  });

  it('refuses a time away that ends before it starts, and reads times in the device zone', async () => {
    const { user, dialog } = await openNewPersonForm();
    await fill(user, textbox(dialog, 'Name'), '李雅婷');
    await press(user, dialog, 'Add time away');
    const start = input(dialog, 'Time away 1 from');
    const end = input(dialog, 'Time away 1 until');
    setValue(start, '2026-03-02T09:00');
    setValue(end, '2026-03-01T18:00');
    await user.selectOptions(combobox(dialog, 'Time away 1 reason'), 'Travelling');
    await press(user, dialog, 'Save');

    await expectRefused(end, 'The end must be after the start.');
    expect(start.getAttribute('aria-invalid')).toBeNull();
    expect(end).toHaveProperty('value', '2026-03-01T18:00');
    expect(await readPeople()).toHaveLength(0);

    setValue(end, '2026-03-06T18:00');
    await press(user, dialog, 'Save');
    await waitFor(() => expect(window.location.hash).toMatch(/^#\/roster\/people\/[\w-]+$/u));
    const [stored] = await readPeople();
    expect(stored?.availability.absences).toEqual([
      expect.objectContaining({
        start: new Date(2026, 2, 2, 9, 0).getTime(),
        end: new Date(2026, 2, 6, 18, 0).getTime(),
        reason: 'travel',
      }),
    ]);
  });

  it('refuses a time away without a start together with the other problems', async () => {
    const { user, dialog } = await openNewPersonForm();
    await press(user, dialog, 'Add time away');
    setValue(input(dialog, 'Time away 1 from'), '');
    await press(user, dialog, 'Save');

    await expectRefused(textbox(dialog, 'Name'), 'This field is required.');
    await expectRefused(input(dialog, 'Time away 1 from'), 'This field is required.');
    expect(await readPeople()).toHaveLength(0);
  });

  it('adds a qualification type from the form and chooses it', async () => {
    const { user, dialog } = await openNewPersonForm();
    await fill(user, textbox(dialog, 'Name'), '黃建國');
    await press(user, dialog, 'Add qualification');
    const type = combobox(dialog, 'Qualification 1 type');
    await user.selectOptions(type, 'Add a qualification type…');
    const name = textbox(dialog, 'New qualification type name');
    expect(document.activeElement).toBe(name);
    await user.type(name, '無人機操作證{Enter}');

    await waitFor(() =>
      expect(within(type).getByRole('option', { selected: true }).textContent).toBe('無人機操作證'),
    );
    expect(document.activeElement).toBe(type);
    const types = await getDatabase().qualificationTypes.toArray();
    expect(types).toEqual([expect.objectContaining({ name: '無人機操作證' })]);
    // Enter added the type; it did not submit the form.
    expect(await readPeople()).toHaveLength(0);

    await press(user, dialog, 'Save');
    await waitFor(() => expect(window.location.hash).toMatch(/^#\/roster\/people\/[\w-]+$/u));
    const [stored] = await readPeople();
    expect(stored?.qualifications.map(({ typeId }) => typeId)).toEqual([types[0]?.id]);
  });

  it('edits a person in place and keeps when they were added', async () => {
    const person = await seedPerson({
      phones: [{ kind: 'mobile', number: '0933-111-222' }],
      availability: {
        workingHours: {
          days: [1, 2, 3, 4, 5],
          start: '09:00',
          end: '18:00',
          callableOutsideHours: false,
        },
        absences: [
          // Seconds that a date-time field cannot show survive an edit that leaves the field alone.
          {
            id: 'absence-1',
            start: Date.UTC(2026, 0, 5, 1, 2, 3),
            end: null,
            reason: 'sick',
            note: '',
          },
        ],
      },
    });
    const { user, dialog } = await openEditForm(person);
    expect(textbox(dialog, 'Name')).toHaveProperty('value', '陳美玲');
    expect(textbox(dialog, 'Phone 1 number')).toHaveProperty('value', '0933-111-222');
    expect(within(dialog).getByRole('checkbox', { name: 'Monday' })).toHaveProperty(
      'checked',
      true,
    );
    expect(within(dialog).getByRole('checkbox', { name: 'Sunday' })).toHaveProperty(
      'checked',
      false,
    );
    await fill(user, textbox(dialog, 'Job title'), '法務長');
    await press(user, dialog, 'Save');

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(window.location.hash).toBe(`#/roster/people/${person.id}`);
    const [stored] = await readPeople();
    expect(stored).toMatchObject({
      id: person.id,
      createdAt: person.createdAt,
      title: '法務長',
      phones: [{ kind: 'mobile', number: '0933-111-222' }],
    });
    expect(stored?.availability).toEqual(person.availability);
    expect(stored?.updatedAt).toBeGreaterThanOrEqual(person.updatedAt);
    expect(localStorage.length).toBe(0);
  });

  it('refuses working hours without a day beside the days', async () => {
    const { user, dialog } = await openNewPersonForm();
    await fill(user, textbox(dialog, 'Name'), '周杰');
    await user.click(within(dialog).getByRole('radio', { name: 'Set working hours' }));
    for (const day of ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday']) {
      await user.click(within(dialog).getByRole('checkbox', { name: day }));
    }
    await press(user, dialog, 'Save');

    const monday = within(dialog).getByRole('checkbox', { name: 'Monday' });
    await expectRefused(monday, 'This field is required.');
    expect(document.activeElement).toBe(monday);
    expect(await readPeople()).toHaveLength(0);
  });
});

describe('Person form in Chinese', () => {
  it('speaks Taiwan Chinese, with weekday names and refusals in it', async () => {
    await saveSetting('language', 'zh-TW');
    const user = userEvent.setup();
    await renderApp('#/roster');
    await user.click(await screen.findByRole('button', { name: '新增成員' }));
    const dialog = await screen.findByRole('dialog', { name: '新增成員' });
    await user.click(within(dialog).getByRole('radio', { name: '設定上班時間' }));
    expect(within(dialog).getByRole('checkbox', { name: '星期一' })).toHaveProperty(
      'checked',
      true,
    );
    expect(within(dialog).getByRole('checkbox', { name: '星期日' })).toHaveProperty(
      'checked',
      false,
    );
    await press(user, dialog, '新增電話');
    await fill(user, textbox(dialog, '電話 1 號碼'), '請找總機');
    await press(user, dialog, '儲存');

    await expectRefused(textbox(dialog, '姓名'), '此欄位為必填。');
    await expectRefused(textbox(dialog, '電話 1 號碼'), '請輸入由數字組成的電話號碼');
    expect(await readPeople()).toHaveLength(0);
  });
});

describe('Person form drafts', () => {
  it('keeps an unsaved new person through a reload and forgets it once saved', async () => {
    const first = await openNewPersonForm();
    await fill(first.user, textbox(first.dialog, 'Name'), '吳淑芬');
    await press(first.user, first.dialog, 'Add phone');
    await fill(first.user, textbox(first.dialog, 'Phone 1 number'), '0955-666-777');
    await press(first.user, first.dialog, 'Add time away');
    setValue(input(first.dialog, 'Time away 1 from'), '2026-04-01T08:30');
    // A reload: the app goes away with the dialog open and nothing saved.
    cleanup();

    const second = await openNewPersonForm();
    expect(within(second.dialog).getByRole('status').textContent).toMatch(/unsaved changes/iu);
    expect(textbox(second.dialog, 'Name')).toHaveProperty('value', '吳淑芬');
    expect(textbox(second.dialog, 'Phone 1 number')).toHaveProperty('value', '0955-666-777');
    expect(input(second.dialog, 'Time away 1 from')).toHaveProperty('value', '2026-04-01T08:30');
    await press(second.user, second.dialog, 'Save');
    await waitFor(() => expect(window.location.hash).toMatch(/^#\/roster\/people\/[\w-]+$/u));
    expect(localStorage.length).toBe(0);

    cleanup();
    const third = await openNewPersonForm();
    expect(within(third.dialog).queryByRole('status')).toBeNull();
    expect(textbox(third.dialog, 'Name')).toHaveProperty('value', '');
  });

  it('keeps an edit draft per person and drops a damaged one', async () => {
    const person = await seedPerson();
    const other = await seedPerson({ name: '何家偉', otherName: '' });
    const first = await openEditForm(person);
    await fill(first.user, textbox(first.dialog, 'Notes'), '週末可聯絡');
    cleanup();

    // Another person's form does not get this draft.
    const otherForm = await openEditForm(other);
    expect(within(otherForm.dialog).queryByRole('status')).toBeNull();
    expect(textbox(otherForm.dialog, 'Notes')).toHaveProperty('value', '');
    cleanup();

    const second = await openEditForm(person);
    expect(within(second.dialog).getByRole('status').textContent).toMatch(/unsaved changes/iu);
    expect(textbox(second.dialog, 'Notes')).toHaveProperty('value', '週末可聯絡');
    cleanup();

    // Once someone else's save changed the person, the draft is not put back over it.
    const { id: _id, createdAt: _createdAt, updatedAt: _updatedAt, ...input } = other;
    const changed = await updatePerson(other.id, { ...input, notes: '只在上班時間' });
    expect(changed.ok).toBe(true);
    const otherDraft = await openEditForm(other);
    await fill(otherDraft.user, textbox(otherDraft.dialog, 'Notes'), '草稿');
    cleanup();
    const latest = (await readPeople()).find(({ id }) => id === other.id);
    if (latest === undefined) {
      throw new Error('The other person is gone');
    }
    const {
      id: _latestId,
      createdAt: _latestCreated,
      updatedAt: _latestUpdated,
      ...latestInput
    } = latest;
    expect((await updatePerson(other.id, { ...latestInput, title: '總務' })).ok).toBe(true);
    const afterChange = await openEditForm(other);
    expect(within(afterChange.dialog).queryByRole('status')).toBeNull();
    expect(textbox(afterChange.dialog, 'Notes')).toHaveProperty('value', '只在上班時間');
    expect(textbox(afterChange.dialog, 'Job title')).toHaveProperty('value', '總務');
    cleanup();

    // A draft that does not match the form's shape is dropped, never half applied.
    const key = `crisis-room:draft:person-form:${person.id}`;
    const stored: unknown = JSON.parse(localStorage.getItem(key) ?? 'null');
    localStorage.setItem(key, JSON.stringify({ ...Object(stored), draft: { name: 42 } }));
    const third = await openEditForm(person);
    expect(within(third.dialog).queryByRole('status')).toBeNull();
    expect(textbox(third.dialog, 'Notes')).toHaveProperty('value', '');
    expect(localStorage.getItem(key)).toBeNull();
  });

  it('asks before discarding typed changes, and closes at once without any', async () => {
    const { user, dialog } = await openNewPersonForm();
    await press(user, dialog, 'Cancel');
    expect(screen.queryByRole('dialog')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Add person' }));
    const form = await screen.findByRole('dialog', { name: 'Add a person' });
    await fill(user, textbox(form, 'Name'), '鄭宇翔');
    await press(user, form, 'Cancel');
    const confirm = await screen.findByRole('dialog', { name: 'Discard your changes?' });
    await user.click(within(confirm).getByRole('button', { name: 'Keep editing' }));
    expect(screen.queryByRole('dialog', { name: 'Discard your changes?' })).toBeNull();
    expect(textbox(form, 'Name')).toHaveProperty('value', '鄭宇翔');

    // Escape: jsdom does not turn the key into the dialog's cancel event, so send it as browsers do.
    fireEvent(form, new Event('cancel', { bubbles: false, cancelable: true }));
    const again = await screen.findByRole('dialog', { name: 'Discard your changes?' });
    await user.click(within(again).getByRole('button', { name: 'Discard' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(localStorage.length).toBe(0);
    expect(await readPeople()).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Add person' }));
    const reopened = await screen.findByRole('dialog', { name: 'Add a person' });
    expect(textbox(reopened, 'Name')).toHaveProperty('value', '');
  });
});
