import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import {
  readSetting,
  saveSetting,
} from '../../../../../renderer/src/db/repositories/settingsRepository';
import {
  deletePerson,
  saveCallTree,
} from '../../../../../renderer/src/features/roster/rosterCommands';
import { defaultCallTree } from '../../../../../shared/domain/roster/callTree';
import type { CallTree } from '../../../../../shared/domain/roster/callTree';
import { renderApp, useAppTestEnvironment } from '../../../support/renderApp';
import { addPerson, assign, valueOf } from './callTreeTestSupport';

useAppTestEnvironment();

/** The call tree editor region. */
function editor(): HTMLElement {
  return screen.getByRole('region', { name: 'Edit the call tree' });
}

/** The steps of the level being edited, by their titles ("Step 1 Role Public relations"). */
function stepTitles(): string[] {
  const list = within(editor()).queryByRole('list', { name: /^Call list for/u });
  if (list === null) {
    return [];
  }
  return within(list)
    .getAllByRole('listitem')
    .map((item) => item.querySelector('.call-step-row__title')?.textContent ?? '');
}

/** Opens the call tree page, then the editor's list of `level`. */
async function openEditor(level: string) {
  const user = userEvent.setup();
  await renderApp('#/roster/call-tree');
  const select = await within(
    await screen.findByRole('region', { name: 'Edit the call tree' }),
  ).findByRole('combobox', { name: 'Severity level to edit' });
  await user.selectOptions(select, level);
  return user;
}

/** The stored call list of one level. */
async function storedSteps(severityId: string) {
  const tree = await readSetting('callTree');
  return tree.find((list) => list.severityId === severityId)?.steps ?? [];
}

