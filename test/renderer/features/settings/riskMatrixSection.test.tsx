import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { getDatabase } from '../../../../renderer/src/db/database';
import { readRisks } from '../../../../renderer/src/db/repositories/riskRepository';
import {
  readSetting,
  saveSetting,
} from '../../../../renderer/src/db/repositories/settingsRepository';
import { defaultRiskMatrix } from '../../../../shared/domain/risks/riskMatrix';
import { createRisk } from '../../../../renderer/src/features/risks/riskCommands';
import { renderApp, useAppTestEnvironment } from '../../support/renderApp';
import { riskInput } from '../risks/riskTestSupport';

useAppTestEnvironment();

beforeEach(async () => {
  await Promise.all(getDatabase().tables.map((table) => table.clear()));
});

/** The Settings → Risk matrix section, once it has loaded. */
async function matrixSection() {
  await renderApp('#/settings');
  return screen.findByRole('region', { name: 'Risk matrix' });
}

describe('Settings → Risk matrix', () => {
  it('rescales every risk after confirming a size change', async () => {
    const created = await createRisk(
      riskInput({ inherent: { likelihood: 5, impact: 4, dimensions: {} } }),
    );
    if (!created.ok) throw new Error('seed failed');
    const user = userEvent.setup();
    const section = await matrixSection();

    await user.selectOptions(within(section).getByRole('combobox', { name: 'Size' }), '3 × 3');
    expect(within(section).getByText(/the levels of 1 risk will be rescaled/u)).toBeTruthy();
    await user.click(within(section).getByRole('button', { name: 'Save matrix' }));

    const confirm = await screen.findByRole('dialog', { name: 'Rescale every risk?' });
    // Nothing is saved before the answer.
    expect((await readSetting('riskMatrix')).size).toBe(5);
    await user.click(within(confirm).getByRole('button', { name: 'Rescale and save' }));

    await waitFor(async () => expect((await readSetting('riskMatrix')).size).toBe(3));
    const [risk] = await readRisks();
    expect(risk?.inherent).toMatchObject({ likelihood: 3, impact: 3 });
  });

  it('keeps the matrix when the size change is cancelled', async () => {
    const created = await createRisk(riskInput());
    if (!created.ok) throw new Error('seed failed');
    const user = userEvent.setup();
    const section = await matrixSection();
    await user.selectOptions(within(section).getByRole('combobox', { name: 'Size' }), '6 × 6');
    await user.click(within(section).getByRole('button', { name: 'Save matrix' }));
    const confirm = await screen.findByRole('dialog', { name: 'Rescale every risk?' });
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect((await readSetting('riskMatrix')).size).toBe(5);
    expect((await readRisks())[0]?.inherent).toMatchObject({ likelihood: 2, impact: 3 });
  });

  it("gives back the company's own level names when the size returns to the saved one", async () => {
    const saved = defaultRiskMatrix();
    const [first, ...rest] = saved.likelihoodLabels;
    if (first === undefined) throw new Error('no level');
    await saveSetting('riskMatrix', {
      ...saved,
      likelihoodLabels: [{ ...first, en: 'Once a decade' }, ...rest],
    });
    const user = userEvent.setup();
    const section = await matrixSection();
    const firstName = () =>
      within(within(section).getByRole('group', { name: 'Likelihood levels' })).getAllByRole(
        'textbox',
        { name: 'English' },
      )[0];
    expect(firstName()).toHaveProperty('value', 'Once a decade');

    await user.selectOptions(within(section).getByRole('combobox', { name: 'Size' }), '6 × 6');
    expect(firstName()).toHaveProperty('value', 'Very rare');
    await user.selectOptions(within(section).getByRole('combobox', { name: 'Size' }), '5 × 5');
    expect(firstName()).toHaveProperty('value', 'Once a decade');
  });

  it('explains a band that does not start above the one before it', async () => {
    const user = userEvent.setup();
    const section = await matrixSection();
    const band = within(section).getByRole('group', { name: 'Band 3' });
    const minimum = within(band).getByRole('spinbutton', { name: 'Minimum score' });
    await user.clear(minimum);
    await user.type(minimum, '3');
    await user.click(within(section).getByRole('button', { name: 'Save matrix' }));
    expect(within(band).getByText('Each band must start above the band before it.')).toBeTruthy();
    expect(minimum.getAttribute('aria-invalid')).toBe('true');
    expect((await readSetting('riskMatrix')).bands[2]?.minScore).toBe(10);

    // Fixing it clears the message; saving stores it.
    await user.clear(minimum);
    await user.type(minimum, '8');
    expect(within(band).queryByText('Each band must start above the band before it.')).toBeNull();
    await user.click(within(section).getByRole('button', { name: 'Save matrix' }));
    await waitFor(async () => expect((await readSetting('riskMatrix')).bands[2]?.minScore).toBe(8));
  });
});
