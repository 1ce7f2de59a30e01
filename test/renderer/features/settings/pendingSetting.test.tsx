import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import {
  readSettings,
  saveSetting,
} from '../../../../renderer/src/db/repositories/settingsRepository';
import { renderApp, useAppTestEnvironment } from '../../support/renderApp';

// The real repository, wrapped so one test can make a save fail the way no storage failure does
// (a bug, say): everything the database layer can throw is already a StorageWriteError, so this
// path cannot be reached through IndexedDB.
vi.mock(
  import('../../../../renderer/src/db/repositories/settingsRepository'),
  async (importOriginal) => {
    const original = await importOriginal();
    return { ...original, saveSetting: vi.fn(original.saveSetting) };
  },
);

useAppTestEnvironment();

describe('a setting whose save fails unexpectedly', () => {
  it('returns to the saved value and says so in a translated notice', async () => {
    const user = userEvent.setup();
    await renderApp('#/settings');
    const group = await screen.findByRole('group', { name: 'Theme' });
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.mocked(saveSetting).mockRejectedValueOnce(new TypeError('row.value is undefined'));

    await user.click(within(group).getByRole('radio', { name: 'Dark' }));

    const alert = await screen.findByRole('alert', { name: 'Errors' });
    expect(
      await within(alert).findByText('The change could not be saved. Nothing was changed.'),
    ).toBeTruthy();
    await waitFor(() =>
      expect(within(group).getByRole('radio', { name: 'Follow the system' })).toHaveProperty(
        'checked',
        true,
      ),
    );
    expect(within(group).getByRole('radio', { name: 'Dark' })).toHaveProperty('checked', false);
    expect(logged).toHaveBeenCalledWith(expect.objectContaining({ name: 'TypeError' }));
    expect((await readSettings()).theme).toBe('system');

    // Nothing is left pending: the next choice is saved as usual.
    await user.click(within(group).getByRole('radio', { name: 'Light' }));
    await waitFor(() => expect(document.documentElement.dataset['theme']).toBe('light'));
    expect((await readSettings()).theme).toBe('light');
  });
});
