import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { getDatabase } from '../../../../renderer/src/db/database';
import { deleteRisk } from '../../../../renderer/src/features/risks/riskCommands';
import type { Risk } from '../../../../shared/domain/risks/risk';
import { renderApp, useAppTestEnvironment } from '../../support/renderApp';
import { createValidRisk, resetRegisterScreen, riskInput } from './riskTestSupport';

useAppTestEnvironment();

beforeEach(resetRegisterScreen);

const rumour = 'If a rumour spreads on PTT, then sales drop';
const supplier = 'If the sole chip supplier stops shipping, then production halts';

/** Two risks, both moved to the recycle bin. */
async function seedBin(): Promise<Risk[]> {
  const risks = [
    await createValidRisk(riskInput({ title: rumour })),
    await createValidRisk(riskInput({ title: supplier })),
  ];
  for (const risk of risks) {
    expect((await deleteRisk(risk.id)).ok).toBe(true);
  }
  return risks;
}

function binTitles(): string[] {
  const table = screen.queryByRole('table', { name: 'Recycle bin' });
  return table === null
    ? []
    : within(table)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent ?? '');
}

describe('Risks → Recycle bin', () => {
  it('lists deleted risks with when they were deleted and restores one', async () => {
    await seedBin();
    const user = userEvent.setup();
    await renderApp('#/risks/bin');
    await waitFor(() => expect(binTitles()).toHaveLength(2));
    expect(new Set(binTitles())).toEqual(new Set([rumour, supplier]));
    const table = screen.getByRole('table', { name: 'Recycle bin' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Reference', 'Title', 'Deleted', 'Actions']);
    expect(table.querySelectorAll('time[datetime]')).toHaveLength(2);

    await user.click(screen.getByRole('button', { name: `Restore “${rumour}”` }));
    await waitFor(() => expect(binTitles()).toEqual([supplier]));

    await user.click(screen.getByRole('link', { name: 'Register' }));
    const register = await screen.findByRole('table', { name: 'Risk register' });
    expect(await within(register).findByRole('link', { name: rumour })).toBeTruthy();
    expect(within(register).queryByRole('link', { name: supplier })).toBeNull();
  });

  it('deletes a risk permanently only after confirming', async () => {
    const [, supplierRisk] = await seedBin();
    const user = userEvent.setup();
    await renderApp('#/risks/bin');
    await waitFor(() => expect(binTitles()).toHaveLength(2));

    await user.click(screen.getByRole('button', { name: `Delete “${supplier}” permanently` }));
    let dialog = await screen.findByRole('dialog', { name: 'Delete this risk permanently?' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(binTitles()).toHaveLength(2);

    await user.click(screen.getByRole('button', { name: `Delete “${supplier}” permanently` }));
    dialog = await screen.findByRole('dialog', { name: 'Delete this risk permanently?' });
    expect(within(dialog).getByText(/R-0002 “If the sole chip supplier/u)).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Delete permanently' }));
    await waitFor(() => expect(binTitles()).toEqual([rumour]));
    expect(await getDatabase().risks.get(supplierRisk?.id ?? '')).toBeUndefined();
  });

  it('says when the recycle bin is empty', async () => {
    await createValidRisk(riskInput({ title: rumour }));
    await renderApp('#/risks/bin');
    expect(await screen.findByText('The recycle bin is empty.')).toBeTruthy();
    expect(screen.queryByRole('table', { name: 'Recycle bin' })).toBeNull();
  });
});
