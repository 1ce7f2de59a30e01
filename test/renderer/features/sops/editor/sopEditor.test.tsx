import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { getDatabase } from '../../../../../renderer/src/db/database';
import {
  createSop,
  markSopReviewed,
  publishSop,
  saveSopDraft,
  updateSopSettings,
} from '../../../../../renderer/src/features/sops/sopCommands';
import { formatDateTime } from '../../../../../renderer/src/lib/dates';
import type { Sop, SopContent } from '../../../../../shared/domain/sops/sop';
import { renderApp, useAppTestEnvironment } from '../../../support/renderApp';

useAppTestEnvironment();

type User = ReturnType<typeof userEvent.setup>;

/** A valid SOP draft with three steps; the second has a checklist. */
function sopContent(overrides: Partial<SopContent> = {}): SopContent {
  return {
    title: 'Customer data breach',
    crisisTypeId: 'data-breach',
    purpose: 'Contain the breach and tell the people affected.',
    triggerCriteria: 'Personal data left the company without authorisation.',
    severityIds: ['sev-1'],
    steps: [
      {
        id: 'step-contain',
        title: 'Contain the breach',
        ownerRoleId: 'technical-expert',
        targetMinutes: 30,
        checklist: [],
        resources: [],
        notes: '',
      },
      {
        id: 'step-hold',
        title: 'Publish a holding statement',
        ownerRoleId: 'spokesperson',
        targetMinutes: 60,
        checklist: [
          { id: 'item-legal', text: 'Legal has read it' },
          { id: 'item-site', text: 'Posted on the website' },
        ],
        resources: ['Holding statement template'],
        notes: 'Keep it **short**.',
      },
      {
        id: 'step-regulator',
        title: 'Notify the regulator',
        ownerRoleId: 'legal-counsel',
        targetMinutes: 4320,
        checklist: [],
        resources: [],
        notes: '',
      },
    ],
    ...overrides,
  };
}

/** Stores an SOP through the real command; a refusal fails the test at once. */
async function seedSop(content: SopContent = sopContent()): Promise<Sop> {
  const result = await createSop(content, { ownerRoleId: 'commander', reviewIntervalDays: 90 });
  if (!result.ok) {
    throw new Error(`Seed SOP refused: ${JSON.stringify(result.issues)}`);
  }
  return result.value;
}

/** Types `text` into a field the quick way (a paste), replacing what was there. */
async function fill(user: User, field: HTMLElement, text: string) {
  await user.clear(field);
  await user.paste(text);
}

/** The accessible description of a control (jsdom does not compute it). */
function descriptionOf(element: HTMLElement): string {
  return (element.getAttribute('aria-describedby') ?? '')
    .split(/\s+/u)
    .filter((id) => id !== '')
    .map((id) => document.getElementById(id)?.textContent?.trim() ?? '')
    .join(' ');
}

/** When the unsaved editor of `sopId` kept on this device was last written (fails if none). */
function storedEditTime(sopId: string): number {
  const text = localStorage.getItem(`crisis-room:draft:sop-editor:${sopId}`);
  const savedAt: unknown = text === null ? undefined : JSON.parse(text).savedAt;
  if (typeof savedAt !== 'number') {
    throw new Error(`no unsaved editor stored for ${sopId}`);
  }
  return savedAt;
}

/** The storage keys of the SOP editor's unsaved work. */
function editorStorageKeys(): string[] {
  return Object.keys(localStorage).filter((key) => key.startsWith('crisis-room:draft:sop-editor:'));
}

/** Opens the editor at `hash` and waits for its form. */
async function openEditor(hash: string) {
  const user = userEvent.setup();
  await renderApp(hash);
  await screen.findByRole('textbox', { name: 'Title' });
  return user;
}

