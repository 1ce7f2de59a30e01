import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import {
  readSop,
  readSopVersions,
} from '../../../../../renderer/src/db/repositories/sopRepository';
import type { Sop } from '../../../../../shared/domain/sops/sop';
import { renderApp, useAppTestEnvironment } from '../../../support/renderApp';
import {
  saveDraft,
  seedDraftSop,
  seedOverdueSop,
  seedPublishedSop,
  sopContent,
  withRenamedSecondStep,
} from './librarySupport';

useAppTestEnvironment();

/** Opens an SOP's page and waits for its heading. */
async function openSop(sop: Sop, title = sop.content.title) {
  const user = userEvent.setup();
  await renderApp(`#/sops/${sop.id}`);
  await screen.findByRole('heading', { level: 2, name: title });
  return user;
}

/** The section of the page labelled by a heading. */
function section(name: string | RegExp): HTMLElement {
  return screen.getByRole('region', { name });
}

describe('SOP page', () => {
  it('shows the published version with its steps, owners, targets and safe Markdown', async () => {
    const sop = await seedPublishedSop();
    await openSop(sop);

    const body = section('Published version 1');
    expect(within(body).getAllByRole('listitem', { name: /^Step \d:/u })).toHaveLength(2);
    const first = within(body).getByRole('listitem', { name: 'Step 1: Convene the team' });
    expect(within(first).getByText('Crisis commander')).toBeTruthy();
    expect(within(first).getByText('within 30 min')).toBeTruthy();
    expect(
      within(first)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Call the commander', 'Open the war room', 'War room B']);
    expect(within(first).getByText('War room B')).toBeTruthy();
    const second = within(body).getByRole('listitem', { name: 'Step 2: Notify the regulator' });
    expect(within(second).getByText('within 1 h 30 min')).toBeTruthy();
    expect(within(second).getByText('72 hours').tagName).toBe('EM');
    expect(within(body).getByText('fast').tagName).toBe('STRONG');
    expect(screen.queryByText('The draft has unpublished changes.')).toBeNull();

    const facts = section('About this SOP');
    expect(
      within(facts)
        .getByRole('link', { name: 'Data breach or security incident' })
        .getAttribute('href'),
    ).toBe('#/sops/types/data-breach');
    expect(await within(facts).findByText('SEV 1 · Critical')).toBeTruthy();
    expect(within(facts).getByText('Crisis commander')).toBeTruthy();
    expect(within(facts).getByText(/Version 1, .*, by Mei Lin/u)).toBeTruthy();
    expect(within(facts).queryByText('Review overdue')).toBeNull();
  });

  it('keeps showing the published version and says so when the draft has changed', async () => {
    const sop = await seedPublishedSop();
    await saveDraft(
      sop.id,
      withRenamedSecondStep(sopContent(), 'Notify the data protection authority'),
    );
    await openSop(sop);

    const body = section('Published version 1');
    expect(within(body).getByText('The draft has unpublished changes.')).toBeTruthy();
    expect(within(body).getByRole('link', { name: 'Edit the draft' }).getAttribute('href')).toBe(
      `#/sops/${sop.id}/edit`,
    );
    expect(
      within(body).getByRole('listitem', { name: 'Step 2: Notify the regulator' }),
    ).toBeTruthy();
    expect(within(body).queryByText(/data protection authority/u)).toBeNull();
  });

  it('shows the draft, labelled as not published, before the first version', async () => {
    const sop = await seedDraftSop();
    await openSop(sop);

    const body = section('Draft — not published');
    expect(within(body).getByText(/Publish a first version before you run it/u)).toBeTruthy();
    expect(within(body).getByRole('listitem', { name: 'Step 1: Convene the team' })).toBeTruthy();
    expect(within(section('About this SOP')).getByText('Not published yet')).toBeTruthy();
  });

  it('flags an overdue review and clears the flag when marked reviewed', async () => {
    const sop = await seedOverdueSop();
    const user = await openSop(sop);

    const facts = section('About this SOP');
    expect(within(facts).getByText('Review overdue')).toBeTruthy();
    expect(within(facts).getByText('Next review Jan 31, 2020')).toBeTruthy();
    await user.click(within(facts).getByRole('button', { name: 'Mark reviewed' }));

    await waitFor(() => expect(within(facts).queryByText('Review overdue')).toBeNull());
    expect((await readSop(sop.id))?.lastReviewedOn).not.toBe('2020-01-01');
  });

  it('says when there is no such SOP', async () => {
    await renderApp('#/sops/no-such-sop');
    expect(await screen.findByText(/There is no SOP at this address/u)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Back to the SOP library' }).getAttribute('href')).toBe(
      '#/sops',
    );
  });
});

describe('Publishing an SOP', () => {
  it('refuses a draft that equals the latest version', async () => {
    const sop = await seedPublishedSop();
    const user = await openSop(sop);

    await user.click(screen.getByRole('button', { name: 'Publish…' }));
    const dialog = await screen.findByRole('dialog', { name: `Publish “${sop.content.title}”` });
    await user.type(within(dialog).getByRole('textbox', { name: /^What changed/u }), 'Nothing');
    await user.type(within(dialog).getByRole('textbox', { name: /^Your name/u }), 'Mei Lin');
    await user.click(within(dialog).getByRole('button', { name: 'Publish' }));

    expect(
      await within(dialog).findByText(
        'Nothing changed since the latest published version, so there is nothing to publish.',
      ),
    ).toBeTruthy();
    expect(await readSopVersions(sop.id)).toHaveLength(1);
  });

  it('requires a change note, then publishes the draft and remembers the name', async () => {
    const sop = await seedPublishedSop();
    await saveDraft(
      sop.id,
      withRenamedSecondStep(sopContent(), 'Notify the data protection authority'),
    );
    const user = await openSop(sop);

    await user.click(screen.getByRole('button', { name: 'Publish…' }));
    const dialog = await screen.findByRole('dialog');
    const name = within(dialog).getByRole('textbox', { name: /^Your name/u });
    await user.type(name, 'Ah-Hua Chen');
    await user.click(within(dialog).getByRole('button', { name: 'Publish' }));

    const note = within(dialog).getByRole('textbox', { name: /^What changed/u });
    await waitFor(() => expect(note.getAttribute('aria-invalid')).toBe('true'));
    expect(within(dialog).getByText('Say what changed in this version.')).toBeTruthy();
    expect(await readSopVersions(sop.id)).toHaveLength(1);

    await user.type(note, 'Named the authority');
    await user.click(within(dialog).getByRole('button', { name: 'Publish' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await screen.findByText('Version 2 was published.')).toBeTruthy();
    const body = await screen.findByRole('region', { name: 'Published version 2' });
    expect(
      within(body).getByRole('listitem', { name: 'Step 2: Notify the data protection authority' }),
    ).toBeTruthy();
    expect(within(body).queryByText('The draft has unpublished changes.')).toBeNull();
    const versions = await readSopVersions(sop.id);
    expect(versions.at(-1)).toMatchObject({
      version: 2,
      changeNote: 'Named the authority',
      publishedBy: 'Ah-Hua Chen',
    });

    // The name is remembered for the next publication on this device.
    await user.click(screen.getByRole('button', { name: 'Publish…' }));
    const again = await screen.findByRole('dialog');
    expect(
      within(again).getByRole<HTMLInputElement>('textbox', { name: /^Your name/u }).value,
    ).toBe('Ah-Hua Chen');
  });
});

describe('What the publish dialog says is being published', () => {
  it('sums up the changes since the version in force and links to the full diff', async () => {
    const sop = await seedPublishedSop();
    const renamed = withRenamedSecondStep(sopContent(), 'Notify the data protection authority');
    await saveDraft(sop.id, {
      ...renamed,
      purpose: 'Contain the breach and tell people the truth.',
      steps: [
        ...renamed.steps,
        {
          id: 'step-3',
          title: 'Brief the staff',
          ownerRoleId: null,
          targetMinutes: null,
          checklist: [],
          resources: [],
          notes: '',
        },
      ],
    });
    const user = await openSop(sop);

    await user.click(screen.getByRole('button', { name: 'Publish…' }));
    const dialog = await screen.findByRole('dialog');
    const summary = within(dialog).getByRole('region', { name: 'What you are publishing' });
    expect(
      within(summary).getByText('Changes since version 1, the one in force now:'),
    ).toBeTruthy();
    expect(within(summary).getByText('Changed: Purpose.')).toBeTruthy();
    expect(
      within(summary).getByText('Steps: 1 added, 0 removed, 0 moved, 1 changed.'),
    ).toBeTruthy();

    await user.click(within(summary).getByRole('link', { name: 'Review the changes in full' }));
    await waitFor(() => expect(window.location.hash).toBe(`#/sops/${sop.id}/versions`));
    const compare = await screen.findByRole('region', { name: 'Compare versions' });
    // The versions page opens on exactly what publishing would change.
    expect(within(compare).getByText('Changes from version 1 to the current draft.')).toBeTruthy();
    expect(
      within(compare).getByRole('listitem', { name: 'New step 3: Brief the staff' }),
    ).toBeTruthy();
  });

  it('says when the draft is the same as the version in force, and what a first version holds', async () => {
    const published = await seedPublishedSop();
    const user = await openSop(published);
    await user.click(screen.getByRole('button', { name: 'Publish…' }));
    let summary = within(await screen.findByRole('dialog')).getByRole('region', {
      name: 'What you are publishing',
    });
    expect(
      within(summary).getByText(
        'The draft is the same as version 1: there is nothing new to publish.',
      ),
    ).toBeTruthy();
    expect(within(summary).queryByRole('link')).toBeNull();
    cleanup();

    const draft = await seedDraftSop(sopContent({ title: 'Rumour control' }));
    const next = await openSop(draft);
    await next.click(screen.getByRole('button', { name: 'Publish…' }));
    summary = within(
      await screen.findByRole('dialog', { name: 'Publish “Rumour control”' }),
    ).getByRole('region', { name: 'What you are publishing' });
    expect(
      within(summary).getByText('The first version: the draft as it stands, with 2 steps.'),
    ).toBeTruthy();
  });
});

describe('Deleting an SOP', () => {
  it('asks first, returns to the library and restores the SOP with Undo', async () => {
    const sop = await seedPublishedSop();
    const user = await openSop(sop);

    await user.click(screen.getByRole('button', { name: 'Delete…' }));
    const dialog = await screen.findByRole('dialog', { name: `Delete “${sop.content.title}”?` });
    // Cancelling keeps everything.
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(await readSop(sop.id)).toBeDefined();

    await user.click(screen.getByRole('button', { name: 'Delete…' }));
    await user.click(
      within(await screen.findByRole('dialog')).getByRole('button', { name: 'Delete the SOP' }),
    );

    expect(
      await screen.findByRole('heading', { level: 2, name: 'Start your SOP library' }),
    ).toBeTruthy();
    expect(window.location.hash).toBe('#/sops');
    expect(await readSop(sop.id)).toBeUndefined();
    expect(screen.getByText(`The SOP “${sop.content.title}” was deleted.`)).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Undo' }));

    const table = await screen.findByRole('table', { name: 'SOPs' });
    expect(within(table).getByRole('link', { name: sop.content.title })).toBeTruthy();
    expect(await readSopVersions(sop.id)).toHaveLength(1);
  });
});

describe('SOP settings', () => {
  it('changes the owner role and review interval, refusing an interval out of range', async () => {
    const sop = await seedPublishedSop();
    const user = await openSop(sop);

    await user.click(screen.getByRole('button', { name: 'Owner and review…' }));
    const dialog = await screen.findByRole('dialog');
    const interval = within(dialog).getByRole('spinbutton', { name: /^Review interval in days/u });
    await user.clear(interval);
    await user.type(interval, '2000');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(
      await within(dialog).findByText('Enter whole days from 1 to 1,095 (three years).'),
    ).toBeTruthy();
    expect((await readSop(sop.id))?.reviewIntervalDays).toBe(365);

    await user.clear(interval);
    await user.type(interval, '90');
    await user.selectOptions(
      within(dialog).getByRole('combobox', { name: 'Owner role' }),
      'Spokesperson',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await readSop(sop.id)).toMatchObject({
      ownerRoleId: 'spokesperson',
      reviewIntervalDays: 90,
    });
    const facts = section('About this SOP');
    expect(await within(facts).findByText('Spokesperson')).toBeTruthy();
    expect(within(facts).getByText(/^Every 90 days/u)).toBeTruthy();
  });
});
