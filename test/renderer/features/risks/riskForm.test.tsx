import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { getDatabase } from '../../../../renderer/src/db/database';
import { saveSetting } from '../../../../renderer/src/db/repositories/settingsRepository';
import type { Risk, RiskInput } from '../../../../shared/domain/risks/risk';
import { updateRisk } from '../../../../renderer/src/features/risks/riskCommands';
import { createPerson } from '../../../../renderer/src/features/roster/rosterCommands';
import { emptyPersonInput } from '../../../../shared/domain/roster/person';
import { defaultRiskMatrix } from '../../../../shared/domain/risks/riskMatrix';
import { renderApp, useAppTestEnvironment } from '../../support/renderApp';
import { clearRiskTables, createValidRisk, riskInput } from './riskTestSupport';

useAppTestEnvironment();

beforeEach(clearRiskTables);

/** Stores a valid risk with `overrides` applied. */
function seedRisk(overrides: Partial<RiskInput> = {}): Promise<Risk> {
  return createValidRisk(riskInput(overrides));
}

/** Opens the register and the "New risk" form. */
async function openNewRiskForm() {
  const user = userEvent.setup();
  await renderApp('#/risks');
  const [button] = await screen.findAllByRole('button', { name: 'New risk' });
  if (button === undefined) {
    throw new Error('No "New risk" button');
  }
  await user.click(button);
  const dialog = await screen.findByRole('dialog', { name: 'New risk' });
  // The form fills in once the matrix and the roster are read; under load that can come later
  // than the dialog's heading.
  await within(dialog).findByRole('textbox', { name: 'Title' }, { timeout: 10_000 });
  return { user, dialog };
}

/** The accessible description of a control (jsdom does not compute it). */
function descriptionOf(element: HTMLElement): string {
  return (element.getAttribute('aria-describedby') ?? '')
    .split(/\s+/u)
    .filter((id) => id !== '')
    .map((id) => document.getElementById(id)?.textContent?.trim() ?? '')
    .join(' ');
}

/** Types `text` into a field the quick way (a paste), as typing long text key by key is slow. */
async function fill(user: ReturnType<typeof userEvent.setup>, field: HTMLElement, text: string) {
  await user.clear(field);
  await user.paste(text);
}