// The editor is a long form: role queries over it are slow in jsdom, more so beside other suites.
describe('SOP editor', { timeout: 20_000 }, () => {
  it('creates an SOP with two steps and a checklist, stores it as a draft and opens its page', async () => {
    const user = await openEditor('#/sops/new');
    expect(screen.getByText('Saving keeps a draft; publish it from the SOP page.')).toBeTruthy();

    await fill(user, screen.getByRole('textbox', { name: 'Title' }), 'Product recall');
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Crisis type' }),
      'Product safety and recalls',
    );
    await user.click(screen.getByRole('checkbox', { name: 'SEV 2 · Major' }));
    await fill(user, screen.getByRole('textbox', { name: 'Purpose' }), 'Get unsafe stock back.');
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Owner role' }),
      'Crisis commander',
    );

    await fill(user, screen.getByRole('textbox', { name: 'Step 1 title' }), 'Stop shipments');
    const target = screen.getByRole('spinbutton', {
      name: 'Step 1 target (minutes after activation)',
    });
    await user.type(target, '90');
    expect(descriptionOf(target)).toContain('within 1 h 30 min');
    await user.click(screen.getByRole('button', { name: 'Add checklist item to step 1' }));
    // Adding an item puts the cursor in it, ready to type.
    expect(document.activeElement).toBe(
      screen.getByRole('textbox', { name: 'Step 1 checklist item 1' }),
    );
    await user.paste('Warehouse told');
    // Enter starts the next item rather than saving the SOP.
    await user.keyboard('{Enter}');
    expect(document.activeElement).toBe(
      screen.getByRole('textbox', { name: 'Step 1 checklist item 2' }),
    );
    await user.paste('Carriers told');

    await user.click(screen.getByRole('button', { name: 'Add step' }));
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Step 2 title' }));
    await user.paste('Tell retailers');
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Step 2 owner role' }),
      'Spokesperson',
    );
    await fill(
      user,
      screen.getByRole('textbox', { name: 'Step 2 resources' }),
      'Retailer list\n\nRecall letter',
    );

    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    await waitFor(() => expect(window.location.hash).toMatch(/^#\/sops\/[\w-]+$/u));

    const stored = await getDatabase().sops.toArray();
    expect(stored).toHaveLength(1);
    const [sop] = stored;
    expect(window.location.hash).toBe(`#/sops/${sop?.id ?? ''}`);
    expect(sop).toMatchObject({
      ownerRoleId: 'commander',
      reviewIntervalDays: 180,
      publishedVersion: null,
      content: {
        title: 'Product recall',
        crisisTypeId: 'product-safety',
        severityIds: ['sev-2'],
        purpose: 'Get unsafe stock back.',
        steps: [
          {
            title: 'Stop shipments',
            ownerRoleId: null,
            targetMinutes: 90,
            checklist: [{ text: 'Warehouse told' }, { text: 'Carriers told' }],
            resources: [],
          },
          {
            title: 'Tell retailers',
            ownerRoleId: 'spokesperson',
            targetMinutes: null,
            checklist: [],
            resources: ['Retailer list', 'Recall letter'],
          },
        ],
      },
    });
    const ids = [
      ...(sop?.content.steps.map((step) => step.id) ?? []),
      ...(sop?.content.steps.flatMap((step) => step.checklist.map((item) => item.id)) ?? []),
    ];
    expect(new Set(ids).size).toBe(4);
    expect(await getDatabase().sopVersions.count()).toBe(0);
    // Saved: no unsaved draft is left to come back.
    expect(localStorage.length).toBe(0);
  });

  it('previews Markdown fields as the SOP page will show them, without raw HTML', async () => {
    const user = await openEditor('#/sops/new');
    const notes = screen.getByRole('textbox', { name: 'Step 1 notes' });
    await fill(user, notes, 'Call *legal* first <script>alert(1)</script>');
    const toggle = screen.getByRole('button', { name: 'Preview step 1 notes' });
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    await user.click(toggle);
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    const preview = screen.getByRole('region', { name: 'Preview step 1 notes' });
    expect(within(preview).getByText('legal').tagName).toBe('EM');
    expect(preview.querySelector('script')).toBeNull();
    // The field stays there to type in while the preview shows.
    expect(notes.isConnected).toBe(true);
    await user.click(toggle);
    expect(screen.queryByRole('region', { name: 'Preview step 1 notes' })).toBeNull();
  });

  it('refuses an empty title and an out-of-range target beside their fields and writes nothing', async () => {
    const user = await openEditor('#/sops/new');
    await fill(user, screen.getByRole('textbox', { name: 'Step 1 title' }), 'Assemble the team');
    await user.type(
      screen.getByRole('spinbutton', { name: 'Step 1 target (minutes after activation)' }),
      '43201',
    );
    await user.click(screen.getByRole('button', { name: 'Save draft' }));

    const title = screen.getByRole('textbox', { name: 'Title' });
    await waitFor(() => expect(title.getAttribute('aria-invalid')).toBe('true'));
    expect(descriptionOf(title)).toContain('This field is required.');
    expect(document.activeElement).toBe(title);
    const target = screen.getByRole('spinbutton', {
      name: 'Step 1 target (minutes after activation)',
    });
    expect(target.getAttribute('aria-invalid')).toBe('true');
    expect(descriptionOf(target)).toContain('Enter whole minutes from 0 to 43,200 (30 days).');
    const summary = screen.getByText('2 problems need attention before the SOP can be saved.');
    expect(summary.closest('[role="alert"]')).not.toBeNull();
    expect(await getDatabase().sops.count()).toBe(0);
    expect(window.location.hash).toBe('#/sops/new');
    // What was typed stays.
    expect(screen.getByRole('textbox', { name: 'Step 1 title' })).toHaveProperty(
      'value',
      'Assemble the team',
    );
  });

  it('keeps an issue with its step when the step moves', async () => {
    const user = await openEditor('#/sops/new');
    await fill(user, screen.getByRole('textbox', { name: 'Title' }), 'Rumour response');
    await fill(user, screen.getByRole('textbox', { name: 'Step 1 title' }), 'Verify the claim');
    await user.click(screen.getByRole('button', { name: 'Add step' }));
    // Step 2 is left without a title.
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    const second = screen.getByRole('textbox', { name: 'Step 2 title' });
    await waitFor(() => expect(second.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByRole('textbox', { name: 'Step 1 title' }).getAttribute('aria-invalid')).toBe(
      null,
    );

    await user.click(screen.getByRole('button', { name: 'Move step 2 up' }));
    const firstNow = screen.getByRole('textbox', { name: 'Step 1 title' });
    expect(firstNow).toHaveProperty('value', '');
    expect(firstNow.getAttribute('aria-invalid')).toBe('true');
    expect(
      screen.getByRole('textbox', { name: 'Step 2 title' }).getAttribute('aria-invalid'),
    ).toBeNull();
    // Focus follows the moved step's button (now at the top, so "down" is the one left enabled).
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Move step 1 down' }));
  });

  it('edits the working draft: a changed and moved step is stored, published versions stay as they were', async () => {
    const sop = await seedSop();
    const published = await publishSop(sop.id, 'First version', 'Ana');
    expect(published.ok).toBe(true);
    const versionBefore = await getDatabase().sopVersions.toArray();

    const user = await openEditor(`#/sops/${sop.id}/edit`);
    expect(
      screen.getByRole('heading', { level: 2, name: 'Edit “Customer data breach”' }),
    ).toBeTruthy();
    // Owner and review interval are changed on the SOP page, not here.
    expect(screen.queryByRole('combobox', { name: 'Owner role' })).toBeNull();
    expect(screen.getByRole('textbox', { name: 'Step 2 title' })).toHaveProperty(
      'value',
      'Publish a holding statement',
    );
    expect(descriptionOf(screen.getByRole('spinbutton', { name: /^Step 3 target/u }))).toContain(
      'within 3 days',
    );

    await fill(
      user,
      screen.getByRole('textbox', { name: 'Step 2 title' }),
      'Publish the holding statement',
    );
    await user.click(screen.getByRole('button', { name: 'Move step 2 up' }));
    await user.click(screen.getByRole('button', { name: 'Move item 2 of step 1 up' }));
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    await waitFor(() => expect(window.location.hash).toBe(`#/sops/${sop.id}`));

    const stored = await getDatabase().sops.get(sop.id);
    expect(stored?.content.steps.map((step) => [step.id, step.title])).toEqual([
      ['step-hold', 'Publish the holding statement'],
      ['step-contain', 'Contain the breach'],
      ['step-regulator', 'Notify the regulator'],
    ]);
    expect(stored?.content.steps[0]?.checklist.map((item) => item.id)).toEqual([
      'item-site',
      'item-legal',
    ]);
    expect(stored?.publishedVersion).toBe(1);
    expect(await getDatabase().sopVersions.toArray()).toEqual(versionBefore);
    expect(localStorage.length).toBe(0);
  });

  it('removes a step with Undo', async () => {
    const sop = await seedSop();
    const user = await openEditor(`#/sops/${sop.id}/edit`);
    await user.click(screen.getByRole('button', { name: 'Remove step 1' }));
    expect(screen.getByRole('textbox', { name: 'Step 1 title' })).toHaveProperty(
      'value',
      'Publish a holding statement',
    );
    const undo = screen.getByRole('button', { name: 'Undo' });
    expect(document.activeElement).toBe(undo);
    await user.click(undo);
    expect(screen.getByRole('textbox', { name: 'Step 1 title' })).toHaveProperty(
      'value',
      'Contain the breach',
    );
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('keeps unsaved changes through a reload, and can discard them', async () => {
    const sop = await seedSop();
    const first = await openEditor(`#/sops/${sop.id}/edit`);
    await fill(first, screen.getByRole('textbox', { name: 'Step 3 title' }), 'Call the regulator');
    await first.click(screen.getByRole('button', { name: 'Add step' }));
    await first.paste('Brief the staff');
    // A reload: the app goes away with nothing saved.
    cleanup();

    const second = await openEditor(`#/sops/${sop.id}/edit`);
    expect(screen.getByText('Restored your unsaved changes.')).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Step 3 title' })).toHaveProperty(
      'value',
      'Call the regulator',
    );
    expect(screen.getByRole('textbox', { name: 'Step 4 title' })).toHaveProperty(
      'value',
      'Brief the staff',
    );
    expect((await getDatabase().sops.get(sop.id))?.content).toEqual(sop.content);

    await second.click(screen.getByRole('button', { name: 'Discard restored changes' }));
    const dialog = screen.getByRole('dialog', { name: 'Discard the restored changes?' });
    await second.click(within(dialog).getByRole('button', { name: 'Discard changes' }));
    expect(screen.queryByText('Restored your unsaved changes.')).toBeNull();
    expect(screen.getByRole('textbox', { name: 'Step 3 title' })).toHaveProperty(
      'value',
      'Notify the regulator',
    );
    expect(screen.queryByRole('textbox', { name: 'Step 4 title' })).toBeNull();
    expect(localStorage.length).toBe(0);
  });

  it('keeps an unsaved new SOP through a reload', async () => {
    const first = await openEditor('#/sops/new');
    await fill(first, screen.getByRole('textbox', { name: 'Title' }), 'Impersonation');
    cleanup();

    await openEditor('#/sops/new');
    expect(screen.getByText('Restored your unsaved changes.')).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveProperty('value', 'Impersonation');
  });

  it('keeps unsaved changes when the SOP is marked reviewed on its page meanwhile', async () => {
    const sop = await seedSop();
    const user = await openEditor(`#/sops/${sop.id}/edit`);
    await fill(user, screen.getByRole('textbox', { name: 'Step 3 title' }), 'Call the regulator');

    // Leaving through an in-app link asks first, and says the changes stay on this device.
    const sections = screen.getByRole('navigation', { name: 'SOP library sections' });
    await user.click(within(sections).getByRole('link', { name: 'SOPs' }));
    const leave = screen.getByRole('dialog', { name: 'Leave without saving?' });
    expect(window.location.hash).toBe(`#/sops/${sop.id}/edit`);
    await user.click(within(leave).getByRole('button', { name: 'Keep editing' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(window.location.hash).toBe(`#/sops/${sop.id}/edit`);
    await user.click(within(sections).getByRole('link', { name: 'SOPs' }));
    await user.click(
      within(screen.getByRole('dialog', { name: 'Leave without saving?' })).getByRole('button', {
        name: 'Leave',
      }),
    );
    await waitFor(() => expect(window.location.hash).toBe('#/sops'));

    await user.click(await screen.findByRole('link', { name: 'Customer data breach' }));
    await user.click(await screen.findByRole('button', { name: 'Mark reviewed' }));
    await waitFor(async () =>
      expect((await getDatabase().sops.get(sop.id))?.lastReviewedOn).not.toBeNull(),
    );
    expect((await getDatabase().sops.get(sop.id))?.updatedAt).not.toBe(sop.updatedAt);
    await user.click(screen.getByRole('link', { name: 'Edit draft' }));

    await screen.findByRole('textbox', { name: 'Title' });
    expect(screen.getByText('Restored your unsaved changes.')).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Step 3 title' })).toHaveProperty(
      'value',
      'Call the regulator',
    );
  });

  it('keeps unsaved changes through settings changes and publishing, which leave the content alone', async () => {
    const sop = await seedSop();
    const user = await openEditor(`#/sops/${sop.id}/edit`);
    await fill(user, screen.getByRole('textbox', { name: 'Title' }), 'Breach, second thoughts');
    cleanup();
    expect(
      (await updateSopSettings(sop.id, { ownerRoleId: null, reviewIntervalDays: 30 })).ok,
    ).toBe(true);
    expect((await markSopReviewed(sop.id)).ok).toBe(true);
    expect((await publishSop(sop.id, 'First version', 'Ana')).ok).toBe(true);

    await openEditor(`#/sops/${sop.id}/edit`);
    expect(screen.getByText('Restored your unsaved changes.')).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveProperty(
      'value',
      'Breach, second thoughts',
    );
  });

  it('offers unsaved changes made to a draft that was saved again since, without putting them back', async () => {
    const sop = await seedSop();
    const first = await openEditor(`#/sops/${sop.id}/edit`);
    await fill(first, screen.getByRole('textbox', { name: 'Title' }), 'Draft title');
    const savedAt = storedEditTime(sop.id);
    cleanup();
    // Another window saves the SOP before the editor is reopened.
    const saved = await saveSopDraft(sop.id, sopContent({ title: 'Saved elsewhere' }));
    expect(saved.ok).toBe(true);

    const offer = `You have unsaved changes from ${formatDateTime(savedAt, 'en')} made to an older draft of this SOP.`;
    await openEditor(`#/sops/${sop.id}/edit`);
    expect(screen.queryByText('Restored your unsaved changes.')).toBeNull();
    expect(screen.getByText(offer, { exact: false })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveProperty(
      'value',
      'Saved elsewhere',
    );
    // Not decided yet: the offer is still there after another reload.
    cleanup();
    const user = await openEditor(`#/sops/${sop.id}/edit`);
    expect(screen.getByText(/^You have unsaved changes from /u)).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Restore them' }));
    expect(screen.queryByText(/^You have unsaved changes from /u)).toBeNull();
    expect(screen.getByText('Restored your unsaved changes.')).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveProperty('value', 'Draft title');
    expect(editorStorageKeys()).toEqual([`crisis-room:draft:sop-editor:${sop.id}`]);

    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    await waitFor(() => expect(window.location.hash).toBe(`#/sops/${sop.id}`));
    expect((await getDatabase().sops.get(sop.id))?.content.title).toBe('Draft title');
    expect(editorStorageKeys()).toEqual([]);
  });

  it('discards unsaved changes to an older draft only when asked, and asks before they replace new typing', async () => {
    const sop = await seedSop();
    const first = await openEditor(`#/sops/${sop.id}/edit`);
    await fill(first, screen.getByRole('textbox', { name: 'Title' }), 'Draft title');
    cleanup();
    expect((await saveSopDraft(sop.id, sopContent({ title: 'Saved elsewhere' }))).ok).toBe(true);

    const user = await openEditor(`#/sops/${sop.id}/edit`);
    await fill(user, screen.getByRole('textbox', { name: 'Purpose' }), 'Typed after opening.');
    await user.click(screen.getByRole('button', { name: 'Restore them' }));
    const replace = screen.getByRole('dialog', { name: 'Replace your current changes?' });
    await user.click(within(replace).getByRole('button', { name: 'Keep my changes' }));
    expect(screen.getByRole('textbox', { name: 'Purpose' })).toHaveProperty(
      'value',
      'Typed after opening.',
    );

    await user.click(screen.getByRole('button', { name: 'Discard them' }));
    const discard = screen.getByRole('dialog', { name: 'Discard the older unsaved changes?' });
    await user.click(within(discard).getByRole('button', { name: 'Discard them' }));
    expect(screen.queryByText(/^You have unsaved changes from /u)).toBeNull();
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveProperty(
      'value',
      'Saved elsewhere',
    );
    expect(editorStorageKeys()).toEqual([`crisis-room:draft:sop-editor:${sop.id}`]);
  });

  it('asks before Cancel discards unsaved changes', async () => {
    const sop = await seedSop();
    const user = await openEditor(`#/sops/${sop.id}/edit`);
    await fill(user, screen.getByRole('textbox', { name: 'Title' }), 'Half-typed title');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));

    const dialog = screen.getByRole('dialog', { name: 'Discard unsaved changes?' });
    await user.click(within(dialog).getByRole('button', { name: 'Keep editing' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(window.location.hash).toBe(`#/sops/${sop.id}/edit`);
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveProperty(
      'value',
      'Half-typed title',
    );

    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await user.click(
      within(screen.getByRole('dialog', { name: 'Discard unsaved changes?' })).getByRole('button', {
        name: 'Discard changes',
      }),
    );
    await waitFor(() => expect(window.location.hash).toBe(`#/sops/${sop.id}`));
    expect((await getDatabase().sops.get(sop.id))?.content.title).toBe('Customer data breach');
    expect(localStorage.length).toBe(0);
  });

  it('leaves at once on Cancel when nothing changed', async () => {
    const user = await openEditor('#/sops/new');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(window.location.hash).toBe('#/sops'));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('says so when the SOP does not exist', async () => {
    await renderApp('#/sops/no-such-sop/edit');
    expect(await screen.findByRole('heading', { level: 2, name: 'SOP not found' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Back to the SOP library' })).toBeTruthy();
  });
});
