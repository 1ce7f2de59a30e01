import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { readSetting } from '../../../../../renderer/src/db/repositories/settingsRepository';
import { saveCommMatrixCell } from '../../../../../renderer/src/features/sops/sopCommands';
import { commMatrixCellId } from '../../../../../shared/domain/sops/commMatrix';
import { renderApp, useAppTestEnvironment } from '../../../support/renderApp';
import { createValidTemplate } from './templatesTestSupport';

/** Clicking through a dialog takes seconds on a loaded two-core machine. */
const slowUiTimeout = 20_000;

useAppTestEnvironment();

/** Opens the matrix's stakeholder group editor, removes `name` and saves; the dialog. */
async function removeStakeholderGroup(name: string): Promise<HTMLElement> {
  const user = userEvent.setup();
  await renderApp('#/sops/matrix');
  await user.click(await screen.findByRole('button', { name: 'Edit stakeholder groups' }));
  const dialog = await screen.findByRole('dialog', { name: 'Stakeholder groups' });
  await user.click(within(dialog).getByRole('button', { name: `Remove ${name}` }));
  await user.click(within(dialog).getByRole('button', { name: 'Save' }));
  return dialog;
}

describe(
  'SOP library → a stakeholder group that templates address',
  { timeout: slowUiTimeout },
  () => {
    it('explains that templates use it as their audience when no matrix cell does', async () => {
      await createValidTemplate({ audience: 'investors' });
      await createValidTemplate({ audience: 'investors', title: 'Update for investors' });
      const dialog = await removeStakeholderGroup('Investors');
      expect(
        await within(dialog).findByText(
          '“Investors” is the audience of 2 statement templates, so nothing was saved. Give those templates another audience first, or cancel to keep the list as it was.',
        ),
      ).toBeTruthy();
      expect((await readSetting('commStakeholders')).map((group) => group.id)).toContain(
        'investors',
      );
    });

    it('counts both the matrix cells and the templates that use it', async () => {
      await createValidTemplate({ audience: 'investors' });
      const cell = await saveCommMatrixCell({
        id: commMatrixCellId(null, 'investors', 'email'),
        crisisTypeId: null,
        stakeholderId: 'investors',
        channelId: 'email',
        ownerRoleId: null,
        targetMinutes: null,
        timing: '',
        templateStage: null,
        note: '',
      });
      expect(cell.ok).toBe(true);
      const dialog = await removeStakeholderGroup('Investors');
      expect(
        await within(dialog).findByText(
          '“Investors” is used by 1 matrix cell and is the audience of 1 statement template, so nothing was saved. Clear its cells in the matrix and give that template another audience first, or cancel to keep the list as it was.',
        ),
      ).toBeTruthy();
    });
  },
);
