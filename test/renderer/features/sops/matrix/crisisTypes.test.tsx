import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { updateSop } from '../../../../../renderer/src/db/repositories/sopRepository';
import { deleteRisk } from '../../../../../renderer/src/features/risks/riskCommands';
import {
  createSop,
  createTemplate,
  publishSop,
  saveSopDraft,
} from '../../../../../renderer/src/features/sops/sopCommands';
import type { TemplateInput } from '../../../../../renderer/src/features/sops/sopCommands';
import type { Sop, SopContent } from '../../../../../shared/domain/sops/sop';
import { starterKitFor } from '../../../../../shared/domain/sops/starter';
import { renderApp, useAppTestEnvironment } from '../../../support/renderApp';
import { createValidRisk, riskInput } from '../../risks/riskTestSupport';
import { seedCell, valueOf } from './matrixTestSupport';

useAppTestEnvironment();

/** A one-step SOP filed under `crisisTypeId`. */
function sopContent(title: string, crisisTypeId: string | null): SopContent {
  return {
    title,
    crisisTypeId,
    purpose: '',
    triggerCriteria: '',
    severityIds: [],
    steps: [
      {
        id: 'hold',
        title: 'Publish a holding statement',
        ownerRoleId: null,
        targetMinutes: 60,
        checklist: [],
        resources: [],
        notes: '',
      },
    ],
  };
}

/** Creates an SOP and publishes it as version 1. */
async function seedPublishedSop(title: string, crisisTypeId: string | null): Promise<Sop> {
  const sop = valueOf(
    await createSop(sopContent(title, crisisTypeId), {
      ownerRoleId: null,
      reviewIntervalDays: 365,
    }),
  );
  valueOf(await publishSop(sop.id, 'First version', 'Ana Lee'));
  return sop;
}

/** A template for customers in English, with `overrides`. */
function templateInput(overrides: Partial<TemplateInput>): TemplateInput {
  return {
    crisisTypeId: 'data-breach',
    stage: 'holding',
    audience: 'customers',
    language: 'en',
    title: 'Holding statement for customers',
    body: '{{company}} is looking into a security incident.',
    requiredPlaceholders: [],
    needsLegalApproval: false,
    needsSpokespersonApproval: false,
    ...overrides,
  };
}

