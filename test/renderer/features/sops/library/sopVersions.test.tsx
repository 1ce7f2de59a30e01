import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { publishSop } from '../../../../../renderer/src/features/sops/sopCommands';
import type { SopContent } from '../../../../../shared/domain/sops/sop';
import { renderApp, useAppTestEnvironment } from '../../../support/renderApp';
import {
  saveDraft,
  seedPublishedSop,
  sopContent,
  valueOf,
  withRenamedSecondStep,
} from './librarySupport';

useAppTestEnvironment();

const renamed = 'Notify the data protection authority';

/** An SOP with version 1 and a version 2 that renames step 2 and adds a checklist item to step 1. */
async function seedTwoVersions(): Promise<{ id: string; second: SopContent }> {
  const sop = await seedPublishedSop();
  const base = withRenamedSecondStep(sopContent(), renamed);
  const second: SopContent = {
    ...base,
    steps: base.steps.map((step) =>
      step.id === 'step-1'
        ? { ...step, checklist: [...step.checklist, { id: 'item-3', text: 'Start the log' }] }
        : step,
    ),
  };
  await saveDraft(sop.id, second);
  valueOf(await publishSop(sop.id, 'Named the authority', 'Ah-Hua Chen'));
  return { id: sop.id, second };
}

/** Opens the versions page and waits for its heading. */
async function openVersions(sopId: string) {
  const user = userEvent.setup();
  await renderApp(`#/sops/${sopId}/versions`);
  await screen.findByRole('heading', { level: 2, name: /^Versions and changes:/u });
  return user;
}

describe('SOP versions', () => {
  it('lists the versions newest first with who published them and why', async () => {
    const { id } = await seedTwoVersions();
    await openVersions(id);

    const table = screen.getByRole('table', { name: 'Published versions, newest first' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual(['v2', 'v1']);
    expect(rows[0]?.textContent).toContain('Ah-Hua Chen');
    expect(rows[0]?.textContent).toContain('Named the authority');
    expect(rows[1]?.textContent).toContain('First version');
  });

  it('shows the previous version against the latest, with the changed step’s old and new title', async () => {
    const { id } = await seedTwoVersions();
    await openVersions(id);

    const compare = screen.getByRole('region', { name: 'Compare versions' });
    expect(
      within(compare).getByRole<HTMLSelectElement>('combobox', { name: 'Compare version' }).value,
    ).toBe('1');
    expect(within(compare).getByRole<HTMLSelectElement>('combobox', { name: 'with' }).value).toBe(
      '2',
    );
    expect(
      within(compare).getByText('Steps: 0 added, 0 removed, 0 moved, 2 changed.'),
    ).toBeTruthy();

    const step = within(compare).getByRole('listitem', { name: `Step 2: ${renamed}` });
    const title = within(step).getByRole('group', { name: 'Step title' });
    const removed = title.querySelector('del');
    const added = title.querySelector('ins');
    expect(removed?.textContent).toBe('Notify the regulator');
    expect(added?.textContent).toBe(renamed);
    // Labelled in words, not by colour or strike-through alone.
    expect(removed?.parentElement?.textContent).toBe('Removed: Notify the regulator');
    expect(added?.parentElement?.textContent).toBe(`Added: ${renamed}`);

    const first = within(compare).getByRole('listitem', { name: 'Step 1: Convene the team' });
    const checklist = within(first).getByRole('group', { name: 'Checklist' });
    const items = within(checklist).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'Unchanged itemCall the commander',
      'Unchanged itemOpen the war room',
      'Added itemAdded: Start the log',
    ]);
  });

  it('opens on the latest version against a changed draft, and says when two versions are the same', async () => {
    const { id, second } = await seedTwoVersions();
    await saveDraft(id, { ...second, purpose: 'Contain the breach and tell people the truth.' });
    const user = await openVersions(id);
    const compare = screen.getByRole('region', { name: 'Compare versions' });

    // What publishing would change is what the page shows first.
    expect(
      within(compare).getByRole<HTMLSelectElement>('combobox', { name: 'Compare version' }).value,
    ).toBe('2');
    expect(within(compare).getByRole<HTMLSelectElement>('combobox', { name: 'with' }).value).toBe(
      'draft',
    );
    expect(within(compare).getByText('Changes from version 2 to the current draft.')).toBeTruthy();
    const purpose = within(compare).getByRole('group', { name: 'Purpose' });
    expect(purpose.querySelector('del')?.textContent).toBe(
      'Contain the breach **fast** and tell people the truth.',
    );
    expect(purpose.querySelector('ins')?.textContent).toBe(
      'Contain the breach and tell people the truth.',
    );
    expect(within(compare).getByText('No step changed.')).toBeTruthy();

    // Chosen explicitly, the pair stays put when the draft is saved back to what version 2 says.
    await user.selectOptions(
      within(compare).getByRole('combobox', { name: 'with' }),
      'Current draft',
    );
    await saveDraft(id, second);
    expect(await within(compare).findByText('These versions are the same.')).toBeTruthy();
  });

  it('will not compare a version with itself', async () => {
    const { id } = await seedTwoVersions();
    const user = await openVersions(id);
    const compare = screen.getByRole('region', { name: 'Compare versions' });

    await user.selectOptions(
      within(compare).getByRole('combobox', { name: 'Compare version' }),
      'Version 2',
    );
    expect(within(compare).getByText('Choose two different versions to compare.')).toBeTruthy();
    expect(within(compare).queryByText('These versions are the same.')).toBeNull();
    expect(within(compare).queryByRole('group')).toBeNull();
  });

  it('reads a reversed pair from the older to the newer version, and says so', async () => {
    const { id } = await seedTwoVersions();
    const user = await openVersions(id);
    const compare = screen.getByRole('region', { name: 'Compare versions' });

    await user.selectOptions(
      within(compare).getByRole('combobox', { name: 'Compare version' }),
      'Version 2',
    );
    await user.selectOptions(within(compare).getByRole('combobox', { name: 'with' }), 'Version 1');
    expect(
      within(compare).getByText(
        'Changes from version 1 to version 2. The later one was chosen first, so the two are shown the other way round.',
      ),
    ).toBeTruthy();
    const step = within(compare).getByRole('listitem', { name: `Step 2: ${renamed}` });
    const title = within(step).getByRole('group', { name: 'Step title' });
    expect(title.querySelector('del')?.textContent).toBe('Notify the regulator');
    expect(title.querySelector('ins')?.textContent).toBe(renamed);
  });

  it('compares the only version with the draft by default', async () => {
    const sop = await seedPublishedSop();
    await saveDraft(sop.id, withRenamedSecondStep(sopContent(), renamed));
    await openVersions(sop.id);

    const compare = screen.getByRole('region', { name: 'Compare versions' });
    expect(within(compare).getByRole<HTMLSelectElement>('combobox', { name: 'with' }).value).toBe(
      'draft',
    );
    expect(within(compare).getByRole('listitem', { name: `Step 2: ${renamed}` })).toBeTruthy();
  });
});
