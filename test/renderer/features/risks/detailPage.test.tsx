import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { addDays, format, parseISO } from 'date-fns';
import { beforeEach, describe, expect, it } from 'vitest';
import { getDatabase } from '../../../../renderer/src/db/database';
import { saveSetting } from '../../../../renderer/src/db/repositories/settingsRepository';
import type { Risk, RiskInput } from '../../../../shared/domain/risks/risk';
import { toIsoDate } from '../../../../shared/domain/risks/reviews';
import { renderApp, useAppTestEnvironment } from '../../support/renderApp';
import { clearRiskTables, createValidRisk, riskControl, riskInput } from './riskTestSupport';

useAppTestEnvironment();

beforeEach(clearRiskTables);

/** Stores a valid risk with `overrides` applied. */
function seedRisk(overrides: Partial<RiskInput> = {}): Promise<Risk> {
  return createValidRisk(riskInput(overrides));
}

/** Opens a risk's page and waits for its heading. */
async function openRisk(risk: Risk) {
  const user = userEvent.setup();
  await renderApp(`#/risks/${risk.id}`);
  await screen.findByRole('heading', { level: 2, name: new RegExp(risk.reference, 'u') });
  return user;
}

/** The section of the page labelled by a heading. */
function section(name: string): HTMLElement {
  return screen.getByRole('region', { name });
}

/** The card of one score kind in the Scores section. */
function scoreCard(kind: 'Inherent' | 'Current' | 'Target'): HTMLElement {
  return within(section('Scores')).getByRole('listitem', { name: kind });
}

/** An English calendar date as the page shows it ("Dec 31, 2020"). */
function shownDate(isoDate: string): string {
  return format(parseISO(isoDate), 'PP');
}

/** Types `text` into a field the quick way (a paste), as typing long text key by key is slow. */
async function fill(user: ReturnType<typeof userEvent.setup>, field: HTMLElement, text: string) {
  await user.clear(field);
  await user.paste(text);
}