describe('SOP library → crisis types', () => {
  it('shows a crisis type with its SOP, templates by stage, matrix row and typical risks', async () => {
    const sop = await seedPublishedSop('Data breach response', 'data-breach');
    await seedPublishedSop('Rumour response', 'rumour');
    const stale = valueOf(
      await createSop(sopContent('Old breach playbook', 'data-breach'), {
        ownerRoleId: null,
        reviewIntervalDays: 30,
      }),
    );
    // Seeded straight through the repository: no command back-dates a review.
    await updateSop(stale.id, (stored) => ({ ...stored, lastReviewedOn: '2020-01-01' }));
    const holding = valueOf(await createTemplate(templateInput({})));
    const update = valueOf(
      await createTemplate(
        templateInput({ stage: 'update', language: 'zh-TW', title: '事件進度更新' }),
      ),
    );
    valueOf(
      await createTemplate(templateInput({ crisisTypeId: 'rumour', title: 'Rumour denial' })),
    );
    await seedCell('data-breach', 'customers', 'website', { timing: 'then every 4 hours' });
    await seedCell(null, 'media', 'press-release', {
      ownerRoleId: 'spokesperson',
      targetMinutes: null,
      templateStage: null,
    });
    await seedCell('rumour', 'public', 'social');
    const risk = await createValidRisk(
      riskInput({
        title: 'If attackers steal customer data, then regulators fine us',
        crisisType: 'data-breach',
      }),
    );
    await createValidRisk(
      riskInput({ title: 'If a rumour spreads, then sales drop', crisisType: 'rumour' }),
    );
    const binned = await createValidRisk(
      riskInput({
        title: 'If an old laptop leaks, then data is exposed',
        crisisType: 'data-breach',
      }),
    );
    valueOf(await deleteRisk(binned.id));

    await renderApp('#/sops/types/data-breach');
    const page = await screen.findByRole('article', { name: 'Data breach or security incident' });
    const kit = starterKitFor('data-breach');
    expect(within(page).getByText(kit?.summary.en ?? 'no kit')).toBeTruthy();

    const sops = within(page).getByRole('region', { name: 'SOPs' });
    const sopLink = within(sops).getByRole('link', { name: 'Data breach response' });
    expect(sopLink.getAttribute('href')).toBe(`#/sops/${sop.id}`);
    const current = within(sopLink.closest('li') ?? sops);
    expect(current.getByText('Version 1')).toBeTruthy();
    expect(current.queryByText('Review overdue')).toBeNull();
    const staleItem = within(
      within(sops).getByRole('link', { name: 'Old breach playbook' }).closest('li') ?? sops,
    );
    expect(staleItem.getByText('Not published yet')).toBeTruthy();
    expect(staleItem.getByText('Review overdue')).toBeTruthy();
    expect(within(sops).queryByRole('link', { name: 'Rumour response' })).toBeNull();

    const templates = within(page).getByRole('region', { name: 'Statement templates' });
    const holdingGroup = within(templates).getByRole('region', { name: 'Holding statement' });
    expect(
      within(holdingGroup)
        .getByRole('link', { name: 'Holding statement for customers' })
        .getAttribute('href'),
    ).toBe(`#/sops/templates/${holding.id}`);
    expect(within(holdingGroup).getByText('English')).toBeTruthy();
    const updateGroup = within(templates).getByRole('region', { name: 'Update' });
    expect(
      within(updateGroup).getByRole('link', { name: '事件進度更新' }).getAttribute('href'),
    ).toBe(`#/sops/templates/${update.id}`);
    expect(within(updateGroup).getByText('繁體中文')).toBeTruthy();
    expect(within(templates).queryByRole('link', { name: 'Rumour denial' })).toBeNull();

    const matrix = within(page).getByRole('region', { name: 'Communication matrix' });
    const lines = within(matrix)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(lines).toEqual([
      'Customers · Website — Customer service, within 1 h, then every 4 hours — Holding statement',
      'Media · Press release — Spokesperson (from every crisis type)',
    ]);

    const risks = within(page).getByRole('region', { name: 'Typical risks' });
    const suggestions = within(risks).getByRole('region', {
      name: 'Suggested by the starter library',
    });
    expect(
      within(suggestions).getByText(
        'Written by the Crisis Room team as ideas to consider for your risk register; they are not entries of it.',
      ),
    ).toBeTruthy();
    for (const typical of kit?.typicalRisks ?? []) {
      expect(within(suggestions).getByText(typical.en)).toBeTruthy();
    }
    expect(kit?.typicalRisks.length).toBeGreaterThan(0);
    const register = within(risks).getByRole('region', { name: 'In your risk register' });
    const riskLinks = await within(register).findAllByRole('link');
    expect(riskLinks.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      [`${risk.reference} ${risk.title}`, `#/risks/${risk.id}`],
    ]);
  });

  it('says so when the register has no risk of the type and the type has nothing yet', async () => {
    await renderApp('#/sops/types/impersonation');
    const page = await screen.findByRole('article', { name: 'Impersonation and fraud pages' });
    expect(within(page).getByText('No SOP is filed under this crisis type yet.')).toBeTruthy();
    expect(
      within(page).getByText('No statement template is written for this crisis type yet.'),
    ).toBeTruthy();
    expect(
      within(page).getByText(
        'No cell of the communication matrix applies to this crisis type yet.',
      ),
    ).toBeTruthy();
    const register = within(page).getByRole('region', { name: 'In your risk register' });
    expect(
      await within(register).findByText('No risk in the register is filed under this crisis type.'),
    ).toBeTruthy();
    expect(
      within(register).getByRole('link', { name: 'Open the risk register' }).getAttribute('href'),
    ).toBe('#/risks');
  });

  it('says an unknown crisis type does not exist', async () => {
    await renderApp('#/sops/types/alien-invasion');
    expect(
      await screen.findByText(
        'There is no crisis type “alien-invasion”. It may be a mistyped or outdated link.',
      ),
    ).toBeTruthy();
    expect(screen.getByRole('link', { name: 'All crisis types' }).getAttribute('href')).toBe(
      '#/sops/types',
    );
  });

  it('lists every crisis type with its summary and counts, linking to its page', async () => {
    await seedPublishedSop('Data breach response', 'data-breach');
    valueOf(await createTemplate(templateInput({})));
    valueOf(await createTemplate(templateInput({ stage: 'apology', title: 'Apology' })));
    await seedCell('data-breach', 'customers', 'website');
    await seedCell(null, 'media', 'press-release');
    await createValidRisk(riskInput({ crisisType: 'data-breach' }));

    await renderApp('#/sops/types');
    const list = await screen.findByRole('list', { name: 'Crisis types' });
    expect(within(list).getAllByRole('article')).toHaveLength(10);
    const card = within(list).getByRole('article', { name: 'Data breach or security incident' });
    expect(
      within(card)
        .getByRole('link', { name: 'Data breach or security incident' })
        .getAttribute('href'),
    ).toBe('#/sops/types/data-breach');
    expect(
      within(card).getByText(starterKitFor('data-breach')?.summary.en ?? 'no kit'),
    ).toBeTruthy();
    const counts = within(card).getByRole('list', {
      name: 'In the library for Data breach or security incident',
    });
    expect(await within(counts).findByText('1 risk in the register')).toBeTruthy();
    expect(
      within(counts)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['1 SOP', '2 statement templates', '1 matrix cell', '1 risk in the register']);
    const other = within(list).getByRole('article', { name: 'Supply-chain disruption' });
    expect(await within(other).findByText('0 risks in the register')).toBeTruthy();
    expect(within(other).getByText('0 SOPs')).toBeTruthy();
  });

  it('files an SOP by its published version, not by a draft that moves it elsewhere', async () => {
    const sop = await seedPublishedSop('Data breach response', 'data-breach');
    valueOf(await saveSopDraft(sop.id, sopContent('Rumour rebuttal (draft)', 'rumour')));
    const user = userEvent.setup();

    await renderApp('#/sops/types/data-breach');
    const page = await screen.findByRole('article', { name: 'Data breach or security incident' });
    const sops = within(page).getByRole('region', { name: 'SOPs' });
    const link = within(sops).getByRole('link', { name: 'Data breach response' });
    expect(within(link.closest('li') ?? sops).getByText('Version 1')).toBeTruthy();
    expect(within(sops).queryByRole('link', { name: /draft/u })).toBeNull();

    await user.click(within(page).getByRole('link', { name: 'All crisis types' }));
    const list = await screen.findByRole('list', { name: 'Crisis types' });
    const counts = (name: string) =>
      within(within(list).getByRole('article', { name })).getByRole('list', {
        name: `In the library for ${name}`,
      });
    expect(within(counts('Data breach or security incident')).getByText('1 SOP')).toBeTruthy();
    expect(within(counts('Rumours and fake news')).getByText('0 SOPs')).toBeTruthy();

    await user.click(within(list).getByRole('link', { name: 'Rumours and fake news' }));
    const rumour = await screen.findByRole('article', { name: 'Rumours and fake news' });
    expect(within(rumour).getByText('No SOP is filed under this crisis type yet.')).toBeTruthy();
  });
});
