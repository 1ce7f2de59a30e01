import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { Router } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { describe, expect, it } from 'vitest';
import { loadStartup } from '../../../../../renderer/src/app/startup';
import {
  readPostmortem,
  readPostmortemOfIncident,
} from '../../../../../renderer/src/db/repositories/postmortemRepository';
import { changeStatus } from '../../../../../renderer/src/features/incidents/incidentCommands';
import { WritePostmortemButton } from '../../../../../renderer/src/features/postmortems/page/WritePostmortemButton';
import {
  createPostmortem,
  savePostmortemContent,
} from '../../../../../renderer/src/features/postmortems/postmortemCommands';
import type { Incident } from '../../../../../shared/domain/incidents/incident';
import type { Postmortem } from '../../../../../shared/domain/postmortems/postmortem';
import { renderApp, useAppTestEnvironment } from '../../../support/renderApp';
import { declare, valueOf } from '../postmortemTestSupport';

useAppTestEnvironment();

const minute = 60_000;

/**
 * A data-breach incident at SEV 1, declared an hour ago, and unless told otherwise taken to stable
 * and closed.
 */
async function incident(status: 'active' | 'closed' = 'closed'): Promise<Incident> {
  const declared = await declare(
    '會員資料外洩',
    Date.now() - 60 * minute,
    {
      severityId: 'sev-1',
      priority: 'p1',
      detectionNote: 'Found by the dark-web monitor.',
      summary: 'Member records were exposed.',
      affectedAudiences: ['customers'],
      tags: ['breach'],
    },
    'Setup',
  );
  if (status === 'active') {
    return declared;
  }
  valueOf(await changeStatus(declared.id, 'stable', 'Setup', 'Stable'));
  return valueOf(await changeStatus(declared.id, 'closed', 'Setup', 'Closed'));
}

/** A draft postmortem of a closed incident. */
async function draftPostmortem(): Promise<Postmortem> {
  const closed = await incident('closed');
  return valueOf(await createPostmortem(closed.id, 'TWD', 'Setup'));
}

/** Opens a postmortem's page and waits for its heading. */
async function openPostmortem(postmortem: Postmortem) {
  const user = userEvent.setup();
  await renderApp(`#/postmortems/${postmortem.id}`);
  await screen.findByRole('heading', { level: 2, name: new RegExp(postmortem.reference, 'u') });
  return user;
}

/** Types `text` into a field the quick way (a paste). */
async function fill(user: ReturnType<typeof userEvent.setup>, field: HTMLElement, text: string) {
  await user.clear(field);
  await user.click(field);
  await user.paste(text);
}

/** The stored postmortem; fails when it is gone. */
async function stored(id: string): Promise<Postmortem> {
  const postmortem = await readPostmortem(id);
  if (postmortem === undefined) {
    throw new Error('the postmortem is gone');
  }
  return postmortem;
}

/** The value of a form control. */
function valueIn(element: HTMLElement): string {
  if (
    element instanceof HTMLInputElement ||
    element instanceof HTMLTextAreaElement ||
    element instanceof HTMLSelectElement
  ) {
    return element.value;
  }
  throw new Error('not a form control');
}

/** The text of the option chosen in a select. */
function chosenOption(element: HTMLElement): string {
  if (!(element instanceof HTMLSelectElement)) {
    throw new Error('not a select');
  }
  return element.selectedOptions[0]?.textContent ?? '';
}