describe('Risk page', () => {
  it('shows the reference, title, facts and the three scores with their bands', async () => {
    const risk = await seedRisk({
      owner: 'Mei Lin',
      stakeholders: ['Procurement', 'Plant manager'],
      crisisType: 'supply-chain',
      treatment: 'transfer',
      confidence: 'high',
      inherent: { likelihood: 4, impact: 3, dimensions: {} },
      current: { mode: 'manual', assessment: { likelihood: 2, impact: 3, dimensions: {} } },
    });
    await openRisk(risk);

    const heading = screen.getByRole('heading', { level: 2 });
    expect(heading.textContent).toBe(`${risk.reference} ${risk.title}`);
    const facts = section('About this risk');
    expect(within(facts).getByText('Supply chain')).toBeTruthy();
    expect(within(facts).getByText('Mei Lin')).toBeTruthy();
    expect(within(facts).getByText('Plant manager')).toBeTruthy();
    expect(within(facts).getByText('Supply-chain disruption')).toBeTruthy();
    expect(within(facts).getByText('Transfer')).toBeTruthy();
    expect(within(facts).getByText('High confidence')).toBeTruthy();

    expect(scoreCard('Inherent').textContent).toContain('12 High');
    expect(scoreCard('Inherent').textContent).toContain(
      'Likelihood 4 · Likely, impact 3 · Moderate',
    );
    expect(scoreCard('Current').textContent).toContain('6 Medium');
    expect(scoreCard('Current').textContent).toContain('Rated by hand');
    expect(scoreCard('Target').textContent).toContain('12 High');
    expect(scoreCard('Target').textContent).toContain('Derived from controls: 0% effective');
  });

  it('says when there is no such risk and links back to the register', async () => {
    await renderApp('#/risks/no-such-risk');
    expect(await screen.findByText(/There is no risk at this address/u)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Back to the register' }).getAttribute('href')).toBe(
      '#/risks',
    );
  });

  it('lowers the derived current score when an implemented control at 50 % is added', async () => {
    const risk = await seedRisk({ inherent: { likelihood: 4, impact: 3, dimensions: {} } });
    const user = await openRisk(risk);
    expect(scoreCard('Current').textContent).toContain('12 High');

    await user.click(screen.getByRole('button', { name: 'Add control' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add control' });
    await fill(
      user,
      within(dialog).getByRole('textbox', { name: 'Control or action' }),
      'Second supplier',
    );
    await fill(user, within(dialog).getByRole('textbox', { name: /^Cost/u }), '250000');
    const effectiveness = within(dialog).getByRole('spinbutton', { name: /^Effectiveness/u });
    await user.clear(effectiveness);
    await user.type(effectiveness, '50');
    await user.selectOptions(
      within(dialog).getByRole('combobox', { name: 'Status' }),
      'Implemented',
    );
    // The dialog shows what the change does before it is saved.
    expect(within(dialog).getByText('Current').parentElement?.textContent).toContain(
      '12 High → 6 Medium',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(scoreCard('Current').textContent).toContain('6 Medium'));
    expect(scoreCard('Current').textContent).toContain('Derived from controls: 50% effective');
    const controls = within(section('Controls')).getByRole('table');
    const row = within(controls).getByRole('row', { name: /Second supplier/u });
    expect(row.textContent).toContain('250,000');
    expect(row.textContent).toContain('50%');
    expect(row.textContent).toContain('Implemented');
    const timeline = section('Timeline');
    await waitFor(() => expect(timeline.textContent).toContain('Current: 12 High → 6 Medium'));
    expect(timeline.textContent).toContain('Changed: Controls');
  });

  it('shows the rules refusal beside the control field and keeps what was typed', async () => {
    const risk = await seedRisk();
    const user = await openRisk(risk);
    await user.click(screen.getByRole('button', { name: 'Add control' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add control' });
    const effectiveness = within(dialog).getByRole('spinbutton', { name: /^Effectiveness/u });
    await user.clear(effectiveness);
    await user.type(effectiveness, '150');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    const title = within(dialog).getByRole('textbox', { name: 'Control or action' });
    await waitFor(() => expect(title.getAttribute('aria-invalid')).toBe('true'));
    expect(effectiveness.getAttribute('aria-invalid')).toBe('true');
    expect(dialog.textContent).toContain('Enter a whole percentage from 0 to 100.');
    expect(effectiveness).toHaveProperty('value', '150');
    expect(document.activeElement).toBe(title);
    expect(await getDatabase().risks.get(risk.id)).toHaveProperty('controls', []);
  });

  it('flags an acceptance whose expiry has passed', async () => {
    const risk = await seedRisk({
      treatment: 'accept',
      acceptance: {
        approver: 'Chief risk officer',
        justification: 'Insured against the loss',
        acceptedOn: '2024-01-01',
        expiresOn: '2025-01-01',
      },
    });
    await openRisk(risk);
    const acceptance = section('Acceptance');
    expect(within(acceptance).getByText('Acceptance expired')).toBeTruthy();
    expect(acceptance.textContent).toContain('The risk must be decided again.');
    expect(acceptance.textContent).toContain('Chief risk officer');
    expect(acceptance.textContent).toContain('Jan 1, 2025');
  });

  it('records a review in the log and the timeline and moves the next review', async () => {
    const risk = await seedRisk({ lastReviewedOn: '2020-01-01' });
    const user = await openRisk(risk);
    const reviews = section('Reviews');
    // 2 × 3 = 6, medium: reviewed every 180 days.
    expect(reviews.textContent).toContain('Every 180 days, following the level (Medium)');
    expect(reviews.textContent).toContain(shownDate('2020-06-29'));
    expect(within(reviews).getByText(/^Overdue by \d+ days$/u)).toBeTruthy();
    // The review log reads the risk's history by its own query, which may land after the page.
    await waitFor(() => expect(reviews.textContent).toContain('No reviews recorded yet.'));

    await user.click(within(reviews).getByRole('button', { name: 'Record a review' }));
    const dialog = await screen.findByRole('dialog', { name: 'Record a review' });
    const today = toIsoDate(new Date());
    expect(within(dialog).getByLabelText('Review date')).toHaveProperty('value', today);
    await fill(user, within(dialog).getByRole('textbox', { name: 'Reviewer' }), 'Wang Li');
    await user.selectOptions(
      within(dialog).getByRole('combobox', { name: /^Decision/u }),
      'Escalated',
    );
    await fill(user, within(dialog).getByRole('textbox', { name: 'Comment' }), 'Board to decide');
    await user.click(within(dialog).getByRole('button', { name: 'Record review' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const log = await within(reviews).findByRole('table', { name: 'Review log' });
    const row = within(log).getAllByRole('row')[1];
    expect(row?.textContent).toContain('Wang Li');
    expect(row?.textContent).toContain('Escalated');
    expect(row?.textContent).toContain('Board to decide');
    const next = toIsoDate(addDays(parseISO(today), 180));
    await waitFor(() => expect(reviews.textContent).toContain(shownDate(next)));
    expect(within(reviews).queryByText(/^Overdue by/u)).toBeNull();
    const timeline = section('Timeline');
    expect(timeline.textContent).toContain(`Escalated by Wang Li on ${shownDate(today)}`);
    expect(timeline.textContent).toContain('Board to decide');
  });

  it('asks before deleting, then moves the risk to the recycle bin and goes to the register', async () => {
    const risk = await seedRisk();
    const user = await openRisk(risk);

    await user.click(screen.getByRole('button', { name: 'Delete' }));
    let dialog = await screen.findByRole('dialog', { name: `Delete ${risk.reference}?` });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect((await getDatabase().risks.get(risk.id))?.deletedAt).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Delete' }));
    dialog = await screen.findByRole('dialog', { name: `Delete ${risk.reference}?` });
    await user.click(within(dialog).getByRole('button', { name: 'Move to the recycle bin' }));
    await waitFor(() => expect(window.location.hash).toBe('#/risks'));
    expect((await getDatabase().risks.get(risk.id))?.deletedAt).toEqual(expect.any(Number));
  });

  it('shows a deleted risk read-only with a way to restore it', async () => {
    const risk = await seedRisk({ controls: [riskControl()] });
    await getDatabase().risks.update(risk.id, { deletedAt: Date.now() });
    const user = await openRisk(risk);
    expect(screen.getByText('In the recycle bin.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Edit risk' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Add control' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Restore' }));
    await waitFor(() => expect(screen.queryByText('In the recycle bin.')).toBeNull());
    expect(screen.getByRole('button', { name: 'Edit risk' })).toBeTruthy();
    expect((await getDatabase().risks.get(risk.id))?.deletedAt).toBeNull();
  });

  it('lists indicators with their breach and says monitoring rules cannot be picked yet', async () => {
    const risk = await seedRisk({
      indicators: [
        {
          id: 'kri-1',
          name: 'Negative mentions',
          metric: 'Mentions per day',
          threshold: 40,
          direction: 'above',
          currentValue: 55,
          monitoringRuleIds: ['rule-typhoon'],
        },
      ],
    });
    await openRisk(risk);
    const indicators = section('Early-warning indicators');
    const row = within(indicators).getByRole('row', { name: /Negative mentions/u });
    expect(within(row).getByText('Breached')).toBeTruthy();
    expect(row.textContent).toContain('rule-typhoon');
    expect(indicators.textContent).toContain('new ones cannot be picked yet');
  });

  it('removes a control, an indicator and the acceptance only once confirmed', async () => {
    const risk = await seedRisk({
      controls: [riskControl()],
      indicators: [
        {
          id: 'kri-1',
          name: 'Negative mentions',
          metric: '',
          threshold: 40,
          direction: 'above',
          currentValue: null,
          monitoringRuleIds: [],
        },
      ],
      acceptance: {
        approver: 'Chief risk officer',
        justification: 'Insured against the loss',
        acceptedOn: '2026-01-01',
        expiresOn: '2027-01-01',
      },
    });
    const user = await openRisk(risk);
    const stored = () => getDatabase().risks.get(risk.id);

    await user.click(
      screen.getByRole('button', { name: 'Remove control Qualify a second supplier' }),
    );
    let dialog = await screen.findByRole('dialog', { name: 'Remove this control?' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(await stored()).toHaveProperty('controls', [riskControl()]);
    await user.click(
      screen.getByRole('button', { name: 'Remove control Qualify a second supplier' }),
    );
    dialog = await screen.findByRole('dialog', { name: 'Remove this control?' });
    await user.click(within(dialog).getByRole('button', { name: 'Remove' }));
    await waitFor(async () => expect(await stored()).toHaveProperty('controls', []));
    expect(screen.queryByRole('dialog')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Remove indicator Negative mentions' }));
    dialog = await screen.findByRole('dialog', { name: 'Remove this indicator?' });
    await user.click(within(dialog).getByRole('button', { name: 'Remove' }));
    await waitFor(async () => expect(await stored()).toHaveProperty('indicators', []));

    await user.click(screen.getByRole('button', { name: 'Withdraw acceptance' }));
    dialog = await screen.findByRole('dialog', { name: 'Withdraw the acceptance?' });
    await user.click(within(dialog).getByRole('button', { name: 'Withdraw acceptance' }));
    await waitFor(async () => expect(await stored()).toHaveProperty('acceptance', null));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('labels the page in Traditional Chinese', async () => {
    await saveSetting('language', 'zh-TW');
    const risk = await seedRisk({
      acceptance: {
        approver: '風控長',
        justification: '已投保',
        acceptedOn: '2024-01-01',
        expiresOn: '2025-01-01',
      },
    });
    await openRisk(risk);
    expect(screen.getByRole('button', { name: '編輯風險' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '記錄審查' })).toBeTruthy();
    expect(screen.getByRole('region', { name: '分數' })).toBeTruthy();
    expect(within(section('分數')).getByRole('listitem', { name: '固有' }).textContent).toContain(
      '6 中',
    );
    expect(within(section('風險接受')).getByText('接受已到期')).toBeTruthy();
    expect(section('風險概要').textContent).toContain('供應鏈');
  });
});
