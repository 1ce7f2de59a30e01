import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { readActionItems } from '../../../../../renderer/src/db/repositories/postmortemRepository';
import { ActionItemsSection } from '../../../../../renderer/src/features/postmortems/actions/ActionItemsSection';
import { RiskReviewRequestsPanel } from '../../../../../renderer/src/features/postmortems/actions/RiskReviewRequestsPanel';
import { SopChangeRequestsPanel } from '../../../../../renderer/src/features/postmortems/actions/SopChangeRequestsPanel';
import { addRiskReview } from '../../../../../renderer/src/features/risks/riskCommands';
import { publishSop, saveSopDraft } from '../../../../../renderer/src/features/sops/sopCommands';
import { useAppTestEnvironment } from '../../../support/renderApp';
import { createValidPerson } from '../../roster/people/peopleTestSupport';
import { createValidRisk } from '../../risks/riskTestSupport';
import { seedPublishedSop, sopContent } from '../../sops/library/librarySupport';
import { valueOf } from '../postmortemTestSupport';
import {
  lessonText,
  publishPostmortem,
  renderWithApp,
  seedDraftPostmortem,
  seedItem,
} from './actionItemsTestSupport';

/** The text an element is described by (its hint and error), as a screen reader reads it. */
function descriptionOf(element: HTMLElement): string {
  return (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
}

/** The value of a form control. */
function valueIn(element: HTMLElement): string {
  return element instanceof HTMLInputElement || element instanceof HTMLSelectElement
    ? element.value
    : '';
}

/** The row of the postmortem's action-item table whose header cell is `title`. */
async function itemRow(title: string): Promise<HTMLElement> {
  const header = await screen.findByRole('rowheader', { name: new RegExp(title) });
  const row = header.closest('tr');
  if (row === null) throw new Error('no row');
  return row;
}

describe('ActionItemsSection', { timeout: 20_000 }, () => {
  useAppTestEnvironment();

  it('refuses an SOP change without its SOP beside the link field and writes nothing', async () => {
    const postmortem = await seedDraftPostmortem();
    const user = userEvent.setup();
    await renderWithApp(<ActionItemsSection postmortemId={postmortem.id} />);

    await user.click(await screen.findByRole('button', { name: 'Add action item' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add action item' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Title' }), 'Rewrite the SOP');
    await user.type(within(dialog).getByLabelText('Due date'), '2099-12-01');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Type' }), 'SOP change');
    await user.click(within(dialog).getByRole('button', { name: 'Save action item' }));

    const linkKind = within(dialog).getByRole('combobox', { name: 'Linked to' });
    await waitFor(() => expect(linkKind.getAttribute('aria-invalid')).toBe('true'));
    expect(descriptionOf(linkKind)).toContain(
      'An SOP change needs the SOP it changes: choose one.',
    );
    expect(document.activeElement).toBe(linkKind);
    // Everything typed stays, and nothing was stored.
    expect(valueIn(within(dialog).getByRole('textbox', { name: 'Title' }))).toBe('Rewrite the SOP');
    expect(await readActionItems()).toEqual([]);

    // Choosing "An SOP" without picking one is refused beside the SOP select.
    await user.selectOptions(linkKind, 'An SOP of the library');
    await user.click(within(dialog).getByRole('button', { name: 'Save action item' }));
    const sopSelect = within(dialog).getByRole('combobox', { name: 'SOP' });
    await waitFor(() => expect(sopSelect.getAttribute('aria-invalid')).toBe('true'));
    expect(descriptionOf(sopSelect)).toContain('This field is required.');
    expect(await readActionItems()).toEqual([]);
  });

  it('adds an item owned by someone of the roster, linked to a risk, acting on a lesson', async () => {
    const postmortem = await seedDraftPostmortem();
    await createValidPerson({ name: 'Chen Mei' });
    const risk = await createValidRisk();
    const user = userEvent.setup();
    await renderWithApp(<ActionItemsSection postmortemId={postmortem.id} />);

    await user.click(await screen.findByRole('button', { name: 'Add action item' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add action item' });
    await user.type(
      within(dialog).getByRole('textbox', { name: 'Title' }),
      'Qualify a second host',
    );
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Owner' }), 'Chen Mei');
    await user.type(within(dialog).getByLabelText('Due date'), '2099-12-01');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Type' }), 'Prevent');
    await user.selectOptions(
      within(dialog).getByRole('combobox', { name: 'Linked to' }),
      'A risk of the register',
    );
    await user.selectOptions(
      within(dialog).getByRole('combobox', { name: 'Risk' }),
      `${risk.reference} ${risk.title}`,
    );
    expect(
      within(dialog).getByText(
        'Publishing the postmortem schedules a review of the risk, due on the due date.',
      ),
    ).toBeDefined();
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Lesson' }), lessonText);
    await user.click(within(dialog).getByRole('button', { name: 'Save action item' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const row = await itemRow('Qualify a second host');
    expect(within(row).getByText('Chen Mei')).toBeDefined();
    expect(within(row).getByText('Prevent')).toBeDefined();
    expect(
      within(row).getByRole('link', { name: `${risk.reference} ${risk.title}` }),
    ).toBeDefined();
    expect(within(row).getByText('Opens when the postmortem is published')).toBeDefined();
    const [stored] = await readActionItems();
    expect(stored).toMatchObject({
      title: 'Qualify a second host',
      dueOn: '2099-12-01',
      type: 'prevent',
      link: { kind: 'risk', riskId: risk.id },
      lessonId: 'lesson-1',
      loop: null,
    });
  });

  it('keeps an unsaved draft across a reload and restores it when the dialog opens again', async () => {
    const postmortem = await seedDraftPostmortem();
    const user = userEvent.setup();
    await renderWithApp(<ActionItemsSection postmortemId={postmortem.id} />);
    await user.click(await screen.findByRole('button', { name: 'Add action item' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add action item' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Title' }), 'Half-typed idea');
    cleanup();

    await renderWithApp(<ActionItemsSection postmortemId={postmortem.id} />);
    await user.click(await screen.findByRole('button', { name: 'Add action item' }));
    const reopened = await screen.findByRole('dialog', { name: 'Add action item' });
    expect(valueIn(within(reopened).getByRole('textbox', { name: 'Title' }))).toBe(
      'Half-typed idea',
    );
    expect(within(reopened).getByText('Your unsaved changes were restored.')).toBeDefined();
  });

  it('opens the SOP draft on publication, shows it on the SOP, and closes it when the SOP version is published', async () => {
    const sop = await seedPublishedSop();
    const postmortem = await seedDraftPostmortem();
    await seedItem(postmortem.id, {
      title: 'Add the customer script to the breach SOP',
      type: 'sop',
      link: { kind: 'sop', sopId: sop.id },
      lessonId: 'lesson-1',
    });
    await publishPostmortem(postmortem.id);
    await renderWithApp(
      <>
        <ActionItemsSection postmortemId={postmortem.id} />
        <SopChangeRequestsPanel sopId={sop.id} />
      </>,
    );

    const row = await itemRow('Add the customer script to the breach SOP');
    expect(
      await within(row).findByText('SOP draft of version 2 opened — waiting for publication'),
    ).toBeDefined();
    const panel = await screen.findByRole('region', { name: 'Changes requested by postmortems' });
    expect(
      within(panel).getByText(
        `Draft of the next version requested by ${postmortem.reference}: Add the customer script to the breach SOP`,
      ),
    ).toBeDefined();
    expect(within(panel).getByText(`Lesson: ${lessonText}`)).toBeDefined();
    expect(
      within(panel)
        .getByRole('link', { name: `Open postmortem ${postmortem.reference}` })
        .getAttribute('href'),
    ).toBe(`#/postmortems/${postmortem.id}`);
    expect(within(panel).getByRole('link', { name: 'Edit draft' }).getAttribute('href')).toBe(
      `#/sops/${sop.id}/edit`,
    );

    valueOf(await saveSopDraft(sop.id, sopContent({ purpose: 'Read the customer script.' })));
    valueOf(await publishSop(sop.id, 'Customer script', 'Mei Lin'));

    await waitFor(() =>
      expect(screen.queryByRole('region', { name: 'Changes requested by postmortems' })).toBeNull(),
    );
    const closedRow = await itemRow('Add the customer script to the breach SOP');
    expect(await within(closedRow).findByText('Published in version 2')).toBeDefined();
    expect(within(closedRow).getByText('Done')).toBeDefined();
  });

  it('schedules a risk review at once when a published postmortem gets a risk item, until the risk is reviewed', async () => {
    const risk = await createValidRisk();
    const postmortem = await seedDraftPostmortem();
    await publishPostmortem(postmortem.id);
    const user = userEvent.setup();
    await renderWithApp(
      <>
        <ActionItemsSection postmortemId={postmortem.id} />
        <RiskReviewRequestsPanel riskId={risk.id} />
      </>,
    );
    expect(screen.queryByRole('region', { name: 'Reviews requested by postmortems' })).toBeNull();

    await user.click(await screen.findByRole('button', { name: 'Add action item' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add action item' });
    await user.type(
      within(dialog).getByRole('textbox', { name: 'Title' }),
      'Re-rate the hosting risk',
    );
    await user.type(within(dialog).getByLabelText('Due date'), '2020-01-15');
    await user.selectOptions(
      within(dialog).getByRole('combobox', { name: 'Linked to' }),
      'A risk of the register',
    );
    await user.selectOptions(
      within(dialog).getByRole('combobox', { name: 'Risk' }),
      `${risk.reference} ${risk.title}`,
    );
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Lesson' }), lessonText);
    expect(
      within(dialog).getByText('Saving schedules a review of the risk, due on the due date.'),
    ).toBeDefined();
    await user.click(within(dialog).getByRole('button', { name: 'Save action item' }));

    const panel = await screen.findByRole('region', { name: 'Reviews requested by postmortems' });
    expect(
      within(panel).getByText(`Review scheduled by ${postmortem.reference} — due Jan 15, 2020`, {
        exact: false,
      }),
    ).toBeDefined();
    expect(within(panel).getByText(/^Overdue by \d+ days$/)).toBeDefined();
    expect(within(panel).getByText('Re-rate the hosting risk')).toBeDefined();
    expect(within(panel).getByText(`Lesson: ${lessonText}`)).toBeDefined();
    expect(
      within(panel).getByText('Recording a review of this risk completes these requests.'),
    ).toBeDefined();
    const row = await itemRow('Re-rate the hosting risk');
    expect(within(row).getByText('Risk review scheduled for Jan 15, 2020')).toBeDefined();

    valueOf(
      await addRiskReview(risk.id, {
        reviewedOn: '2026-11-30',
        reviewer: 'Mei Lin',
        decision: 'no-change',
        comment: '',
      }),
    );
    await waitFor(() =>
      expect(screen.queryByRole('region', { name: 'Reviews requested by postmortems' })).toBeNull(),
    );
    expect(await within(row).findByText('Reviewed on Nov 30, 2026')).toBeDefined();
  });

  it('deletes an item after confirmation and brings it back with Undo', async () => {
    const postmortem = await seedDraftPostmortem();
    await seedItem(postmortem.id, { title: 'Drill the call tree' });
    const user = userEvent.setup();
    await renderWithApp(<ActionItemsSection postmortemId={postmortem.id} />);

    await user.click(
      await screen.findByRole('button', { name: 'Delete action item “Drill the call tree”' }),
    );
    const confirm = await screen.findByRole('dialog', {
      name: 'Delete action item “Drill the call tree”?',
    });
    await user.click(within(confirm).getByRole('button', { name: 'Delete action item' }));
    await waitFor(() =>
      expect(screen.queryByRole('rowheader', { name: /Drill the call tree/ })).toBeNull(),
    );
    expect(await readActionItems()).toEqual([]);

    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    expect(await itemRow('Drill the call tree')).toBeDefined();
    expect(await readActionItems()).toHaveLength(1);
  });
});
