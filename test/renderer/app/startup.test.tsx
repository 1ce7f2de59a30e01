import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { requestStorageOnStartup } from '../../../renderer/src/app/startup';
import { readSettings } from '../../../renderer/src/db/repositories/settingsRepository';
import { renderApp, useAppTestEnvironment } from '../support/renderApp';

useAppTestEnvironment();

/** Starts the app and waits for its first page, as main.tsx does before asking for storage. */
async function startApp(): Promise<void> {
  await renderApp();
  await screen.findByRole('heading', { level: 1, name: 'Dashboard' });
}

describe('requestStorageOnStartup', () => {
  it('saves the answer once, quietly, when all goes well', async () => {
    await startApp();
    await requestStorageOnStartup();
    expect((await readSettings()).storagePersistence?.granted).toBe(false);
    expect(screen.queryByRole('alert', { name: 'Errors' })?.textContent ?? '').toBe('');
  });

  it('shows a full disk as a translated notice', async () => {
    await startApp();
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });

    await expect(requestStorageOnStartup()).resolves.toBeUndefined();

    const alert = await screen.findByRole('alert', { name: 'Errors' });
    expect(within(alert).getByText(/storage quota is full/i)).toBeTruthy();
  });

  it('turns an unexpected failure into a translated notice instead of a rejection', async () => {
    await startApp();
    // Reading the saved answer fails: Dexie rejects with its own error, not a StorageWriteError.
    vi.spyOn(IDBObjectStore.prototype, 'getAll').mockImplementation(() => {
      throw new DOMException('The database connection is closing.', 'InvalidStateError');
    });
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});

    await expect(requestStorageOnStartup()).resolves.toBeUndefined();

    const alert = await screen.findByRole('alert', { name: 'Errors' });
    expect(
      within(alert).getByText('The change could not be saved. Nothing was changed.'),
    ).toBeTruthy();
    expect(logged).toHaveBeenCalledWith(expect.objectContaining({ name: 'InvalidStateError' }));
  });
});
