import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { getDatabase } from '../../../../renderer/src/db/database';
import { renderApp, useAppTestEnvironment } from '../../support/renderApp';
import { createValidRisk, riskControl, riskInput } from './riskTestSupport';

useAppTestEnvironment();

beforeEach(async () => {
  await Promise.all(getDatabase().tables.map((table) => table.clear()));
  window.sessionStorage.clear();
});

const rumour = 'If a rumour spreads on PTT, then sales drop';
const recall = 'If a batch is contaminated, then we recall it';
const supplier = 'If the sole chip supplier stops shipping, then production halts';
const outage = 'If the data centre floods, then orders stop';

/**
 * Two risks at likelihood 4 × impact 5, one at 2 × 3, and one at 4 × 3 whose implemented control
 * (50 %) halves its likelihood: inherent 4 × 3, current 2 × 3.
 */
async function seedRisks() {
  await createValidRisk(
    riskInput({ title: rumour, inherent: { likelihood: 4, impact: 5, dimensions: {} } }),
  );
  await createValidRisk(
    riskInput({ title: recall, inherent: { likelihood: 4, impact: 5, dimensions: {} } }),
  );
  await createValidRisk(
    riskInput({ title: supplier, inherent: { likelihood: 2, impact: 3, dimensions: {} } }),
  );
  await createValidRisk(
    riskInput({
      title: outage,
      inherent: { likelihood: 4, impact: 3, dimensions: {} },
      controls: [riskControl({ effectiveness: 50, status: 'implemented' })],
    }),
  );
}

/** The heat map's cell buttons by accessible name. */
function cellNames(): string[] {
  return within(screen.getByRole('table', { name: /^Heat map of/u }))
    .getAllByRole('button')
    .map((button) => button.getAttribute('aria-label') ?? '');
}

describe('Risks → Heat map', () => {
  it('counts risks per cell by current score, coloured and named by band', async () => {
    await seedRisks();
    await renderApp('#/risks/heat-map');
    const table = await screen.findByRole('table', {
      name: 'Heat map of current scores: likelihood by impact',
    });
    await waitFor(() =>
      expect(
        within(table).getByRole('button', {
          name: 'Likelihood 4 Likely, impact 5 Severe: 2 risks, Critical',
        }),
      ).toBeTruthy(),
    );
    expect(cellNames()).toHaveLength(25);
    expect(
      within(table).getByRole('button', {
        name: 'Likelihood 2 Unlikely, impact 3 Moderate: 2 risks, Medium',
      }),
    ).toBeTruthy();
    const emptyCell = within(table).getByRole<HTMLButtonElement>('button', {
      name: 'Likelihood 4 Likely, impact 3 Moderate: 0 risks, High',
    });
    expect(emptyCell.disabled).toBe(true);
    const nonEmpty = cellNames().filter((name) => !name.includes(': 0 risks'));
    expect(nonEmpty).toHaveLength(2);
    // Highest likelihood at the top, lowest impact on the left.
    const rowHeaders = within(table)
      .getAllByRole('rowheader')
      .map((header) => header.textContent);
    expect(rowHeaders).toEqual([
      '5 Almost certain',
      '4 Likely',
      '3 Possible',
      '2 Unlikely',
      '1 Rare',
    ]);
    const firstCell = within(table).getAllByRole('button')[0] as HTMLElement;
    expect(firstCell.getAttribute('aria-label')).toBe(
      'Likelihood 5 Almost certain, impact 1 Negligible: 0 risks, Medium',
    );
    expect(firstCell.textContent).toBe('0Medium');
    expect(firstCell.style.backgroundColor).not.toBe('');
    const legend = screen.getByRole('region', { name: 'Levels' });
    expect(within(legend).getByText('Critical')).toBeTruthy();
    expect(within(legend).getByText('scores 15–25')).toBeTruthy();
  });

  it('moves a controlled risk between its inherent and current cells', async () => {
    await seedRisks();
    const user = userEvent.setup();
    await renderApp('#/risks/heat-map');
    await screen.findByRole('button', {
      name: 'Likelihood 2 Unlikely, impact 3 Moderate: 2 risks, Medium',
    });
    expect(
      screen.getByRole<HTMLInputElement>('radio', {
        name: 'Current score (residual, after controls)',
      }).checked,
    ).toBe(true);

    await user.click(screen.getByRole('radio', { name: 'Inherent score (before controls)' }));
    const table = await screen.findByRole('table', {
      name: 'Heat map of inherent scores: likelihood by impact',
    });
    expect(
      within(table).getByRole('button', {
        name: 'Likelihood 4 Likely, impact 3 Moderate: 1 risk, High',
      }),
    ).toBeTruthy();
    expect(
      within(table).getByRole('button', {
        name: 'Likelihood 2 Unlikely, impact 3 Moderate: 1 risk, Medium',
      }),
    ).toBeTruthy();
    expect(
      within(table).getByRole('button', {
        name: 'Likelihood 4 Likely, impact 5 Severe: 2 risks, Critical',
      }),
    ).toBeTruthy();
  });

  it('opens the list of exactly the risks in a cell', async () => {
    await seedRisks();
    const user = userEvent.setup();
    await renderApp('#/risks/heat-map');
    const cell = await screen.findByRole('button', {
      name: 'Likelihood 2 Unlikely, impact 3 Moderate: 2 risks, Medium',
    });
    await user.click(cell);
    const panel = await screen.findByRole('region', {
      name: 'Likelihood 2 Unlikely × impact 3 Moderate: 2 risks',
    });
    const links = within(panel).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual([supplier, outage]);
    expect(links[0]?.getAttribute('href')).toMatch(/^#\/risks\/[\w-]+$/u);
    expect(within(panel).getByText('R-0003')).toBeTruthy();
    expect(document.activeElement).toBe(within(panel).getByRole('heading'));

    await user.click(screen.getByRole('radio', { name: 'Inherent score (before controls)' }));
    await waitFor(() =>
      expect(
        within(panel)
          .getAllByRole('link')
          .map((link) => link.textContent),
      ).toEqual([supplier]),
    );

    screen
      .getByRole('button', { name: 'Likelihood 4 Likely, impact 5 Severe: 2 risks, Critical' })
      .focus();
    await user.keyboard('{Enter}');
    const critical = await screen.findByRole('region', {
      name: 'Likelihood 4 Likely × impact 5 Severe: 2 risks',
    });
    expect(
      within(critical)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([rumour, recall]);
    await user.click(within(critical).getByRole('button', { name: 'Close list' }));
    expect(screen.queryByRole('region', { name: /× impact/u })).toBeNull();
  });

  it('says the heat map is empty when there are no risks', async () => {
    await renderApp('#/risks/heat-map');
    expect(
      await screen.findByText('No risks have been recorded yet, so the heat map is empty.'),
    ).toBeTruthy();
    expect(screen.queryByRole('table', { name: /^Heat map of/u })).toBeNull();
  });
});