/** The texts that describe a control (its hint and error), joined. */
function descriptionOf(element: HTMLElement): string {
  return (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
}

describe('Write postmortem', () => {
  /** Renders the entry point alone, as the incident page header places it. */
  async function renderEntry(incidentId: string) {
    window.history.replaceState(null, '', `/#/incidents/${incidentId}`);
    const startup = await loadStartup();
    render(
      <I18nextProvider i18n={startup.i18n}>
        <Router hook={useHashLocation}>
          <WritePostmortemButton incidentId={incidentId} />
        </Router>
      </I18nextProvider>,
    );
  }

  it('creates the postmortem of a closed incident and opens it', async () => {
    const closed = await incident('closed');
    const user = userEvent.setup();
    await renderEntry(closed.id);

    await user.click(await screen.findByRole('button', { name: 'Write postmortem' }));

    await waitFor(async () => expect(await readPostmortemOfIncident(closed.id)).toBeDefined());
    const created = await readPostmortemOfIncident(closed.id);
    expect(created?.content.title).toBe('會員資料外洩');
    // English UI: the impact is counted in US dollars.
    expect(created?.content.impact.currency).toBe('USD');
    expect(window.location.hash).toBe(`#/postmortems/${created?.id ?? ''}`);
    const link = await screen.findByRole('link', {
      name: `Postmortem ${created?.reference ?? ''}`,
    });
    expect(link.getAttribute('href')).toBe(`#/postmortems/${created?.id ?? ''}`);
  });

  it('offers nothing while the incident is still active', async () => {
    const active = await incident('active');
    await renderEntry(active.id);
    // Wait for the live reads to settle before checking that nothing is offered.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(screen.queryByRole('button', { name: 'Write postmortem' })).toBeNull();
    expect(screen.queryByRole('link')).toBeNull();
  });
});

describe('PostmortemPage', () => {
  it('says when the postmortem does not exist', async () => {
    await renderApp('#/postmortems/missing');
    await screen.findByRole('heading', { name: 'Postmortem not found' });
  });

  it('refuses an invalid number beside its field, writes nothing, then saves the corrected draft', async () => {
    const postmortem = await draftPostmortem();
    const user = await openPostmortem(postmortem);
    await fill(user, screen.getByLabelText('Summary'), 'Exposed for two hours.');
    await fill(user, screen.getByLabelText('Customers affected'), '-5');
    await user.click(screen.getByRole('button', { name: 'Save draft' }));

    const customers = screen.getByLabelText('Customers affected');
    await waitFor(() => expect(customers.getAttribute('aria-invalid')).toBe('true'));
    expect(descriptionOf(customers)).toBe('Enter zero or more.');
    screen.getByText('The draft was not saved. Correct the fields marked below.');
    expect((await stored(postmortem.id)).content.summary).toBe('Member records were exposed.');

    await fill(user, customers, '12,000');
    await fill(user, screen.getByLabelText('Revenue lost'), 'many');
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    await waitFor(() =>
      expect(descriptionOf(screen.getByLabelText('Revenue lost'))).toBe('This value is not valid.'),
    );
    expect((await stored(postmortem.id)).content.impact.customersAffected).toBeNull();

    await fill(user, screen.getByLabelText('Revenue lost'), '');
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    await screen.findByText('Draft saved.');
    const saved = await stored(postmortem.id);
    expect(saved.content.summary).toBe('Exposed for two hours.');
    expect(saved.content.impact.customersAffected).toBe(12_000);
    expect(saved.content.impact.revenueLoss).toBeNull();
  }, 20_000);

  it('turns the last answer of a 5-whys chain into a root cause', async () => {
    const postmortem = await draftPostmortem();
    const user = await openPostmortem(postmortem);
    await user.click(screen.getByRole('button', { name: 'Start a 5-whys chain' }));
    const chain = screen.getByRole('group', { name: 'Chain 1' });
    await fill(user, within(chain).getByLabelText('Problem'), 'Records leaked');
    await user.click(within(chain).getByRole('button', { name: 'Ask why' }));
    await fill(user, within(chain).getByLabelText('Why? (1)'), 'The bucket was public');
    await user.click(within(chain).getByRole('button', { name: 'Ask why' }));
    await fill(user, within(chain).getByLabelText('Why? (2)'), 'No review of storage settings');
    await user.selectOptions(
      within(chain).getByLabelText('Category of the root cause'),
      'Technology',
    );
    await user.click(within(chain).getByRole('button', { name: 'Add as root cause' }));

    const cause = screen.getByRole('group', { name: 'Cause 1' });
    expect(valueIn(within(cause).getByLabelText('Cause'))).toBe('No review of storage settings');
    expect(chosenOption(within(cause).getByLabelText('Kind'))).toBe('Root cause');
    expect(chosenOption(within(cause).getByLabelText('Category'))).toBe('Technology');

    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    await screen.findByText('Draft saved.');
    const saved = await stored(postmortem.id);
    expect(saved.content.causes).toEqual([
      expect.objectContaining({
        kind: 'root',
        category: 'technology',
        text: 'No review of storage settings',
      }),
    ]);
    expect(saved.content.whyChains[0]?.whys).toEqual([
      'The bucket was public',
      'No review of storage settings',
    ]);
  }, 20_000);

  it('keeps unsaved edits across a remount, and offers edits of a version saved over since', async () => {
    const postmortem = await draftPostmortem();
    let user = await openPostmortem(postmortem);
    await fill(user, screen.getByLabelText('Summary'), 'Typed but not saved');
    cleanup();

    user = await openPostmortem(postmortem);
    expect(valueIn(screen.getByLabelText('Summary'))).toBe('Typed but not saved');
    screen.getByText(/^Restored your unsaved changes/u);
    cleanup();

    // Another window saves the postmortem meanwhile: the edit is offered, not applied.
    valueOf(
      await savePostmortemContent(postmortem.id, {
        ...postmortem.content,
        result: 'Saved elsewhere',
      }),
    );
    user = await openPostmortem(postmortem);
    expect(valueIn(screen.getByLabelText('Summary'))).toBe('Member records were exposed.');
    await user.click(screen.getByRole('button', { name: 'Restore them' }));
    expect(valueIn(screen.getByLabelText('Summary'))).toBe('Typed but not saved');
  }, 20_000);

  it('refuses review without lessons and reviewers, then is approved, published and read-only', async () => {
    const postmortem = await draftPostmortem();
    const user = await openPostmortem(postmortem);
    const workflow = screen.getByRole('group', { name: 'Review workflow' });

    await user.click(within(workflow).getByRole('button', { name: 'Send for review' }));
    await screen.findByText('Add at least one lesson learned before sending it for review.');

    await fill(user, screen.getByLabelText('New lesson'), '外部儲存設定必須每季檢查');
    await user.click(screen.getByRole('button', { name: 'Add lesson' }));
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    await screen.findByText('Draft saved.');
    await user.click(within(workflow).getByRole('button', { name: 'Send for review' }));
    await screen.findByText('Add at least one reviewer first.');

    await fill(user, screen.getByLabelText('Reviewer'), 'Mei Lin');
    await user.click(screen.getByRole('button', { name: 'Add reviewer' }));
    await screen.findByRole('group', { name: 'Mei Lin' });
    await user.click(within(workflow).getByRole('button', { name: 'Send for review' }));
    await screen.findByText('Status: In review');
    expect(screen.queryByRole('button', { name: 'Save draft' })).toBeNull();

    // Publishing before the review is in is refused.
    await user.click(screen.getByRole('button', { name: 'Publish' }));
    await user.click(
      within(await screen.findByRole('dialog', { name: 'Publish this postmortem?' })).getByRole(
        'button',
        { name: 'Publish' },
      ),
    );
    await screen.findByText('Every reviewer has to approve before it is published.');

    const reviewer = screen.getByRole('group', { name: 'Mei Lin' });
    await fill(user, within(reviewer).getByLabelText('Comment'), 'Clear and complete.');
    await user.click(within(reviewer).getByRole('button', { name: 'Approve' }));
    await within(reviewer).findByText(/^Approved · /u);

    await user.click(screen.getByRole('button', { name: 'Publish' }));
    const dialog = await screen.findByRole('dialog', { name: 'Publish this postmortem?' });
    expect(dialog.textContent).toMatch(/opens a draft of the SOP’s next version/u);
    await user.click(within(dialog).getByRole('button', { name: 'Publish' }));
    await screen.findByText('Status: Published');

    const published = await stored(postmortem.id);
    expect(published.status).toBe('published');
    expect(published.reviewers[0]).toMatchObject({
      decision: 'approved',
      comment: 'Clear and complete.',
    });
    // Read-only: no editor, the text as written, and reopening on offer.
    expect(screen.queryByRole('button', { name: 'Save draft' })).toBeNull();
    expect(screen.queryByLabelText('Summary')).toBeNull();
    screen.getByText('外部儲存設定必須每季檢查');
    screen.getByRole('button', { name: 'Reopen for correction' });
  }, 30_000);
});