describe('Risk form', () => {
  it('offers the crisis team as owners while any name can still be typed', async () => {
    const created = await createPerson({ ...emptyPersonInput('Asia/Taipei'), name: '陳美玲' });
    expect(created.ok).toBe(true);
    const { user, dialog } = await openNewRiskForm();
    // An input with suggestions is a combobox: the team's names are offered, typing stays free.
    const owner = await within(dialog).findByRole('combobox', { name: 'Owner' });
    const listId = owner.getAttribute('list') ?? '';
    const options = [...(document.getElementById(listId)?.querySelectorAll('option') ?? [])];
    expect(options.map((option) => option.value)).toEqual(['陳美玲']);
    await fill(user, owner, 'Outside counsel');
    expect(owner).toHaveProperty('value', 'Outside counsel');
  });

  it('keeps an unsaved new risk through a reload and forgets it once saved', async () => {
    const first = await openNewRiskForm();
    await fill(
      first.user,
      within(first.dialog).getByRole('textbox', { name: 'Title' }),
      'If the cold chain fails, then stock spoils',
    );
    await fill(first.user, within(first.dialog).getByRole('textbox', { name: 'Owner' }), 'Ana');
    // A reload: the app goes away with the dialog open and nothing saved.
    cleanup();

    const second = await openNewRiskForm();
    expect(within(second.dialog).getByRole('status').textContent).toMatch(/unsaved changes/iu);
    expect(within(second.dialog).getByRole('textbox', { name: 'Title' })).toHaveProperty(
      'value',
      'If the cold chain fails, then stock spoils',
    );
    expect(within(second.dialog).getByRole('textbox', { name: 'Owner' })).toHaveProperty(
      'value',
      'Ana',
    );
    await second.user.click(within(second.dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(window.location.hash).toMatch(/^#\/risks\/[\w-]+$/u));
    expect(localStorage.length).toBe(0);

    cleanup();
    const third = await openNewRiskForm();
    expect(within(third.dialog).queryByRole('status')).toBeNull();
    expect(within(third.dialog).getByRole('textbox', { name: 'Title' })).toHaveProperty(
      'value',
      '',
    );
  });

  it('does not put an edit draft back over a risk that changed since', async () => {
    const risk = await seedRisk({ title: 'If the port strikes, then deliveries stop' });
    const user = userEvent.setup();
    await renderApp(`#/risks/${risk.id}`);
    await user.click(await screen.findByRole('button', { name: 'Edit risk' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit risk' });
    await fill(user, within(dialog).getByRole('textbox', { name: 'Owner' }), 'Draft owner');
    cleanup();
    // Someone else's save changes the risk before the form is reopened.
    const changed = await updateRisk(
      risk.id,
      riskInput({ title: 'If the port strikes, then shelves empty' }),
    );
    expect(changed.ok).toBe(true);

    await renderApp(`#/risks/${risk.id}`);
    await user.click(await screen.findByRole('button', { name: 'Edit risk' }));
    const reopened = await screen.findByRole('dialog', { name: 'Edit risk' });
    expect(within(reopened).queryByRole('status')).toBeNull();
    expect(within(reopened).getByRole('textbox', { name: 'Owner' })).not.toHaveProperty(
      'value',
      'Draft owner',
    );
  });

  it('refuses a risk without a title in the UI language, keeps what was typed, then creates it', async () => {
    const { user, dialog } = await openNewRiskForm();
    const owner = within(dialog).getByRole('textbox', { name: 'Owner' });
    await fill(user, owner, 'Mei Lin');
    await fill(
      user,
      within(dialog).getByRole('textbox', { name: 'Stakeholders' }),
      'Procurement; Plant manager',
    );
    await user.selectOptions(
      within(dialog).getByRole('combobox', { name: 'Category' }),
      'Supply chain',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    const title = within(dialog).getByRole('textbox', { name: 'Title' });
    await waitFor(() => expect(title.getAttribute('aria-invalid')).toBe('true'));
    expect(descriptionOf(title)).toContain('This field is required.');
    expect(descriptionOf(title)).toContain('If <cause>, then <consequence>');
    expect(document.activeElement).toBe(title);
    expect(owner).toHaveProperty('value', 'Mei Lin');
    expect(await getDatabase().risks.count()).toBe(0);

    await fill(user, title, 'If the port strikes, then deliveries stop');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(window.location.hash).toMatch(/^#\/risks\/[\w-]+$/u));
    const heading = await screen.findByRole('heading', {
      level: 2,
      name: /If the port strikes, then deliveries stop/u,
    });
    expect(heading.textContent).toMatch(/^R-\d{4} /u);
    const [stored] = await getDatabase().risks.toArray();
    expect(stored).toMatchObject({
      owner: 'Mei Lin',
      stakeholders: ['Procurement', 'Plant manager'],
      categoryId: 'supply-chain',
    });
  });

  it('adds a custom category from the form and chooses it', async () => {
    const { user, dialog } = await openNewRiskForm();
    const category = within(dialog).getByRole('combobox', { name: 'Category' });
    await user.selectOptions(category, 'Add a category…');
    const name = within(dialog).getByRole('textbox', { name: 'New category name' });
    expect(document.activeElement).toBe(name);
    await user.type(name, 'Typhoon{Enter}');
    await waitFor(() =>
      expect(within(category).getByRole('option', { selected: true }).textContent).toBe('Typhoon'),
    );
    expect(await getDatabase().riskCategories.count()).toBe(1);
  });

  it('rolls impact dimensions up by the worst one and shows the score live', async () => {
    const { user, dialog } = await openNewRiskForm();
    const inherent = within(dialog).getByRole('group', {
      name: 'Inherent score (before any control)',
    });
    await user.selectOptions(
      within(inherent).getByRole('combobox', { name: 'Likelihood' }),
      '3 · Possible',
    );
    await user.click(within(inherent).getByRole('switch', { name: 'Rate impact by dimension' }));
    expect(within(inherent).queryByRole('combobox', { name: 'Impact' })).toBeNull();
    await user.selectOptions(
      within(inherent).getByRole('combobox', { name: 'Financial' }),
      '5 · Severe',
    );
    await user.selectOptions(
      within(inherent).getByRole('combobox', { name: 'Legal' }),
      '2 · Minor',
    );

    expect(inherent.textContent).toContain('Impact, the worst dimension: 5 · Severe');
    expect(inherent.textContent).toContain('Score: 3 × 5 = 15 Critical');
  });

  it('rolls impact dimensions up by weighted average when the matrix says so', async () => {
    await saveSetting('riskMatrix', {
      ...defaultRiskMatrix(),
      impactRollup: 'weighted',
      dimensionWeights: { financial: 3, reputation: 1, legal: 1, operations: 0, people: 0 },
    });
    const { user, dialog } = await openNewRiskForm();
    const inherent = within(dialog).getByRole('group', {
      name: 'Inherent score (before any control)',
    });
    await user.selectOptions(
      within(inherent).getByRole('combobox', { name: 'Likelihood' }),
      '2 · Unlikely',
    );
    await user.click(within(inherent).getByRole('switch', { name: 'Rate impact by dimension' }));
    await user.selectOptions(
      within(inherent).getByRole('combobox', { name: 'Financial' }),
      '5 · Severe',
    );
    await user.selectOptions(
      within(inherent).getByRole('combobox', { name: 'People' }),
      '5 · Severe',
    );

    // (5 × 3 + 1 + 1) / 5 = 3.4 → 3; people weighs nothing.
    expect(inherent.textContent).toContain(
      'Impact, weighted average of the dimensions: 3 · Moderate',
    );
    expect(inherent.textContent).toContain('Score: 2 × 3 = 6 Medium');
    await fill(
      user,
      within(dialog).getByRole('textbox', { name: 'Title' }),
      'If a typhoon hits, then the plant floods',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(window.location.hash).toMatch(/^#\/risks\/[\w-]+$/u));
    const [stored] = await getDatabase().risks.toArray();
    expect(stored?.inherent).toEqual({
      likelihood: 2,
      impact: 3,
      dimensions: { financial: 5, reputation: 1, legal: 1, operations: 1, people: 5 },
    });
  });

  it('opens on the stored values when editing and asks before discarding changes', async () => {
    const risk = await seedRisk({
      description: 'Single source for the controller chip',
      owner: 'Mei Lin',
      stakeholders: ['Procurement', 'Plant manager'],
      categoryId: 'data-breach',
      crisisType: 'supply-chain',
      confidence: 'low',
      treatment: 'avoid',
      inherent: { likelihood: 4, impact: 3, dimensions: {} },
      current: { mode: 'manual', assessment: { likelihood: 2, impact: 3, dimensions: {} } },
      reviewIntervalDays: 45,
    });
    const user = userEvent.setup();
    await renderApp(`#/risks/${risk.id}`);
    await user.click(await screen.findByRole('button', { name: 'Edit risk' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit risk' });

    const shownValues = [
      ['textbox', 'Title', risk.title],
      ['textbox', 'Description', 'Single source for the controller chip'],
      ['textbox', 'Owner', 'Mei Lin'],
      ['textbox', 'Stakeholders', 'Procurement\nPlant manager'],
      ['combobox', 'Category', 'data-breach'],
      ['combobox', 'Crisis type', 'supply-chain'],
      ['combobox', 'Confidence', 'low'],
      ['combobox', 'Treatment', 'avoid'],
    ] as const;
    for (const [role, name, value] of shownValues) {
      expect(within(dialog).getByRole(role, { name })).toHaveProperty('value', value);
    }
    const inherent = within(dialog).getByRole('group', {
      name: 'Inherent score (before any control)',
    });
    expect(within(inherent).getByRole('combobox', { name: 'Likelihood' })).toHaveProperty(
      'value',
      '4',
    );
    expect(within(inherent).getByRole('combobox', { name: 'Impact' })).toHaveProperty('value', '3');
    const current = within(dialog).getByRole('group', { name: 'Current score' });
    expect(within(current).getByRole('radio', { name: 'Rate by hand' })).toHaveProperty(
      'checked',
      true,
    );
    const currentManual = within(current).getByRole('group', {
      name: 'Current score, rated by hand',
    });
    expect(within(currentManual).getByRole('combobox', { name: 'Likelihood' })).toHaveProperty(
      'value',
      '2',
    );
    const target = within(dialog).getByRole('group', { name: 'Target score' });
    expect(within(target).getByRole('radio', { name: 'Derive from controls' })).toHaveProperty(
      'checked',
      true,
    );
    expect(within(dialog).getByRole('spinbutton', { name: 'Days between reviews' })).toHaveProperty(
      'value',
      '45',
    );

    const title = within(dialog).getByRole('textbox', { name: 'Title' });
    await user.clear(title);
    await fill(user, title, 'If the chip supplier fails, then lines stop');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    const confirm = await screen.findByRole('dialog', { name: 'Discard your changes?' });
    await user.click(within(confirm).getByRole('button', { name: 'Keep editing' }));
    expect(title).toHaveProperty('value', 'If the chip supplier fails, then lines stop');

    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await screen.findByRole('heading', {
      level: 2,
      name: /If the chip supplier fails, then lines stop/u,
    });
    expect(screen.getByRole('region', { name: 'Timeline' }).textContent).toContain(
      'Changed: Title',
    );
  });

  it('shows the form in Traditional Chinese', async () => {
    await saveSetting('language', 'zh-TW');
    const user = userEvent.setup();
    await renderApp('#/risks');
    const [button] = await screen.findAllByRole('button', { name: '新增風險' });
    if (button === undefined) {
      throw new Error('No "新增風險" button');
    }
    await user.click(button);
    const dialog = await screen.findByRole('dialog', { name: '新增風險' });
    await user.click(within(dialog).getByRole('button', { name: '儲存' }));
    const title = within(dialog).getByRole('textbox', { name: '標題' });
    await waitFor(() => expect(descriptionOf(title)).toContain('此欄位為必填。'));
    expect(within(dialog).getByRole('switch', { name: '依面向評估衝擊' })).toBeTruthy();
    expect(within(dialog).getByRole('combobox', { name: '可能性' }).textContent).toContain(
      '極少發生',
    );
  });
});