describe('Call tree editor', () => {
  it('adds, annotates, moves and removes steps, and stores them on save', async () => {
    const person = await addPerson('Lin Yu', '0912-000-001');
    const user = await openEditor('SEV 4 · Minor');
    expect(stepTitles()).toEqual(['Step 1 Role Public relations', 'Step 2 Role Customer service']);

    await user.selectOptions(
      within(editor()).getByRole('combobox', { name: 'Role' }),
      'Spokesperson',
    );
    await user.click(within(editor()).getByRole('button', { name: 'Add role to the call list' }));
    await user.selectOptions(within(editor()).getByRole('combobox', { name: 'Person' }), 'Lin Yu');
    await user.click(within(editor()).getByRole('button', { name: 'Add person to the call list' }));
    expect(stepTitles()).toEqual([
      'Step 1 Role Public relations',
      'Step 2 Role Customer service',
      'Step 3 Role Spokesperson',
      'Step 4 Person Lin Yu',
    ]);

    await user.click(within(editor()).getByRole('textbox', { name: 'Note for step 3' }));
    await user.paste('Only if the press calls');
    await user.click(within(editor()).getByRole('button', { name: 'Move step 3 up' }));
    // Focus follows the moved step, now step 2.
    expect(document.activeElement).toBe(
      within(editor()).getByRole('button', { name: 'Move step 2 up' }),
    );
    // Moving a row moves its DOM node, which drops focus in Chromium (not in jsdom): the editor
    // must focus the moved step's button itself.
    // A bare click event, since a user-event click focuses the button it clicks by itself.
    const focus = vi.spyOn(HTMLElement.prototype, 'focus');
    fireEvent.click(within(editor()).getByRole('button', { name: 'Move step 1 down' }));
    const moved = within(editor()).getByRole('button', { name: 'Move step 2 down' });
    expect(focus.mock.contexts).toContain(moved);
    expect(document.activeElement).toBe(moved);
    focus.mockRestore();
    await user.click(within(editor()).getByRole('button', { name: 'Move step 2 up' }));
    await user.click(within(editor()).getByRole('button', { name: 'Remove step 1' }));
    expect(stepTitles()).toEqual([
      'Step 1 Role Spokesperson',
      'Step 2 Role Customer service',
      'Step 3 Person Lin Yu',
    ]);
    expect(within(editor()).getByText('Unsaved changes in: SEV 4 · Minor.')).toBeTruthy();
    // Nothing is stored before Save.
    expect((await storedSteps('sev-4')).map((step) => step.kind)).toEqual(['role', 'role']);

    await user.click(within(editor()).getByRole('button', { name: 'Save call tree' }));

    await waitFor(async () =>
      expect(
        (await storedSteps('sev-4')).map((step) =>
          step.kind === 'role' ? [step.roleId, step.note] : [step.personId, step.note],
        ),
      ).toEqual([
        ['spokesperson', 'Only if the press calls'],
        ['customer-service', ''],
        [person.id, ''],
      ]),
    );
    expect(await storedSteps('sev-1')).toEqual(defaultCallTree[0]?.steps);
    expect(await screen.findByText('The call tree was saved.')).toBeTruthy();
    expect(within(editor()).queryByText(/^Unsaved changes/u)).toBeNull();
    expect(within(editor()).getByRole('button', { name: 'Save call tree' })).toHaveProperty(
      'disabled',
      true,
    );
  });

  it('keeps the edits of each level while switching, and after leaving the page', async () => {
    const user = await openEditor('SEV 4 · Minor');
    await user.click(within(editor()).getByRole('button', { name: 'Remove step 2' }));
    await user.selectOptions(
      within(editor()).getByRole('combobox', { name: 'Severity level to edit' }),
      'SEV 3 · Moderate',
    );
    await user.click(within(editor()).getByRole('button', { name: 'Remove step 1' }));
    const levelSelect = within(editor()).getByRole('combobox', { name: 'Severity level to edit' });
    expect(
      within(levelSelect).getByRole('option', { name: 'SEV 4 · Minor (unsaved changes)' }),
    ).toBeTruthy();
    expect(
      within(editor()).getByText('Unsaved changes in: SEV 3 · Moderate and SEV 4 · Minor.'),
    ).toBeTruthy();

    // Leaving the page (or a reload) keeps the draft.
    cleanup();
    await openEditor('SEV 4 · Minor (unsaved changes)');
    expect(stepTitles()).toEqual(['Step 1 Role Public relations']);
    expect(await storedSteps('sev-4')).toHaveLength(2);

    const user2 = userEvent.setup();
    await user2.click(within(editor()).getByRole('button', { name: 'Discard changes' }));
    const dialog = await screen.findByRole('dialog', { name: 'Discard your changes?' });
    await user2.click(within(dialog).getByRole('button', { name: 'Discard changes' }));
    expect(stepTitles()).toEqual(['Step 1 Role Public relations', 'Step 2 Role Customer service']);
    expect(within(editor()).queryByText(/^Unsaved changes/u)).toBeNull();
  });

  it('resets every level to the default call tree after asking', async () => {
    const modified: CallTree = [
      {
        severityId: 'sev-1',
        steps: [{ kind: 'role', id: 'only-commander', roleId: 'commander', note: 'Call first' }],
      },
    ];
    valueOf(await saveCallTree(modified));
    const user = await openEditor('SEV 1 · Critical');
    expect(stepTitles()).toEqual(['Step 1 Role Crisis commander']);

    await user.click(within(editor()).getByRole('button', { name: 'Reset to default' }));
    const dialog = await screen.findByRole('dialog', {
      name: 'Reset the call tree to the default?',
    });
    await user.click(within(dialog).getByRole('button', { name: 'Keep editing' }));
    expect(await readSetting('callTree')).toEqual(modified);

    await user.click(within(editor()).getByRole('button', { name: 'Reset to default' }));
    await user.click(
      within(await screen.findByRole('dialog')).getByRole('button', { name: 'Reset and save' }),
    );

    await waitFor(async () => expect(await readSetting('callTree')).toEqual(defaultCallTree));
    await waitFor(() => expect(stepTitles()).toHaveLength(11));
    expect(
      await screen.findByText('The call tree was reset to the default call lists.'),
    ).toBeTruthy();
  });

  it('explains a refused save beside the step it is about', async () => {
    const person = await addPerson('Lin Yu', '0912-000-001');
    const user = await openEditor('SEV 4 · Minor');
    await user.selectOptions(within(editor()).getByRole('combobox', { name: 'Person' }), 'Lin Yu');
    await user.click(within(editor()).getByRole('button', { name: 'Add person to the call list' }));
    // Someone else removes the person while the draft still names them.
    valueOf(await deletePerson(person.id));
    await waitFor(() =>
      expect(stepTitles()).toContain('Step 3 Person A person who is no longer in the roster'),
    );

    await user.click(within(editor()).getByRole('button', { name: 'Save call tree' }));

    const alert = await within(editor()).findByRole('alert');
    expect(alert.textContent).toContain('The call tree was not saved:');
    expect(alert.textContent).toContain(
      'SEV 4 · Minor, step 3: This person is no longer in the roster.',
    );
    expect(document.activeElement).toBe(alert);
    expect(await storedSteps('sev-4')).toHaveLength(2);

    // Removing the step settles the issue, and leaves nothing to save.
    await user.click(within(editor()).getByRole('button', { name: 'Remove step 3' }));
    expect(within(editor()).queryByRole('alert')).toBeNull();
    expect(within(editor()).queryByText(/^Unsaved changes/u)).toBeNull();
  });
});

describe('Call tree editor in Chinese', () => {
  it('joins names and levels with the language’s own list punctuation', async () => {
    await saveSetting('language', 'zh-TW');
    const [primary, ...backups] = [
      await addPerson('王小明', '0912-000-001'),
      await addPerson('陳美玲', '0912-000-002'),
      await addPerson('林志豪', '0912-000-003'),
      await addPerson('Sarah Lee', '0912-000-004'),
    ];
    await assign('public-relations', primary ?? null, backups);
    const user = userEvent.setup();
    await renderApp('#/roster/call-tree');
    const region = await screen.findByRole('region', { name: '編輯聯絡順序' });
    const levelSelect = within(region).getByRole('combobox', { name: '要編輯的嚴重等級' });
    await user.selectOptions(levelSelect, '四級・輕微');
    expect(
      within(region).getByText('主要負責人：王小明。代理人：陳美玲、林志豪和Sarah Lee。'),
    ).toBeTruthy();

    // By value: a level's option reads differently once it has unsaved changes.
    for (const severityId of ['sev-4', 'sev-3', 'sev-2']) {
      await user.selectOptions(levelSelect, severityId);
      await user.click(within(region).getByRole('button', { name: '移除第 1 步' }));
    }
    expect(
      within(region).getByText('尚未儲存的變更：二級・嚴重、三級・中度和四級・輕微。'),
    ).toBeTruthy();
  });
});
